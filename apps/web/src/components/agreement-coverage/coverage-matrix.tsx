import Link from "next/link";
import type { RouterOutputs } from "@/lib/trpc/types";
import * as messages from "@/messages/catalogue";
import { cellText } from "./coverage-cell-text";
import { pairLookup, type ViewPair } from "./coverage-view";

const t = messages.convenantenDekking.matrix;

type Matrix = RouterOutputs["agreementCoverage"]["matrix"];
type Clause = Matrix["clauses"][number];

function Cell({ pair, clauses, row, column }: { pair: ViewPair | undefined; clauses: readonly Clause[]; row: Matrix["organisations"][number]; column: Matrix["organisations"][number] }) {
  const testId = `dekking-${row.slug}-${column.slug}`;
  const base = "border border-line px-1 py-1 text-center align-middle whitespace-nowrap";
  if (row.id === column.id) {
    return (
      <td data-testid={testId} data-dekking="zelfde" className={`${base} bg-surface text-ink-muted`}>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t.cell.self}</span>
      </td>
    );
  }
  const text = cellText(pair, clauses, { a: row.name, b: column.name });
  if (!pair?.covered) {
    // Shape and text, not colour alone: a cross, and "Geen afspraak" for screen readers.
    return (
      <td data-testid={testId} data-dekking="niet-gedekt" title={text} className={`${base} bg-error-bg font-bold text-danger`}>
        <span aria-hidden="true">✗</span>
        <span className="sr-only">{t.cell.notCovered}</span>
      </td>
    );
  }
  const lacking = pair.lacks.length > 0;
  return (
    <td
      data-testid={testId}
      data-dekking="gedekt"
      title={text}
      className={`${base} ${lacking ? "bg-focus/30 text-ink" : "bg-success-bg text-action-dark"} font-bold`}
    >
      <span aria-hidden="true">{lacking ? `✓ ! ${pair.lacks.length}` : "✓"}</span>
      <span className="sr-only">{text}</span>
    </td>
  );
}

/**
 * Organisations × organisations. The scroll box is `relative` so the visually hidden texts
 * (position: absolute) stay inside it instead of widening the page on a phone. Rows carry the full names (and a number); the column headers
 * show that number, with the full name for screen readers and as tooltip, so 40 columns still
 * fit a scrollable table. The row headers stay in view while scrolling sideways.
 */
export function CoverageMatrix({ matrix }: { matrix: Matrix }) {
  const find = pairLookup(matrix.pairs);
  const { organisations, clauses } = matrix;
  return (
    <div className="relative w-full overflow-x-auto border-2 border-line" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
      <table className="border-collapse text-left">
        <caption id="matrix-caption" className="p-2 text-left">
          <span className="block text-xl font-bold">{t.caption}</span>
          <span className="block text-ink-muted">{t.captionHint}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 z-10 border border-line bg-paper px-2 py-2 align-bottom">
              {t.corner}
            </th>
            {organisations.map((column, index) => (
              <th key={column.id} scope="col" title={column.name} className="min-w-9 border border-line px-1 py-2 text-center align-bottom">
                <span aria-hidden="true">{index + 1}</span>
                <span className="sr-only">{column.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {organisations.map((row, rowIndex) => (
            <tr key={row.id}>
              <th scope="row" className="sticky left-0 z-10 max-w-[11rem] border border-line bg-paper px-2 py-1 text-sm font-semibold sm:max-w-xs">
                <span aria-hidden="true" className="mr-1 inline-block min-w-6 text-ink-muted">
                  {rowIndex + 1}
                </span>
                <Link href={`/sociale-kaart/${row.slug}`}>{row.name}</Link>
              </th>
              {organisations.map((column) => (
                <Cell key={column.id} pair={find(row.id, column.id)} clauses={clauses} row={row} column={column} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the symbols in the matrix mean, in words. */
export function CoverageLegend() {
  const items: { symbol: string; className: string; text: string }[] = [
    { symbol: "✓", className: "bg-success-bg text-action-dark", text: t.legend.covered },
    { symbol: "✓ ! 2", className: "bg-focus/30 text-ink", text: t.legend.lacking },
    { symbol: "✗", className: "bg-error-bg text-danger", text: t.legend.notCovered },
    { symbol: "—", className: "bg-surface text-ink-muted", text: t.legend.self },
  ];
  return (
    <div className="mb-4">
      <h2 className="text-lg">{t.legendHeading}</h2>
      <ul className="mt-1 flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-6">
        {items.map((item) => (
          <li key={item.text} className="flex items-center gap-2">
            <span aria-hidden="true" className={`inline-block min-w-12 border border-line px-1 text-center font-bold ${item.className}`}>
              {item.symbol}
            </span>
            <span>{item.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

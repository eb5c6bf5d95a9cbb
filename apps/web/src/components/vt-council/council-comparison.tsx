import { Notice } from "@/components/ui/notice";
import { Table, Td, Th } from "@/components/ui/table";
import type { RouterOutputs } from "@/lib/trpc/types";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { CouncilCellView, footnoteId } from "./council-cell";
import { CouncilFootnotes } from "./council-figures";

const t = messages.regioVergelijking;

type Comparison = RouterOutputs["council"]["comparison"];
export type AvailableComparison = Extract<Comparison, { available: true }>;
type Rate = AvailableComparison["years"][number]["rows"][number]["cells"][number]["rate"];

const perThousand = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("nl-NL");

/** A rate per 1,000 children as the council sees it; hidden with its count. */
function RateView({ rate }: { rate: Rate }) {
  const text = rate.status === "VALUE" ? perThousand.format(rate.perThousand) : rate.status === "MISSING" ? t.unknown : messages.dashboardRaad.footnotes.COMPLEMENTARY;
  return (
    <span className="relative whitespace-nowrap" data-council-cell={rate.status === "SUPPRESSED" ? rate.reason : rate.status}>
      {text}
      {rate.status === "SUPPRESSED" ? (
        <a href={`#${footnoteId(rate.reason)}`} className="relative ml-1 text-sm">
          <sup aria-hidden="true">*</sup>
          <span className="sr-only">({messages.dashboardRaad.cell.footnote})</span>
        </a>
      ) : null}
    </span>
  );
}

/**
 * The council comparison (issue 18): per year one table, every municipality of the region and the
 * region total, counts and per 1,000 children. The table is the primary form (no chart): every cell
 * as the one suppression pattern of the region shows it.
 */
export function CouncilComparisonView({ comparison }: { comparison: Comparison }) {
  if (!comparison.available) return <Notice>{comparison.message || t.unavailable}</Notice>;
  return (
    <div data-testid="council-comparison">
      <p className="mb-4 max-w-3xl text-lg">{format(t.intro, { own: comparison.own.name, region: comparison.region.name })}</p>
      <p className="mb-8 max-w-3xl">{t.reading}</p>
      {comparison.years.map((year) => (
        <div key={year.year} className="mb-10" data-testid={`comparison-${year.label}`}>
          <Table
            caption={format(t.caption, { year: year.label })}
            head={
              <>
                <Th>{t.municipality}</Th>
                <Th className="text-right">{t.children}</Th>
                {comparison.measures.flatMap((measure) => [
                  <Th key={`${measure.key}-count`} className="text-right">
                    {format(t.count, { measure: measure.label })}
                  </Th>,
                  <Th key={`${measure.key}-rate`} className="text-right">
                    {format(t.rate, { measure: measure.label })}
                  </Th>,
                ])}
              </>
            }
          >
            {year.rows.map((row) => (
              <tr key={row.key} className={row.isRegion ? "font-bold" : undefined} data-row={row.key}>
                <th scope="row" className={`border-b border-line px-2 py-3 text-left align-top ${row.isRegion ? "border-t-2 border-line-strong" : ""}`}>
                  {row.label}
                  {row.isOwn ? <span className="font-normal"> {t.own}</span> : null}
                </th>
                <Td className="text-right">{row.children === null ? t.unknown : whole.format(row.children)}</Td>
                {row.cells.flatMap((cell, c) => [
                  <Td key={`${c}-count`} className="text-right">
                    <CouncilCellView cell={cell.count} />
                  </Td>,
                  <Td key={`${c}-rate`} className="text-right">
                    <RateView rate={cell.rate} />
                  </Td>,
                ])}
              </tr>
            ))}
          </Table>
        </div>
      ))}
      <CouncilFootnotes overview={comparison} />
    </div>
  );
}

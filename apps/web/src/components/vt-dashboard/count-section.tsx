import { Table, Td, Th } from "@/components/ui/table";
import { format, messages } from "@/messages";
import { CsvLink } from "./csv-link";
import { countText } from "./figure-text";
import { exportHref, type DashboardFilterInput } from "./search-params";
import type { Overview } from "./types";

const t = messages.dashboardCijfers.signals;
const d = messages.dashboardCijfers;

type CountView = Overview["signals"][number];

/** One count series (a signal or the workload) as a table with its reading and the change per period. */
export function CountTable({ view }: { view: CountView }) {
  return (
    <div className="mb-8">
      <Table
        caption={format(t.caption, { measure: view.label })}
        head={
          <>
            <Th>{t.period}</Th>
            <Th className="text-right">{t.count}</Th>
            <Th>{t.change}</Th>
          </>
        }
      >
        {view.rows.map((row) => (
          <tr key={row.period.code}>
            <th scope="row" className="border-b border-line px-2 py-3 text-left align-top font-normal whitespace-nowrap">
              {row.period.label}
            </th>
            <Td className="text-right tabular-nums whitespace-nowrap">
              {countText(row.figure)}
              {row.figure.provisional ? <span className="block text-base">{d.provisional}</span> : null}
            </Td>
            <Td className="min-w-64">{row.trend?.text ?? ""}</Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}

/**
 * Reports and advice requests: signals, kept apart from the outcome and without a verdict. The
 * reading text says how a rise must be read (more reports can mean more willingness to report).
 */
export function SignalSection({ overview, filter }: { overview: Overview; filter: DashboardFilterInput }) {
  const [first] = overview.signals;
  return (
    <section aria-labelledby="signalen-titel" className="mb-10">
      <h3 id="signalen-titel" className="mb-2 text-xl">
        {t.heading}
      </h3>
      <p className="mb-2 max-w-3xl">{t.intro}</p>
      {first ? <p className="mb-4 max-w-3xl font-semibold">{first.readingText}</p> : null}
      {overview.signals.map((view) => (
        <CountTable key={view.measure} view={view} />
      ))}
      <CsvLink href={exportHref("signals", filter)} />
    </section>
  );
}

export function WorkloadSection({ overview, filter }: { overview: Overview; filter: DashboardFilterInput }) {
  const view = overview.workload;
  if (!view) return null;
  return (
    <section aria-labelledby="werk-titel" className="mb-10">
      <h3 id="werk-titel" className="mb-2 text-xl">
        {d.workload.heading}
      </h3>
      <p className="mb-4 max-w-3xl font-semibold">{view.readingText}</p>
      <CountTable view={view} />
      <CsvLink href={exportHref("signals", filter)} />
    </section>
  );
}

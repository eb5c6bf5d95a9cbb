import { Table, Td, Th } from "@/components/ui/table";
import { CountChart, type CountChartSeries } from "@/components/vt-charts/count-chart";
import { seriesBreak } from "@/components/vt-charts/series-break";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { countText, unknownText } from "./figure-text";
import { exportHref, type DashboardFilterInput } from "./search-params";
import type { Overview } from "./types";

const t = messages.dashboardCijfers.signals;
const d = messages.dashboardCijfers;

type CountView = Overview["signals"][number];

/** One count series (a signal or the workload) as a table with its reading and the change per period. */
export function CountTable({ view }: { view: CountView }) {
  // The AMK → Veilig Thuis break (004 footnote 1): the first period after it is marked.
  const brk = seriesBreak(view.rows.map((row) => row.period.code));
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
              {brk?.after === row.period.code ? <span className="block text-base font-semibold">{messages.dashboardCijfers.charts.seriesBreak.tableMarker}</span> : null}
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

function chartSeries(view: CountView): CountChartSeries {
  return {
    key: view.measure,
    label: view.label,
    points: view.rows.map((row) => ({
      periodCode: row.period.code,
      value: row.figure.status === "VALUE" ? row.figure.value : null,
      provisional: row.figure.provisional,
      ...(row.figure.status === "VALUE" ? {} : { noValueText: unknownText(row.figure.status) }),
    })),
  };
}

function chartPeriods(view: CountView | undefined): { code: string; label: string }[] {
  return (view?.rows ?? []).map((row) => ({ code: row.period.code, label: row.period.label }));
}

/** The change per period in words, per measure (folded away: the chart's table has the counts). */
function TrendDetails({ views }: { views: CountView[] }) {
  return (
    <details className="mb-8">
      <summary className="cursor-pointer font-semibold">{t.changeDetails}</summary>
      <div className="mt-4">
        {views.map((view) => (
          <CountTable key={view.measure} view={view} />
        ))}
      </div>
    </details>
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
      <CountChart
        id="signalen-grafiek"
        title={t.chartTitle}
        {...(first ? { description: first.readingText } : {})}
        periods={chartPeriods(first)}
        series={overview.signals.map(chartSeries)}
        csvHref={exportHref("signals", filter)}
      />
      <TrendDetails views={overview.signals} />
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
      <CountChart
        id="werk-grafiek"
        title={format(t.caption, { measure: view.label })}
        description={view.readingText}
        periods={chartPeriods(view)}
        series={[chartSeries(view)]}
        csvHref={exportHref("signals", filter)}
      />
      <TrendDetails views={[view]} />
    </section>
  );
}

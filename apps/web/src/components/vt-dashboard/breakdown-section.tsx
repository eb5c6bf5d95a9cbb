import { formatPercentage } from "@kk/api/schemas";
import { Table, Td, Th } from "@/components/ui/table";
import { BreakdownChart } from "@/components/vt-charts/breakdown-chart";
import { format, messages } from "@/messages";
import { countText, unknownText } from "./figure-text";
import { exportHref, type DashboardFilterInput } from "./search-params";
import type { Overview } from "./types";

const t = messages.dashboardCijfers.breakdowns;
const d = messages.dashboardCijfers;

/** Child-abuse reports in the chosen period by form of violence and by reporter group. */
export function BreakdownSection({ overview, filter }: { overview: Overview; filter: DashboardFilterInput }) {
  const { period, views } = overview.breakdowns;
  return (
    <section aria-labelledby="uitsplitsing-titel" className="mb-10">
      <h3 id="uitsplitsing-titel" className="mb-2 text-xl">
        {t.heading}
      </h3>
      {period ? (
        <>
          <p className="mb-4 max-w-3xl">
            {format(t.intro, { period: period.label })}
            {period.delivery?.provisional ? ` (${d.provisional})` : null}
          </p>
          {views.map((view) => (
            <div key={view.kind} className="mb-8">
              <BreakdownChart
                id={`uitsplitsing-${view.kind.toLowerCase()}`}
                title={format(t.chartTitle, { breakdown: view.label.toLowerCase(), period: period.label })}
                rowHeader={view.label}
                categories={view.rows.map((row) => ({ key: row.key, label: row.label }))}
                periods={[
                  {
                    code: period.code,
                    label: period.label,
                    provisional: period.delivery?.provisional ?? false,
                    values: Object.fromEntries(view.rows.map((row) => [row.key, row.figure.status === "VALUE" ? row.figure.value : null])),
                    noValueTexts: Object.fromEntries(view.rows.flatMap((row) => (row.figure.status === "VALUE" ? [] : [[row.key, unknownText(row.figure.status)]]))),
                  },
                ]}
                notes={[view.exclusive ? t.reporterNote : t.formsNote]}
                csvHref={exportHref("breakdowns", filter)}
              />
              <Table
                caption={format(t.caption, { breakdown: view.label.toLowerCase(), period: period.label })}
                head={
                  <>
                    <Th>{t.category}</Th>
                    <Th className="text-right">{t.count}</Th>
                    <Th className="text-right">{t.share}</Th>
                  </>
                }
              >
                {view.rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row" className="border-b border-line px-2 py-3 text-left align-top font-normal">
                      {row.label}
                    </th>
                    <Td className="text-right tabular-nums whitespace-nowrap">
                      {countText(row.figure)}
                      {row.figure.provisional ? <span className="block text-base">{d.provisional}</span> : null}
                    </Td>
                    <Td className="text-right tabular-nums whitespace-nowrap">{row.share === null ? "" : formatPercentage(row.share)}</Td>
                  </tr>
                ))}
                <tr>
                  <th scope="row" className="border-b border-line px-2 py-3 text-left align-top font-bold">
                    {t.total}
                  </th>
                  <Td className="text-right font-bold tabular-nums whitespace-nowrap">{countText(view.total)}</Td>
                  <Td className="text-right tabular-nums whitespace-nowrap">{view.total.status === "VALUE" ? formatPercentage(100) : ""}</Td>
                </tr>
              </Table>
            </div>
          ))}
        </>
      ) : (
        <p>{t.none}</p>
      )}
    </section>
  );
}

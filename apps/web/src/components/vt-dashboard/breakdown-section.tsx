import { formatPercentage } from "@kk/api/schemas";
import { BreakdownChart } from "@/components/vt-charts/breakdown-chart";
import { formsOfAbuseNotes } from "@/components/vt-charts/forms-of-abuse-note";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
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
                // Share and total in the chart's own table and notes: one table per chart.
                extraColumns={[
                  { label: t.share, numeric: true, cells: Object.fromEntries(view.rows.map((row) => [row.key, row.share === null ? "" : formatPercentage(row.share)])) },
                ]}
                notes={[format(t.totalNote, { total: countText(view.total) }), view.exclusive ? t.reporterNote : t.formsNote, ...(view.kind === "FORM" ? formsOfAbuseNotes() : [])]}
                csvHref={exportHref("breakdowns", filter)}
              />
            </div>
          ))}
        </>
      ) : (
        <p>{t.none}</p>
      )}
    </section>
  );
}

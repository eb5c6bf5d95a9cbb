import { RankingChart } from "@/components/vt-charts/ranking-chart";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { countText, percentageText, unknownText } from "./figure-text";
import { exportHref, type DashboardFilterInput } from "./search-params";
import type { Overview } from "./types";

const t = messages.dashboardCijfers.ranking;
const d = messages.dashboardCijfers;

/** The wijken on the indicator in the chosen period; a wijk without a value is listed, not ranked. */
export function RankingSection({ overview, filter }: { overview: Overview; filter: DashboardFilterInput }) {
  const { period, rows, total } = overview.ranking;
  return (
    <section aria-labelledby="wijken-titel" className="mb-10">
      <h3 id="wijken-titel" className="mb-2 text-xl">
        {t.heading}
      </h3>
      {period && rows.length > 0 ? (
        <>
          <RankingChart
            id="wijken-grafiek"
            title={format(t.chartTitle, { period: period.label })}
            description={format(t.intro, { period: period.label })}
            kind="percentage"
            rowHeader={t.area}
            valueLabel={t.percentage}
            rows={rows.map((row) => ({
              key: row.area.code,
              label: row.area.name,
              value: row.value.status === "VALUE" ? row.value.percentage : null,
              provisional: row.value.provisional,
              ...(row.value.status === "VALUE" ? {} : { noValueText: unknownText(row.value.status) }),
            }))}
            extraColumns={[
              { label: t.numerator, numeric: true, cells: Object.fromEntries(rows.map((row) => [row.area.code, countText(row.numerator)])) },
              { label: t.denominator, numeric: true, cells: Object.fromEntries(rows.map((row) => [row.area.code, countText(row.denominator)])) },
            ]}
            {...(total ? { notes: [format(t.totalNote, { name: total.area.name, value: percentageText(total.value), provisional: total.value.provisional ? ` (${d.provisional})` : "" })] } : {})}
            csvHref={exportHref("ranking", filter)}
          />
        </>
      ) : (
        <p>{messages.dashboardCijfers.breakdowns.none}</p>
      )}
    </section>
  );
}

import { IndicatorChart } from "@/components/vt-charts/indicator-chart";
import * as messages from "@/messages/catalogue";
import { countText } from "./figure-text";
import { exportHref, type DashboardFilterInput } from "./search-params";
import type { Overview } from "./types";

const t = messages.dashboardCijfers.outcome;
const d = messages.dashboardCijfers;

/**
 * Confirmed abuse as a percentage of the children, against the target line (IndicatorChart with
 * its data table, which also says how each percentage is computed: numerator, denominator, the
 * delivery's version and the verdict's sentence). The target is drawn for years only: a half year is not comparable to a year target.
 */
export function OutcomeSection({ overview, filter }: { overview: Overview; filter: DashboardFilterInput }) {
  const { rows } = overview.outcome;
  const target = overview.target;
  const years = overview.filter.periodKind === "YEAR";
  return (
    <section aria-labelledby="uitkomst-titel" className="mb-10">
      <h3 id="uitkomst-titel" className="mb-4 text-xl">
        {t.heading}
      </h3>
      <IndicatorChart
        id="indicator"
        title={t.caption}
        description={overview.outcome.readingText}
        points={rows.map((row) => ({
          periodCode: row.period.code,
          label: row.period.label,
          endsOn: row.period.endsOn,
          value: row.value.status === "VALUE" ? row.value.percentage : null,
          provisional: row.value.provisional,
          ...(row.value.status === "SUPPRESSED" ? { noValueText: d.unknownSuppressed } : {}),
          ...(row.assessment ? { verdict: row.assessment.verdict, pathValue: row.assessment.pathValue ?? row.pathValue } : {}),
        }))}
        {...(target && years
          ? {
              target: {
                baselineYear: target.baselineYear,
                baselineValue: target.baselineValue,
                threshold: target.threshold,
                deadline: target.deadline,
                direction: target.direction,
              },
              notes: [target.ruleText],
            }
          : {})}
        extraColumns={[
          {
            label: t.numerator,
            numeric: true,
            cells: Object.fromEntries(rows.map((row) => [row.period.code, `${countText(row.numerator)}${row.fromHalfYears ? ` (${t.fromHalfYears})` : ""}`])),
          },
          { label: t.denominator, numeric: true, cells: Object.fromEntries(rows.map((row) => [row.period.code, countText(row.denominator)])) },
          { label: t.deliveryVersion, numeric: true, cells: Object.fromEntries(rows.map((row) => [row.period.code, row.period.delivery ? String(row.period.delivery.version) : ""])) },
          { label: t.explanation, wide: true, cells: Object.fromEntries(rows.map((row) => [row.period.code, row.assessment?.explanation ?? ""])) },
        ]}
        csvHref={exportHref("indicator", filter)}
      />
    </section>
  );
}

import { IndicatorChart } from "@/components/vt-charts/indicator-chart";
import { Table, Td, Th } from "@/components/ui/table";
import { format, messages } from "@/messages";
import { countText } from "./figure-text";
import { exportHref, type DashboardFilterInput } from "./search-params";
import type { Overview } from "./types";

const t = messages.dashboardCijfers.outcome;
const d = messages.dashboardCijfers;

/**
 * Confirmed abuse as a percentage of the children, against the target line (IndicatorChart with
 * its data table), then how each percentage is computed: numerator, denominator and the verdict's
 * sentence. The target is drawn for years only: a half year is not comparable to a year target.
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
        csvHref={exportHref("indicator", filter)}
      />
      {rows.length > 0 ? (
        <Table
          caption={t.calculationCaption}
          head={
            <>
              <Th>{t.period}</Th>
              <Th className="text-right">{t.numerator}</Th>
              <Th className="text-right">{t.denominator}</Th>
              <Th>{t.explanation}</Th>
            </>
          }
        >
          {rows.map((row) => (
            <tr key={row.period.code}>
              <th scope="row" className="border-b border-line px-2 py-3 text-left align-top font-normal whitespace-nowrap">
                {row.period.label}
                {row.period.delivery && row.period.delivery.version > 1 ? (
                  <span className="block text-base text-ink-muted">{format(t.version, { version: row.period.delivery.version })}</span>
                ) : null}
              </th>
              <Td className="text-right tabular-nums whitespace-nowrap">
                {countText(row.numerator)}
                {row.numerator.provisional ? <span className="block text-base">{d.provisional}</span> : null}
                {row.fromHalfYears ? <span className="block text-base text-ink-muted">{t.fromHalfYears}</span> : null}
              </Td>
              <Td className="text-right tabular-nums whitespace-nowrap">{countText(row.denominator)}</Td>
              <Td className="min-w-64">{row.assessment?.explanation ?? ""}</Td>
            </tr>
          ))}
        </Table>
      ) : null}
    </section>
  );
}

import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import type { Overview } from "./types";

const t = messages.dashboardCijfers.definition;

/** What the percentage is: numerator, denominator, area, period, status and source (issue 6). */
export function DefinitionBox({ overview }: { overview: Overview }) {
  const { indicator, filter, scope } = overview;
  const rows = [
    { label: t.numerator, value: indicator.numeratorLabel },
    { label: t.denominator, value: indicator.denominatorLabel },
    { label: t.area, value: `${scope.name} (${scope.code})` },
    { label: t.period, value: format(filter.periodKind === "YEAR" ? t.periodYears : t.periodHalfYears, { from: filter.fromYear, to: filter.toYear }) },
    { label: t.status, value: overview.anyProvisional ? t.statusProvisional : t.statusFinal },
    { label: t.source, value: format(t.sourceValue, { indicatorSource: indicator.source || "—" }) },
  ];
  return (
    <section aria-labelledby="definitie-titel" className="mb-10 max-w-4xl border-2 border-line p-4 sm:p-6">
      <h3 id="definitie-titel" className="mb-3 text-xl">
        {t.heading}: {indicator.name}
      </h3>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-semibold">{row.label}</dt>
            <dd className="mb-2 sm:mb-0">{row.value}</dd>
          </div>
        ))}
      </dl>
      {indicator.definition ? (
        <p className="mt-4">
          <span className="font-semibold">{t.text}: </span>
          {indicator.definition}
        </p>
      ) : null}
    </section>
  );
}

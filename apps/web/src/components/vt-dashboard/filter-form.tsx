import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import * as messages from "@/messages/catalogue";

const t = messages.dashboardCijfers.filter;

/** What the form needs from an overview: the coordinator's (dashboard.overview) and the council's (council.overview) both have it. */
export interface FilterOverview {
  years: number[];
  filter: { fromYear: number; toYear: number; periodKind: "YEAR" | "HALF_YEAR"; periodCode: string | null };
  selectablePeriods: { code: string; label: string }[];
  /** The municipalities the caller may pick (issue 18); the chosen one travels along as ?gemeente= when there are several. */
  municipalities?: { code: string; name: string }[];
  scope?: { code: string };
}

/**
 * A GET form: the choice lives in the URL (?van=2014&tot=2018&soort=jaar&periode=2018), works
 * without JavaScript and can be bookmarked. The server answers with the values it used, so the
 * form always shows what the page shows.
 */
export function DashboardFilterForm({ overview, action, periodLabel = t.period }: { overview: FilterOverview; action: string; periodLabel?: string }) {
  const years = overview.years.map((year) => ({ value: String(year), label: String(year) }));
  return (
    <form method="get" action={action} className="mb-8 border-2 border-line p-4 sm:p-6">
      {(overview.municipalities?.length ?? 0) > 1 && overview.scope ? <input type="hidden" name="gemeente" value={overview.scope.code} /> : null}
      <fieldset aria-describedby="dashboard-filter-hint">
        <legend className="text-xl font-bold">{t.heading}</legend>
        <p id="dashboard-filter-hint" className="mb-4 text-ink-muted">
          {t.hint}
        </p>
        <div className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-4">
          <SelectField name="van" id="filter-van" label={t.from} options={years} defaultValue={String(overview.filter.fromYear)} />
          <SelectField name="tot" id="filter-tot" label={t.to} options={years} defaultValue={String(overview.filter.toYear)} />
          <SelectField
            name="soort"
            id="filter-soort"
            label={t.kind}
            options={[
              { value: "jaar", label: t.kindYear },
              { value: "halfjaar", label: t.kindHalfYear },
            ]}
            defaultValue={overview.filter.periodKind === "YEAR" ? "jaar" : "halfjaar"}
          />
          <SelectField
            name="periode"
            id="filter-periode"
            label={periodLabel}
            hint={t.periodHint}
            placeholder={t.periodLatest}
            options={overview.selectablePeriods.map((p) => ({ value: p.code, label: p.label }))}
            defaultValue={overview.filter.periodCode ?? ""}
          />
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">{t.submit}</Button>
        <Link href={action}>{t.reset}</Link>
      </div>
    </form>
  );
}

import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { messages } from "@/messages";
import type { AvailableCouncilOverview } from "./council-figures";

const t = messages.dashboardRaad.filter;

/** A GET form: the choice ends up in the address, works without JavaScript and can be printed as is. */
export function CouncilFilterForm({ overview, action }: { overview: AvailableCouncilOverview; action: string }) {
  const years = overview.years.map((year) => ({ value: String(year), label: String(year) }));
  return (
    <form method="get" action={action} className="mb-10 border border-line p-4" aria-labelledby="raad-filter">
      <h2 id="raad-filter" className="mb-1 text-xl">
        {t.heading}
      </h2>
      <p className="mb-4 text-ink-muted">{t.hint}</p>
      <div className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField name="van" id="raad-van" label={t.from} options={years} defaultValue={String(overview.filter.fromYear)} />
        <SelectField name="tot" id="raad-tot" label={t.to} options={years} defaultValue={String(overview.filter.toYear)} />
        <SelectField
          name="soort"
          id="raad-soort"
          label={t.kind}
          options={[
            { value: "jaar", label: t.kindYear },
            { value: "halfjaar", label: t.kindHalfYear },
          ]}
          defaultValue={overview.filter.periodKind === "YEAR" ? "jaar" : "halfjaar"}
        />
        <SelectField
          name="periode"
          id="raad-periode"
          label={t.period}
          hint={t.periodHint}
          placeholder={t.periodLatest}
          options={overview.selectablePeriods.map((p) => ({ value: p.code, label: p.label }))}
          defaultValue=""
        />
      </div>
      <Button type="submit" variant="secondary">
        {t.submit}
      </Button>
    </form>
  );
}

import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { buttonClassName } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { FigureEntryForm } from "@/components/vt-figure-entry/figure-entry-form";
import { notFoundOnMissing } from "@/components/vt-figure-entry/load-figures";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.cijfersBeheer.entry;

export const metadata: Metadata = { title: t.title };

interface Props {
  searchParams: Promise<{ periode?: string | string[]; gebied?: string | string[] }>;
}

function one(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === "" ? undefined : first;
}

/** Today in Amsterdam as "YYYY-MM-DD" (the default delivery date). */
function today(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
}

/** Entering a period's figures by hand, new or as a correction of the current version (?periode=2021). */
export default async function FigureEntryPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "figures.manage")) forbidden();
  const params = await searchParams;
  const period = one(params.periode);
  const api = await serverApi();
  const data = await api.figureEntry
    .form({ scopeAreaId: one(params.gebied), period: period && /^\d{4}(-H[12])?$/.test(period) ? period : undefined })
    .catch(notFoundOnMissing);

  return (
    <>
      <p className="mb-4">
        <Link href="/beheer/cijfers">{t.back}</Link>
      </p>
      <PageHeader title={t.title} caption={data.scope.name} intro={<p>{t.intro}</p>} />

      {data.periods.length > 0 ? (
        <form method="get" action="/beheer/cijfers/invoeren" className="mb-10 max-w-3xl border-l-4 border-line p-4">
          <fieldset className="min-w-0">
            <legend className="mb-1 text-xl font-bold">{t.startLegend}</legend>
            <p id="start-hint" className="mb-3 text-ink-muted">
              {t.startHint}
            </p>
            <input type="hidden" name="gebied" value={data.scope.id} />
            <label htmlFor="start-periode" className="block font-semibold">
              {t.startLabel}
            </label>
            <div className="mt-1 flex flex-wrap items-center gap-3">
              <select
                id="start-periode"
                name="periode"
                aria-describedby="start-hint"
                defaultValue={data.start?.period.code ?? ""}
                className="block rounded-none border-2 border-line-strong bg-paper px-3 py-2 text-base text-ink"
              >
                <option value="">{t.startPlaceholder}</option>
                {data.periods.map((p) => (
                  <option key={p.code} value={p.code}>
                    {format(t.startOption, { period: p.label, version: p.version })}
                  </option>
                ))}
              </select>
              <button type="submit" className={buttonClassName("secondary")}>
                {t.startSubmit}
              </button>
            </div>
          </fieldset>
        </form>
      ) : null}

      <FigureEntryForm
        key={`${data.scope.id}-${data.start?.period.code ?? "nieuw"}-${data.start?.version ?? 0}`}
        data={{
          scope: data.scope,
          areas: data.areas,
          measures: data.measures,
          reporterGroups: data.reporterGroups,
          forms: data.forms,
          periods: data.periods,
          start: data.start,
          today: today(),
        }}
      />
    </>
  );
}

import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { PlanProgress } from "@/components/plan/plan-progress";
import { Notice } from "@/components/ui/notice";
import { CouncilFigures } from "@/components/vt-council/council-figures";
import { dashboardQuery } from "@/components/vt-dashboard/search-params";
import { loadCouncilOverview } from "@/components/vt-council/load-council-overview";
import { PrintButton } from "@/components/vt-council/print-button";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.dashboardRaad;
const p = t.print;

export const metadata: Metadata = { title: p.title };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const longDate = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" });
const isoDate = (iso: string): string => longDate.format(new Date(`${iso}T12:00:00Z`));

// A4 portrait with margins for a council letter; the portal's global print rules already hide the
// header, navigation, footer and buttons, and print black on white.
const PRINT_CSS = `@media print { @page { size: A4 portrait; margin: 20mm 18mm; } .raad-brief table { font-size: 10pt; } .raad-brief section, .raad-brief tr, .raad-brief figure { break-inside: avoid; } .raad-brief [role="region"] { overflow: visible !important; } }`;

/** The raadsinformatiebrief: the council view as a printable A4 document with period, sources and definitions. */
export default async function CouncilPrintPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "figures.council")) forbidden();
  const [{ overview, filter, filterError }, progress] = await Promise.all([loadCouncilOverview(await searchParams), (await serverApi()).plan.progress()]);
  const query = dashboardQuery(filter);
  const backHref = can(user, "figures.read") ? `/dashboard/raad${query ? `?${query}` : ""}` : `/dashboard${query ? `?${query}` : ""}`;

  return (
    <article className="raad-brief">
      <style>{PRINT_CSS}</style>
      <div className="mb-6 flex flex-wrap items-center gap-4 print:hidden">
        <PrintButton />
        <span className="text-ink-muted">{p.buttonHint}</span>
        <Link href={backHref}>{p.back}</Link>
      </div>
      <h1 className="mb-6 text-3xl sm:text-4xl">{p.title}</h1>
      {filterError ? (
        <Notice tone="warning" role="alert">
          {format(t.invalidFilter, { message: filterError })}
        </Notice>
      ) : null}
      {!overview.available ? (
        <Notice>{overview.message || t.unavailable}</Notice>
      ) : (
        <>
          <section aria-labelledby="brief-over" className="mb-10" data-testid="council-print-meta">
            <h2 id="brief-over" className="mb-3 text-2xl">
              {p.meta}
            </h2>
            <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">{p.municipality}</dt>
              <dd>{overview.scope.name}</dd>
              <dt className="font-semibold">{p.period}</dt>
              <dd>{format(overview.filter.periodKind === "YEAR" ? p.periodYears : p.periodHalfYears, { from: overview.filter.fromYear, to: overview.filter.toYear })}</dd>
              {overview.wijkRates ? (
                <>
                  <dt className="font-semibold">{p.detailPeriod}</dt>
                  <dd>{overview.wijkRates.period.label}</dd>
                </>
              ) : null}
              <dt className="font-semibold">{p.definition}</dt>
              <dd>
                <p>
                  <strong>{overview.indicator.name}</strong>: {overview.indicator.numeratorLabel} / {overview.indicator.denominatorLabel}.
                </p>
                {overview.indicator.definition ? <p>{overview.indicator.definition}</p> : null}
              </dd>
              <dt className="font-semibold">{p.sources}</dt>
              <dd>
                <ul className="list-disc pl-5">
                  {overview.sources.map((source) => (
                    <li key={`${source.period}-${source.version}`}>
                      {format(p.sourceLine, { period: source.period, source: source.source, date: isoDate(source.deliveredAt), version: source.version, provisional: source.provisional ? p.provisional : "" })}
                    </li>
                  ))}
                </ul>
                <p>{format(p.populationSource, { source: overview.populationSource })}</p>
                {overview.indicator.source ? <p>{format(p.indicatorSource, { source: overview.indicator.source })}</p> : null}
              </dd>
              <dt className="font-semibold">{p.suppression}</dt>
              <dd>{format(p.suppressionText, { threshold: overview.threshold })}</dd>
              <dt className="font-semibold">{p.printedOn}</dt>
              <dd>{longDate.format(new Date())}</dd>
            </dl>
          </section>
          <CouncilFigures overview={overview} />
        </>
      )}
      <section aria-labelledby="brief-plan" className="mb-10">
        <h2 id="brief-plan" className="mb-4 text-2xl">
          {p.planHeading}
        </h2>
        <PlanProgress progress={progress} headingLevel={3} />
      </section>
    </article>
  );
}

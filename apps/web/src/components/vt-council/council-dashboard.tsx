import { can } from "@kk/auth/policy";
import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgreementFigures } from "@/components/agreement-coverage/agreement-figures";
import { PlanProgress } from "@/components/plan/plan-progress";
import { ButtonLink } from "@/components/ui/button-link";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { CouncilFigures } from "./council-figures";
import { DashboardFilterForm } from "@/components/vt-dashboard/filter-form";
import { dashboardQuery, parseDashboardParams, type SearchParams } from "@/components/vt-dashboard/search-params";
import { MunicipalityChoice } from "./municipality-choice";
import { loadCouncilOverview } from "./load-council-overview";

const t = messages.dashboardRaad;

interface CouncilDashboardProps {
  /**
   * The page's search params (van, tot, soort, periode). Without them the default view is shown
   * and the filter form is left out: a form whose choice the page ignores would mislead.
   */
  searchParams?: SearchParams;
  /** Where the filter form submits to: /dashboard for the council, /dashboard/raad for the coordinator's preview. */
  action?: string;
}

/**
 * The council's dashboard (RAAD, and the coordinator's preview): Veilig Thuis aggregates after
 * suppression, plan van aanpak progress, agreement figures. Rendered below the page heading by
 * /dashboard for the council and by /dashboard/raad for the coordinator.
 */
export async function CouncilDashboard({ searchParams, action = "/dashboard" }: CouncilDashboardProps) {
  const api = await serverApi();
  const params = searchParams ?? {};
  const { municipalityCode } = parseDashboardParams(params);
  const [{ overview, filter, filterError }, progress, figures] = await Promise.all([
    loadCouncilOverview(params),
    api.plan.progress(municipalityCode ? { municipalityCode } : undefined).catch((error: unknown) => {
      // Another municipality's code (issue 18): not found, as the council overview answers.
      if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    // The regional coordinator reads figures, not agreements (issue 18).
    can(await requireUser(), "agreement.figures") ? api.agreementCoverage.figures() : Promise.resolve(null),
  ]);
  const query = dashboardQuery(filter);

  return (
    <>
      <div className="mb-12">
        <div className="mb-4 flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
          {overview.available ? <p className="max-w-3xl text-lg">{format(t.intro, { scope: overview.scope.name })}</p> : <span />}
          <ButtonLink href={`/dashboard/raad/afdrukken${query ? `?${query}` : ""}`} data-testid="council-print-link">
            {t.print.link}
          </ButtonLink>
        </div>
        {filterError ? (
          <Notice tone="warning" role="alert">
            {format(t.invalidFilter, { message: filterError })}
          </Notice>
        ) : null}
        {overview.available ? (
          <>
            {searchParams ? <MunicipalityChoice municipalities={overview.municipalities} current={overview.scope.code} action={action} /> : null}
            {searchParams ? <DashboardFilterForm overview={overview} action={action} periodLabel={t.periodLabel} /> : null}
            <p className="mb-8">
              <Link href={`/dashboard/raad/vergelijking${filter.municipalityCode ? `?gemeente=${filter.municipalityCode}` : ""}`} data-testid="council-comparison-link">
                {messages.regioVergelijking.link}
              </Link>
            </p>
            <CouncilFigures overview={overview} />
          </>
        ) : (
          <Notice>{overview.message || t.unavailable}</Notice>
        )}
      </div>
      <section aria-labelledby="raad-plan" className="mb-12">
        <h2 id="raad-plan" className="mb-4 text-3xl">
          {t.plan.heading}
        </h2>
        <PlanProgress progress={progress} headingLevel={3} />
        <p>
          <Link href="/dashboard/plan">{t.plan.link}</Link>
        </p>
      </section>
      {figures ? <AgreementFigures figures={figures} /> : null}
    </>
  );
}

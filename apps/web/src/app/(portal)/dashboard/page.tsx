import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { AgreementFigures } from "@/components/agreement-coverage/agreement-figures";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { CouncilDashboard } from "@/components/vt-council/council-dashboard";
import { MunicipalityChoice } from "@/components/vt-council/municipality-choice";
import { CoordinatorDashboard } from "@/components/vt-dashboard/coordinator-dashboard";
import { loadWithFilterFallback, parseDashboardParams } from "@/components/vt-dashboard/search-params";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const text = messages.areas.dashboard;
const t = messages.dashboardCijfers;

export const metadata: Metadata = { title: text.title };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * Figures only: the coordinator sees the raw Veilig Thuis figures (figures.read) and the agreement
 * figures; the council (RAAD) sees the suppressed aggregates of CouncilDashboard under the same heading.
 */
export default async function DashboardPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "area.dashboard")) forbidden();
  const api = await serverApi();

  if (!can(user, "figures.read")) {
    return (
      <>
        <PageHeader title={text.title} />
        {can(user, "figures.council") ? <CouncilDashboard searchParams={await searchParams} /> : <AgreementFigures figures={await api.agreementCoverage.figures()} />}
      </>
    );
  }

  const filter = parseDashboardParams(await searchParams);
  const { result: overview, filterError } = await loadWithFilterFallback(filter, (f) => api.dashboard.overview(f));
  const figures = can(user, "agreement.figures") ? await api.agreementCoverage.figures() : null;

  return (
    <>
      <PageHeader title={text.title} />
      <ul className="mb-8 flex flex-wrap gap-x-8 gap-y-2">
        {can(user, "figures.council") ? (
          <li>
            <Link href={`/dashboard/raad${filter.municipalityCode ? `?gemeente=${filter.municipalityCode}` : ""}`}>{t.links.council}</Link>
          </li>
        ) : null}
        {can(user, "figures.compare") ? (
          <li>
            <Link href={`/dashboard/raad/vergelijking${filter.municipalityCode ? `?gemeente=${filter.municipalityCode}` : ""}`}>{messages.regioVergelijking.link}</Link>
          </li>
        ) : null}
        {can(user, "figures.manage") ? (
          <li>
            <Link href="/beheer/cijfers">{t.links.manage}</Link>
          </li>
        ) : null}
      </ul>
      <section aria-labelledby="veilig-thuis-titel" className="mb-12">
        <h2 id="veilig-thuis-titel" className="mb-4 text-3xl">
          {t.heading}
        </h2>
        {filterError ? (
          <Notice tone="warning" role="alert">
            {format(t.filter.invalid, { message: filterError })}
          </Notice>
        ) : null}
        {overview.available ? <MunicipalityChoice municipalities={overview.municipalities} current={overview.scope.code} action="/dashboard" /> : null}
        {overview.available ? <CoordinatorDashboard overview={overview} /> : <Notice>{overview.message || t.unavailable}</Notice>}
      </section>
      {figures ? <AgreementFigures figures={figures} /> : null}
      {/* The coordinator may look behind the agreement figures; the council sees counts only. */}
      {can(user, "agreementCoverage.read") || can(user, "networkGaps.read") ? (
        <ul className="mb-8 grid gap-2">
          {can(user, "agreementCoverage.read") ? (
            <li>
              <Link href="/convenanten/dekking">{messages.convenantenDekking.matrix.title}</Link>
            </li>
          ) : null}
          {can(user, "networkGaps.read") ? (
            <li>
              <Link href="/beheer/netwerk">{messages.convenantenDekking.gaps.title}</Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </>
  );
}

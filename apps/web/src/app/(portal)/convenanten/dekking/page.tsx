import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { CoverageMatrix, CoverageLegend } from "@/components/agreement-coverage/coverage-matrix";
import { CoveragePairLists } from "@/components/agreement-coverage/coverage-pair-lists";
import { sectorsFromParams } from "@/components/agreement-coverage/coverage-view";
import { SectorFilterForm } from "@/components/agreement-coverage/sector-filter-form";
import { MunicipalityPicker, municipalityFromParam } from "@/components/region/municipality-picker";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.convenantenDekking.matrix;

export const metadata: Metadata = { title: t.title };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function CoverageMatrixPage({ searchParams }: Props) {
  const user = await requireUser();
  // The council sees figures on the dashboard only (agreement.figures), never pairs by name.
  if (!can(user, "agreementCoverage.read")) forbidden();
  const params = await searchParams;
  const sectors = sectorsFromParams(params.sector);
  const api = await serverApi();
  const region = await api.directory.region();
  // Issue 18: per municipality (default the user's own) or for the whole region.
  const municipality = municipalityFromParam(params.gemeente, user.municipalityCode, region.municipalities);
  const matrix = await api.agreementCoverage.matrix({ sectors, municipality });
  const shown = matrix.organisations.length;

  return (
    <>
      <p className="mb-4">
        <Link href="/convenanten">{t.backToRegistry}</Link>
      </p>
      <PageHeader title={t.title} intro={t.intro} />
      <MunicipalityPicker
        action="/convenanten/dekking"
        municipalities={region.municipalities}
        selected={municipality}
        keep={sectors.map((sector) => ["sector", sector] as [string, string])}
      />
      <SectorFilterForm action="/convenanten/dekking" selected={sectors} />

      {matrix.truncated ? (
        <Notice tone="warning" title={t.truncatedTitle}>
          {format(t.truncated, { total: matrix.organisationTotal, shown })}
        </Notice>
      ) : null}

      {shown === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <>
          <p className="mb-4 text-lg font-semibold">
            {matrix.totalPairs === 0
              ? t.summaryNoPairs
              : format(t.summary, { covered: matrix.coveredPairs, total: matrix.totalPairs, organisations: shown })}
          </p>
          <CoverageLegend />
          <CoverageMatrix matrix={matrix} />
          <CoveragePairLists matrix={matrix} />
        </>
      )}
    </>
  );
}

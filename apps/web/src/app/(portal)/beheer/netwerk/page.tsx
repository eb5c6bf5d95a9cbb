import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { NetworkGapSection } from "@/components/agreement-coverage/network-gap-section";
import { MunicipalityPicker, municipalityFromParam } from "@/components/region/municipality-picker";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.convenantenDekking.gaps;

export const metadata: Metadata = { title: t.title };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function NetworkGapsPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "networkGaps.read")) forbidden();
  const api = await serverApi();
  const region = await api.directory.region();
  // Issue 18: per municipality (default the coordinator's own) or for the whole region.
  const municipality = municipalityFromParam((await searchParams).gemeente, user.municipalityCode, region.municipalities);
  const gaps = await api.networkGaps.list({ municipality });
  const canEdit = (row: { id: string }) => can(user, "organisation.update", { organisationId: row.id });

  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <MunicipalityPicker action="/beheer/netwerk" municipalities={region.municipalities} selected={municipality} />
      <p className="mb-2 text-lg font-semibold">{format(t.summary, { any: gaps.totals.any, total: gaps.activeOrganisations })}</p>
      {can(user, "agreementCoverage.read") ? (
        <p className="mb-8">
          <Link href="/convenanten/dekking">{t.toMatrix}</Link>
        </p>
      ) : null}

      <NetworkGapSection
        id="zonder-afspraak"
        heading={t.noAgreementHeading}
        intro={t.noAgreementIntro}
        total={gaps.totals.withoutActiveAgreement}
        rows={gaps.rows.filter((row) => row.withoutActiveAgreement)}
        canEdit={canEdit}
      />
      <NetworkGapSection
        id="zonder-escalatiecontact"
        heading={t.noEscalationHeading}
        intro={t.noEscalationIntro}
        total={gaps.totals.withoutEscalationContact}
        rows={gaps.rows.filter((row) => row.withoutEscalationContact)}
        canEdit={canEdit}
      />
      <NetworkGapSection
        id="niet-gecontroleerd"
        heading={t.notVerifiedHeading}
        intro={format(t.notVerifiedIntro, { months: gaps.staleAfterMonths })}
        total={gaps.totals.notVerifiedRecently}
        rows={gaps.rows.filter((row) => row.notVerifiedRecently)}
        showVerified
        canEdit={canEdit}
      />
    </>
  );
}

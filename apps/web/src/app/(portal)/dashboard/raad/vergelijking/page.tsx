import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { TRPCError } from "@trpc/server";
import { forbidden, notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { CouncilComparisonView } from "@/components/vt-council/council-comparison";
import { MunicipalityChoice, municipalityParam } from "@/components/vt-council/municipality-choice";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

const t = messages.regioVergelijking;

export const metadata: Metadata = { title: t.title };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The council comparison (issue 18, docs/dashboard.md "Per municipality and the comparison"): RAAD, COORDINATOR, REGIO_COORDINATOR. */
export default async function CouncilComparisonPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "figures.compare")) forbidden();
  const municipalityCode = municipalityParam(await searchParams);
  const comparison = await (await serverApi()).council.comparison(municipalityCode ? { municipalityCode } : undefined).catch((error: unknown) => {
    // Another municipality's code: the page does not exist for this caller (issue 18).
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <>
      <p className="mb-4">
        <Link href="/dashboard">{t.back}</Link>
      </p>
      <PageHeader title={t.title} />
      {comparison.available ? <MunicipalityChoice municipalities={comparison.municipalities} current={comparison.own.code} action="/dashboard/raad/vergelijking" /> : null}
      <CouncilComparisonView comparison={comparison} />
    </>
  );
}

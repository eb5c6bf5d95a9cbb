import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { CouncilDashboard } from "@/components/vt-council/council-dashboard";
import { requireUser } from "@/lib/session";
import * as messages from "@/messages/catalogue";

const t = messages.dashboardRaad;

export const metadata: Metadata = { title: t.previewTitle };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The coordinator's preview of the council's dashboard (the council itself sees it on /dashboard). */
export default async function CouncilPreviewPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "figures.council")) forbidden();
  return (
    <>
      <p className="mb-4">
        <Link href="/dashboard">{t.backToDashboard}</Link>
      </p>
      <PageHeader title={t.previewTitle} intro={<p>{t.previewIntro}</p>} />
      <CouncilDashboard searchParams={await searchParams} action="/dashboard/raad" />
    </>
  );
}

import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { PlanProgress } from "@/components/plan/plan-progress";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { SavedNotice } from "@/components/ui/saved-notice";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

const t = messages.planVanAanpak;

export const metadata: Metadata = { title: t.title };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The plan van aanpak: the coordinator keeps it up to date, the council reads the same page. */
export default async function PlanPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "plan.read")) forbidden();
  const editable = can(user, "plan.manage");
  const progress = await (await serverApi()).plan.progress();
  const { opgeslagen } = await searchParams;

  return (
    <>
      <PageHeader title={t.title} intro={<p>{t.intro}</p>} />
      {editable ? <SavedNotice opgeslagen={typeof opgeslagen === "string" ? opgeslagen : undefined} created={t.saved} saved={t.saved} /> : <Notice>{t.readOnlyNote}</Notice>}
      <PlanProgress progress={progress} editable={editable} />
    </>
  );
}

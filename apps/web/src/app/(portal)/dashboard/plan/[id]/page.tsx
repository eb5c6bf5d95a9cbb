import { euroCentsInputText, formatEuroCents } from "@kk/api/schemas";
import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { PlanActivityForm } from "@/components/plan/plan-activity-form";
import { themeLabel } from "@/components/plan/plan-progress";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

const t = messages.planVanAanpak;

export const metadata: Metadata = { title: t.form.title };

interface Props {
  params: Promise<{ id: string }>;
}

/** The coordinator updates one activity's status, owner and spend (the plan's title, planning and budget stay as adopted). */
export default async function EditPlanActivityPage({ params }: Props) {
  const user = await requireUser();
  if (!can(user, "plan.manage")) forbidden();
  const { id } = await params;
  const progress = await (await serverApi()).plan.progress();
  const activity = progress.themes.flatMap((theme) => theme.activities).find((a) => a.id === id);
  if (!activity) notFound();

  return (
    <>
      <p className="mb-4">
        <Link href="/dashboard/plan">{t.form.back}</Link>
      </p>
      <PageHeader caption={t.form.caption} title={t.form.title} />
      <section className="mb-8 max-w-2xl" aria-labelledby="plan-facts">
        <h2 id="plan-facts" className="mb-2 text-xl">
          {t.form.planFacts}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t.columns.activity}</dt>
          <dd>{activity.title}</dd>
          <dt className="font-semibold">{t.columns.theme}</dt>
          <dd>{themeLabel(activity.theme)}</dd>
          <dt className="font-semibold">{t.columns.planning}</dt>
          <dd>{activity.planning}</dd>
        </dl>
      </section>
      <PlanActivityForm
        activity={{
          id: activity.id,
          version: activity.version,
          status: activity.status,
          owner: activity.owner,
          budgets: activity.budgets.map((b) => ({ year: b.year, budgetedText: formatEuroCents(b.budgetedCents), spentText: euroCentsInputText(b.spentCents) })),
        }}
      />
    </>
  );
}

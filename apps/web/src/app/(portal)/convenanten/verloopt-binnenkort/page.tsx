import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { LapsingAgreementsTable } from "@/components/agreement-reminders/lapsing-agreements-table";
import { ReminderDaysForm } from "@/components/agreement-reminders/reminder-days-form";
import { formatDutchDate } from "@/components/organisation/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.convenantenHerinneringen;

export const metadata: Metadata = { title: t.title };

/** "Verloopt binnenkort" and the reminder settings: the coordinator's (agreement.manage). */
export default async function LapsingSoonPage() {
  const user = await requireUser();
  if (!can(user, "agreement.manage")) forbidden();
  const { today, settings, rows } = await (await serverApi()).agreementReminders.lapsingSoon();

  return (
    <>
      <p className="mb-4">
        <Link href="/convenanten">{t.backToList}</Link>
      </p>
      <PageHeader title={t.title} intro={t.intro} />

      <section aria-labelledby="afspraken" className="mb-12">
        <h2 id="afspraken" className="mb-2 text-2xl">
          {t.listHeading}
        </h2>
        <p className="mb-4 max-w-3xl">
          {format(t.listWindow, { beforeEnd: settings.beforeEnd, beforeReview: settings.beforeReview, today: formatDutchDate(new Date(`${today}T12:00:00Z`)) })}{" "}
          {rows.length === 0 ? null : rows.length === 1 ? t.countOne : format(t.countMany, { count: rows.length })}
        </p>
        {rows.length === 0 ? <p>{t.empty}</p> : <LapsingAgreementsTable rows={rows} />}
      </section>

      <section aria-labelledby="herinneringen" className="max-w-3xl">
        <h2 id="herinneringen" className="mb-2 text-2xl">
          {t.settingsHeading}
        </h2>
        <p className="mb-4">{format(t.settingsCurrent, { beforeEnd: settings.beforeEnd, beforeReview: settings.beforeReview })}</p>
        <ReminderDaysForm beforeEnd={settings.beforeEnd} beforeReview={settings.beforeReview} updatedAt={settings.updatedAt?.toISOString() ?? null} />
      </section>
    </>
  );
}

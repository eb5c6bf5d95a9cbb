import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { MeetingJobSettingsForm } from "@/components/meeting-calendar/meeting-job-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersAgenda.settings;

export const metadata: Metadata = { title: t.title };

/** Reminder days and retention years for the werkateliers jobs (coordinator, meeting.manage). */
export default async function MeetingSettingsPage() {
  const user = await requireUser();
  if (!can(user, "meeting.manage")) forbidden();
  const settings = await (await serverApi()).meetingJobs.settings();

  return (
    <>
      <p className="mb-4">
        <Link href="/werkateliers">{t.backToList}</Link>
      </p>
      <PageHeader title={t.title} intro={t.intro} />
      <section aria-label={t.title} className="max-w-3xl">
        <p className="mb-4">{format(t.current, { reminderDaysBefore: settings.reminderDaysBefore, retentionYears: settings.retentionYears })}</p>
        <MeetingJobSettingsForm
          reminderDaysBefore={settings.reminderDaysBefore}
          retentionYears={settings.retentionYears}
          updatedAt={settings.updatedAt?.toISOString() ?? null}
        />
      </section>
    </>
  );
}

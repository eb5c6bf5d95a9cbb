import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { CalendarFeedPanel } from "@/components/meeting-calendar/calendar-feed-panel";
import { meetingDateTime } from "@/components/meetings/meeting-time";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersAgenda.feed;

export const metadata: Metadata = { title: t.title };

/** The personal iCal feed: for everyone who may register for meetings (calendarFeed.manage). */
export default async function CalendarFeedPage() {
  const user = await requireUser();
  if (!can(user, "calendarFeed.manage")) forbidden();
  const { active } = await (await serverApi()).meetingCalendar.feedStatus();

  return (
    <>
      <p className="mb-4">
        <Link href="/werkateliers">{t.backToList}</Link>
      </p>
      <PageHeader title={t.title} intro={t.intro} />
      <section aria-labelledby="agenda-link-kop" className="max-w-3xl">
        <h2 id="agenda-link-kop" className="mb-2 text-2xl">
          {t.statusHeading}
        </h2>
        <CalendarFeedPanel
          active={
            active
              ? { createdAt: meetingDateTime(active.createdAt), lastUsedAt: active.lastUsedAt ? meetingDateTime(active.lastUsedAt) : null }
              : null
          }
        />
      </section>
    </>
  );
}

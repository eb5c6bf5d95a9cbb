import type { Metadata } from "next";
import { SessionsPanel } from "@/components/account-sessions/sessions-panel";
import { meetingDateTime } from "@/components/meetings/meeting-time";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.sessies;

export const metadata: Metadata = { title: t.title };

/** "Sessies": where the user is signed in; every role, only their own sessions (userSession.manageOwn). */
export default async function SessionsPage() {
  await requireUser();
  const { sessions, idleTimeoutMinutes } = await (await serverApi()).userSession.listOwn();
  const moment = (instant: Date) => ({ text: meetingDateTime(instant), iso: instant.toISOString() });
  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <p className="mb-6 max-w-3xl">{format(t.limits, { minutes: idleTimeoutMinutes })}</p>
      <SessionsPanel
        sessions={sessions.map((session) => ({
          id: session.id,
          device: session.device,
          startedAt: moment(session.createdAt),
          lastSeenAt: moment(session.lastSeenAt),
          current: session.current,
        }))}
      />
    </>
  );
}

import type { SessionUser } from "@kk/auth/roles";
import { can } from "@kk/auth/policy";
import Link from "next/link";
import { isoInstant, meetingWhen } from "@/components/meetings/meeting-time";
import { serverApi } from "@/lib/trpc/server";
import type { RouterOutputs } from "@/lib/trpc/types";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersAanmelding;

type Row = RouterOutputs["meetingRegistration"]["mine"]["upcoming"][number];

function RegistrationList({ rows, headingId, heading, level }: { rows: Row[]; headingId: string; heading: string; level: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  if (rows.length === 0) return null;
  return (
    <>
      <Heading id={headingId} className="mt-4 mb-2 text-xl">
        {heading}
      </Heading>
      <ul aria-labelledby={headingId} className="list-none p-0">
        {rows.map((row) => (
          <li key={row.registrationId} className="mb-3 border-l-4 border-line pl-3">
            <Link href={`/werkateliers/${row.meeting.id}`} className="font-semibold">
              {row.meeting.title}
            </Link>
            <span className="block">
              <time dateTime={isoInstant(row.meeting.startsAt)}>{meetingWhen(row.meeting.startsAt, row.meeting.endsAt)}</time>
            </span>
            <span className="block text-ink-muted">
              {row.status === "WACHTLIJST" ? format(t.mine.waitlistPosition, { position: row.position }) : t.statuses[row.status]}
              {row.meeting.status !== "GEPLAND" ? ` · ${messages.werkateliers.statuses[row.meeting.status]}` : null}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** "Mijn aanmeldingen": the caller's registrations, upcoming and past (cancelled ones left out). */
export async function MyRegistrations({ user, showHeading = true }: { user: SessionUser; showHeading?: boolean }) {
  if (!can(user, "meeting.register")) return null;
  const api = await serverApi();
  const mine = await api.meetingRegistration.mine();
  return (
    <section aria-label={t.mine.heading} className={`max-w-3xl ${showHeading ? "mt-10" : ""}`} data-testid="my-registrations">
      {showHeading ? <h2 className="mb-2 text-2xl">{t.mine.heading}</h2> : null}
      {mine.upcoming.length === 0 && mine.past.length === 0 ? <p>{t.mine.empty}</p> : null}
      <RegistrationList rows={mine.upcoming} headingId="mijn-komende" heading={t.mine.upcoming} level={showHeading ? 3 : 2} />
      <RegistrationList rows={mine.past} headingId="mijn-eerdere" heading={t.mine.past} level={showHeading ? 3 : 2} />
    </section>
  );
}

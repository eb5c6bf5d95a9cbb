import type { MeetingStatus, MeetingType, PlanTheme } from "@kk/db";
import Link from "next/link";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { isoInstant, meetingWhen } from "./meeting-time";

const t = messages.werkateliers.list;
const labels = messages.werkateliers;
const r = messages.regioGedeeld.meetings;

export interface MeetingListItem {
  id: string;
  title: string;
  type: MeetingType;
  theme: PlanTheme;
  status: MeetingStatus;
  startsAt: Date;
  endsAt: Date;
  location: string;
  online: boolean;
  capacity: number;
  freePlaces: number;
  waitlist: number;
  past: boolean;
  /** Issue 18: a local meeting's municipality; null = regional; absent = not shown. */
  municipality?: { code: string; name: string } | null;
}

function placesText(m: MeetingListItem): string {
  if (m.freePlaces > 0) return format(t.placesLeft, { free: String(m.freePlaces), capacity: String(m.capacity) });
  return m.waitlist > 0 ? format(t.full, { waitlist: String(m.waitlist) }) : t.fullNoWaitlist;
}

function whereText(m: MeetingListItem): string {
  if (m.location && m.online) return `${m.location} · ${t.online}`;
  return m.location || t.online;
}

/** Meetings as a list of cards (a list reads well on a phone and with a screen reader). */
export function MeetingList({ meetings, headingLevel = 3 }: { meetings: readonly MeetingListItem[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="grid gap-4">
      {meetings.map((m) => (
        <li key={m.id} className="border-2 border-line bg-surface p-4" data-testid="meeting-item">
          <p className="text-ink-muted">
            {labels.types[m.type]} · {labels.themes[m.theme]}
          </p>
          <Heading className="text-xl break-words hyphens-auto">
            <Link href={`/werkateliers/${m.id}`}>{m.title}</Link>
          </Heading>
          <dl className="mt-2 grid gap-x-4 sm:grid-cols-[8rem_1fr]">
            <dt className="font-semibold">{t.when}</dt>
            <dd>
              <time dateTime={isoInstant(m.startsAt)}>{meetingWhen(m.startsAt, m.endsAt)}</time>
            </dd>
            <dt className="font-semibold">{t.where}</dt>
            <dd className="break-words">{whereText(m)}</dd>
            {m.municipality !== undefined ? (
              <>
                <dt className="font-semibold">{r.for}</dt>
                <dd data-testid="meeting-municipality">{m.municipality ? format(r.local, { name: m.municipality.name }) : r.regionalShort}</dd>
              </>
            ) : null}
            {m.status === "GEPLAND" && !m.past ? (
              <>
                <dt className="font-semibold">{t.places}</dt>
                <dd>{placesText(m)}</dd>
              </>
            ) : null}
          </dl>
          {m.status !== "GEPLAND" ? <p className="mt-2 font-semibold">{labels.statuses[m.status]}</p> : null}
        </li>
      ))}
    </ul>
  );
}

import type { MeetingStatus, MeetingType, RegistrationStatus } from "@kk/db";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { MEETING_TIME_ZONE } from "../meeting/amsterdam-time.ts";
import { amsterdamDateTime, vtimezone } from "./amsterdam-zone.ts";

/** The fields of a meeting a calendar entry shows. */
export interface CalendarMeeting {
  id: string;
  type: MeetingType;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  onlineUrl: string;
  status: MeetingStatus;
  cancelledReason: string;
  version: number;
  updatedAt: Date;
}

export interface CalendarEntry {
  meeting: CalendarMeeting;
  /** The user's own registration, in the personal feed; absent in the file per meeting. */
  registration?: RegistrationStatus;
}

export interface CalendarOptions {
  /** Calendar name shown by the calendar app (X-WR-CALNAME). */
  name: string;
  /** Public URL of the portal, for the link to each meeting. */
  baseUrl: string;
}

export const CALENDAR_PRODUCT = { company: "Ketenportaal Kindveiligheid", product: "Werkateliers", language: "NL" } as const;

const TYPE_LABEL: Record<MeetingType, string> = {
  WERKATELIER: "Werkatelier",
  NETWERKBIJEENKOMST: "Netwerkbijeenkomst",
  EXPERTMEETING: "Expertmeeting",
  TRAINING: "Training",
  SYMPOSIUM: "Symposium",
};

/** A stable UID per meeting: calendar apps update the entry instead of adding a second one. */
export function meetingUid(meetingId: string): string {
  return `werkatelier-${meetingId}@ketenportaal-kindveiligheid`;
}

function summary(entry: CalendarEntry): string {
  const { meeting } = entry;
  const prefix = meeting.status === "GEANNULEERD" ? "Geannuleerd: " : entry.registration === "WACHTLIJST" ? "Wachtlijst: " : "";
  return `${prefix}${meeting.title}`;
}

function description(entry: CalendarEntry, url: string): string {
  const { meeting } = entry;
  const lines = [`${TYPE_LABEL[meeting.type]} in het Ketenportaal Kindveiligheid.`];
  if (meeting.status === "GEANNULEERD") {
    lines.push(meeting.cancelledReason ? `Deze bijeenkomst is geannuleerd: ${meeting.cancelledReason}` : "Deze bijeenkomst is geannuleerd.");
  }
  if (entry.registration === "WACHTLIJST") lines.push("U staat op de wachtlijst; u krijgt een e-mail als er een plaats vrijkomt.");
  if (meeting.description) lines.push("", meeting.description);
  if (meeting.onlineUrl) lines.push("", `Online: ${meeting.onlineUrl}`);
  lines.push("", `Meer informatie en aan- of afmelden: ${url}`);
  return lines.join("\n");
}

/**
 * An iCalendar (RFC 5545) text with one VEVENT per meeting, start and end with
 * TZID=Europe/Amsterdam and the VTIMEZONE that defines it. A cancelled meeting stays in the
 * calendar with STATUS:CANCELLED, so apps that subscribed remove or strike it; SEQUENCE is the
 * meeting's version, so a moved meeting replaces the earlier entry.
 */
export function meetingsCalendar(entries: readonly CalendarEntry[], options: CalendarOptions): string {
  const base = options.baseUrl.replace(/\/+$/, "");
  const calendar = ical({
    name: options.name,
    prodId: CALENDAR_PRODUCT,
    method: ICalCalendarMethod.PUBLISH,
    // Only the generator: the calendar itself stays in UTC so DTSTAMP keeps its "Z".
    timezone: { name: null, generator: vtimezone },
  });
  for (const entry of entries) {
    const { meeting } = entry;
    const url = `${base}/werkateliers/${meeting.id}`;
    calendar.createEvent({
      id: meetingUid(meeting.id),
      sequence: Math.max(0, meeting.version - 1),
      stamp: meeting.updatedAt,
      lastModified: meeting.updatedAt,
      timezone: MEETING_TIME_ZONE,
      start: amsterdamDateTime(meeting.startsAt),
      end: amsterdamDateTime(meeting.endsAt),
      summary: summary(entry),
      description: description(entry, url),
      location: meeting.location || meeting.onlineUrl || null,
      url,
      status: meeting.status === "GEANNULEERD" ? ICalEventStatus.CANCELLED : entry.registration === "WACHTLIJST" ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** A file name like "werkatelier-2026-12-03.ics" (no title: titles may hold any character). */
export function meetingFileName(meeting: Pick<CalendarMeeting, "type" | "startsAt">, day: string): string {
  return `${meeting.type.toLowerCase()}-${day}.ics`;
}

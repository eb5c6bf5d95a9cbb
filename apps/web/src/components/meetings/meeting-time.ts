import { formatAmsterdamRange, MEETING_TIME_ZONE } from "@kk/api/schemas";

/** "dinsdag 1 december 2026 om 10:00–13:00" in Amsterdam time. */
export function meetingWhen(startsAt: Date, endsAt: Date): string {
  return formatAmsterdamRange(startsAt, endsAt);
}

const dateTimeFormat = new Intl.DateTimeFormat("nl-NL", {
  timeZone: MEETING_TIME_ZONE,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

export function meetingDateTime(instant: Date): string {
  return dateTimeFormat.format(instant);
}

/** The machine-readable value for <time dateTime>. */
export function isoInstant(instant: Date): string {
  return instant.toISOString();
}

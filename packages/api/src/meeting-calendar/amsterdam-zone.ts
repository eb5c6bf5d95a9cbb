import type { ICalTemporalInstantStub, ICalTemporalPlainDateStub, ICalTemporalPlainDateTimeStub, ICalTemporalZonedDateTimeStub } from "ical-generator";
import { amsterdamParts, MEETING_TIME_ZONE } from "../meeting/amsterdam-time.ts";

/**
 * The VTIMEZONE for Europe/Amsterdam (RFC 5545 §3.6.5): the EU rule in force since 1996, summer
 * time from the last Sunday of March 02:00 to the last Sunday of October 03:00. Written out
 * here so the portal needs no time-zone database package; meetings before 1996 do not exist.
 */
const AMSTERDAM_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Amsterdam",
  "X-LIC-LOCATION:Europe/Amsterdam",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

/** ical-generator's timezone generator: the VTIMEZONE block for the zones we use. */
export function vtimezone(zone: string): string | null {
  return zone === MEETING_TIME_ZONE ? AMSTERDAM_VTIMEZONE : null;
}

/**
 * An instant as the Temporal.ZonedDateTime shape ical-generator understands. With a plain Date
 * ical-generator writes the *server's* local wall clock after TZID=…, which is only right when
 * the server happens to run in Amsterdam time; this hands it the Amsterdam wall clock instead.
 */
export function amsterdamDateTime(instant: Date): ICalTemporalZonedDateTimeStub {
  const p = amsterdamParts(instant);
  const iso = instant.toISOString();
  const plainDate: ICalTemporalPlainDateStub = {
    year: p.year,
    month: p.month,
    day: p.day,
    toJSON: () => iso.slice(0, 10),
    toString: () => iso.slice(0, 10),
  };
  const plain: ICalTemporalPlainDateTimeStub = {
    ...p,
    toJSON: () => iso,
    toString: () => iso,
    toPlainDate: () => plainDate,
    toZonedDateTime: () => zoned,
  };
  const instantStub: ICalTemporalInstantStub = {
    epochMilliseconds: instant.getTime(),
    toJSON: () => iso,
    toString: () => iso,
    toZonedDateTimeISO: () => zoned,
  };
  const zoned: ICalTemporalZonedDateTimeStub = {
    ...p,
    timeZoneId: MEETING_TIME_ZONE,
    toInstant: () => instantStub,
    toJSON: () => iso,
    toString: () => iso,
    toPlainDateTime: () => plain,
    withTimeZone: () => zoned,
  };
  return zoned;
}

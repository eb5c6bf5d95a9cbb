/**
 * Meeting times: stored in UTC, typed and shown in Europe/Amsterdam. Form inputs are
 * `<input type="datetime-local">` values ("2026-10-25T01:30") in Amsterdam wall-clock time; the
 * server turns them into UTC instants here. Other meeting modules (registration, ics, jobs)
 * import these helpers so every part agrees on the conversion.
 */

export const MEETING_TIME_ZONE = "Europe/Amsterdam";

const LOCAL_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: MEETING_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

export interface AmsterdamParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The Amsterdam wall-clock parts of an instant. */
export function amsterdamParts(instant: Date): AmsterdamParts {
  const parts: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** Minutes Amsterdam is ahead of UTC at `instant` (60 in winter, 120 in summer). */
export function amsterdamOffsetMinutes(instant: Date): number {
  const p = amsterdamParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** An instant as a datetime-local value in Amsterdam time: "2026-10-25T01:30". */
export function toAmsterdamLocal(instant: Date): string {
  const p = amsterdamParts(instant);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** An instant's Amsterdam calendar day: "2026-10-25". */
export function amsterdamDay(instant: Date): string {
  return toAmsterdamLocal(instant).slice(0, 10);
}

/**
 * A datetime-local value in Amsterdam time as a UTC instant; null when it is not a valid
 * date-time or does not exist (the hour skipped when summer time starts, e.g. 2026-03-29T02:30).
 * In the repeated hour when summer time ends (2026-10-25T02:30 happens twice) the first,
 * summer-time occurrence is taken.
 */
export function fromAmsterdamLocal(value: string): Date | null {
  const match = LOCAL_DATETIME.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // Try both possible offsets (summer first): the one that maps back to the same wall clock wins.
  for (const offset of [120, 60]) {
    const candidate = new Date(wall - offset * 60_000);
    const p = amsterdamParts(candidate);
    if (p.year === year && p.month === month && p.day === day && p.hour === hour && p.minute === minute && p.second === second) {
      return candidate;
    }
  }
  return null;
}

/** The UTC instants at which an Amsterdam calendar month ("2026-12") starts and the next begins. */
export function amsterdamMonthRange(month: string): { from: Date; to: Date } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const m = Number(match[2]);
  if (m < 1 || m > 12) return null;
  const next = m === 12 ? `${year + 1}-01` : `${year}-${pad(m + 1)}`;
  const from = fromAmsterdamLocal(`${month}-01T00:00`);
  const to = fromAmsterdamLocal(`${next}-01T00:00`);
  return from && to ? { from, to } : null;
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
const timeFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: MEETING_TIME_ZONE, hour: "2-digit", minute: "2-digit" });

/** "zondag 25 oktober 2026 om 01:30" style text in Amsterdam time (for e-mails and pages). */
export function formatAmsterdamDateTime(instant: Date): string {
  return dateTimeFormat.format(instant);
}

/** "01:30" in Amsterdam time. */
export function formatAmsterdamTime(instant: Date): string {
  return timeFormat.format(instant);
}

/** "zondag 25 oktober 2026, 01:30–03:30" (end on another day gets its full date). */
export function formatAmsterdamRange(start: Date, end: Date): string {
  if (amsterdamDay(start) === amsterdamDay(end)) return `${formatAmsterdamDateTime(start)}–${formatAmsterdamTime(end)}`;
  return `${formatAmsterdamDateTime(start)} – ${formatAmsterdamDateTime(end)}`;
}

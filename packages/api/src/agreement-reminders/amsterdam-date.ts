/**
 * Calendar dates for agreements. Start, end and review dates are dates without a time
 * (@db.Date; Prisma hands them over as UTC midnight). "Today" is the date in the Netherlands, so
 * at 00:30 Dutch time on 1 March it is already 1 March even though it is still 28 February in UTC.
 * Dates travel as "YYYY-MM-DD" strings, which compare correctly as strings.
 */

export const AGREEMENT_TIME_ZONE = "Europe/Amsterdam";

const amsterdamDay = new Intl.DateTimeFormat("en-CA", { timeZone: AGREEMENT_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in Europe/Amsterdam as "YYYY-MM-DD". */
export function amsterdamToday(now: Date): string {
  return amsterdamDay.format(now);
}

/** A @db.Date value as "YYYY-MM-DD" (it is stored as UTC midnight). */
export function dateOnly(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" as the Date Prisma expects for a @db.Date column. */
export function toDbDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** Calendar arithmetic on "YYYY-MM-DD" (no time zone involved). */
export function addDays(day: string, days: number): string {
  const date = toDbDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return dateOnly(date);
}

/** Whole days from `from` to `to` (negative when `to` lies before `from`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toDbDate(to).getTime() - toDbDate(from).getTime()) / 86_400_000);
}

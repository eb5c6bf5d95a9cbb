/*
 * Working days in the Netherlands, for the answer date of an information request (toolKID, 001:
 * "redelijkerwijs binnen vijf werkdagen") or an agreement's reactietermijn. The public holidays
 * come from `date-holidays` (a maintained library), not from a table of our own; which of its
 * days count as a day off is decided in docs/adr/0014-working-days-date-holidays.md:
 * - every day `date-holidays` types "public" for NL (Nieuwjaarsdag, Pasen, Koningsdag with its
 *   Sunday rule, Hemelvaartsdag, Pinksteren, Kerstmis) is not a working day;
 * - Bevrijdingsdag (5 May) is a day off only in lustrum years (2025, 2030, …);
 * - Goede Vrijdag is a working day (not a general day off in the Netherlands).
 * Saturdays and Sundays are never working days.
 *
 * Server only: `date-holidays` carries every country's rules, so this module is exported as
 * `@kk/legal/working-days` and never from the package index the browser imports.
 */
import Holidays from "date-holidays";

/** A calendar day as "YYYY-MM-DD" (no time, no zone). */
export type CalendarDay = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

let netherlands: Holidays | null = null;
const holidaysByYear = new Map<number, ReadonlyMap<CalendarDay, string>>();

/** The days off of one year: day → Dutch name. */
function daysOff(year: number): ReadonlyMap<CalendarDay, string> {
  const cached = holidaysByYear.get(year);
  if (cached) return cached;
  netherlands ??= new Holidays("NL");
  const days = new Map<CalendarDay, string>();
  for (const holiday of netherlands.getHolidays(year, "nl")) {
    const day = holiday.date.slice(0, 10);
    const isLustrumLiberationDay = holiday.rule === "05-05" && year % 5 === 0;
    if (holiday.type === "public" || isLustrumLiberationDay) days.set(day, holiday.name);
  }
  holidaysByYear.set(year, days);
  return days;
}

function parse(day: CalendarDay): Date {
  const match = DAY.exec(day);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== day) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`);
  return date;
}

/** The name of the public holiday on `day` that is a day off, or null. */
export function holidayOn(day: CalendarDay): string | null {
  return daysOff(parse(day).getUTCFullYear()).get(day) ?? null;
}

/** Monday to Friday and not a day off (see the file comment). */
export function isWorkingDay(day: CalendarDay): boolean {
  const weekday = parse(day).getUTCDay();
  return weekday !== 0 && weekday !== 6 && holidayOn(day) === null;
}

/**
 * The day `workingDays` working days after `start`; `start` itself never counts (a request sent
 * on Monday with five working days is due the next Monday, one sent on Saturday the Friday after).
 */
export function addWorkingDays(start: CalendarDay, workingDays: number): CalendarDay {
  if (!Number.isInteger(workingDays) || workingDays < 0) throw new RangeError(`Working days must be a whole number ≥ 0: ${workingDays}`);
  const date = parse(start);
  let left = workingDays;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (isWorkingDay(date.toISOString().slice(0, 10))) left -= 1;
  }
  return date.toISOString().slice(0, 10);
}

/** The days off skipped between `start` (exclusive) and `end` (inclusive), to say why a date lies later. */
export function holidaysBetween(start: CalendarDay, end: CalendarDay): Array<{ day: CalendarDay; name: string }> {
  const date = parse(start);
  const last = parse(end);
  const found: Array<{ day: CalendarDay; name: string }> = [];
  while (date < last) {
    date.setUTCDate(date.getUTCDate() + 1);
    const day = date.toISOString().slice(0, 10);
    const weekday = date.getUTCDay();
    const name = holidayOn(day);
    if (name && weekday !== 0 && weekday !== 6) found.push({ day, name });
  }
  return found;
}

const amsterdamDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day in the Netherlands at `now` (at 00:30 Dutch time it is already the next day). */
export function amsterdamCalendarDay(now: Date): CalendarDay {
  return amsterdamDay.format(now);
}

import { amsterdamDay } from "@kk/api/schemas";

export interface CalendarDay<T> {
  /** "2026-12-03" */
  date: string;
  day: number;
  items: T[];
}

/**
 * The weeks of a month (Monday first) as rows of seven cells; cells outside the month are null.
 * Items are placed on the Amsterdam day they start.
 */
export function monthGrid<T extends { startsAt: Date }>(month: string, items: readonly T[]): Array<Array<CalendarDay<T> | null>> {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const daysInMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const firstWeekday = (new Date(Date.UTC(year, m - 1, 1)).getUTCDay() + 6) % 7; // Monday = 0
  const byDay = new Map<string, T[]>();
  for (const item of items) {
    const day = amsterdamDay(item.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  const cells: Array<CalendarDay<T> | null> = Array.from({ length: firstWeekday }, () => null);
  for (let day = 1; day <= daysInMonth; day++) {
    const date = `${month}-${String(day).padStart(2, "0")}`;
    cells.push({ date, day, items: byDay.get(date) ?? [] });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Array<Array<CalendarDay<T> | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

const monthName = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });
const dayName = new Intl.DateTimeFormat("nl-NL", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

/** "december 2026" */
export function monthLabel(month: string): string {
  return monthName.format(new Date(`${month}-01T12:00:00Z`));
}

/** "donderdag 3 december" */
export function dayLabel(date: string): string {
  return dayName.format(new Date(`${date}T12:00:00Z`));
}

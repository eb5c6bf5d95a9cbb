const calendarDate = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "UTC" });

/** "12 juni 2026" for a review day "2026-06-12" (a calendar date, formatted in UTC so the day never shifts). */
export function formatReviewDate(day: string): string {
  return calendarDate.format(new Date(`${day}T00:00:00.000Z`));
}

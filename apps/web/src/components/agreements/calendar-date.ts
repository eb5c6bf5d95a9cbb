const calendarDate = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "UTC" });

/**
 * "1 maart 2026" for a calendar date. Agreement dates are stored as UTC midnight (@db.Date), so
 * they are formatted in UTC: in Amsterdam's zone they would still be the same day, but a server in
 * another zone would not.
 */
export function formatCalendarDate(date: Date): string {
  return calendarDate.format(date);
}

/** "2026-03-01", the value of an `<input type="date">`; "" for none. */
export function isoCalendarDate(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

const dutchDate = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" });

/** "12 november 2026", in the municipality's time zone whatever the server's is. */
export function formatDutchDate(date: Date): string {
  return dutchDate.format(date);
}

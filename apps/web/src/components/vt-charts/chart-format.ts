import { formatPercentage } from "@kk/api/schemas";

/** Dutch notation for the charts: "1.234" and "3,14%" (formatPercentage, vt-figures/indicator.ts). */
const countFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });

export function formatCount(value: number): string {
  return countFormat.format(value);
}

export { formatPercentage };

export type ValueKind = "percentage" | "count";

export function formatValue(value: number, kind: ValueKind): string {
  return kind === "percentage" ? formatPercentage(value) : formatCount(value);
}

/** A date (ISO string or Date, e.g. superjson's) as "31 december 2018". */
export function formatLongDate(date: string | Date): string {
  return new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(toDate(date));
}

export function toDate(date: string | Date): Date {
  return date instanceof Date ? date : new Date(date.length === 10 ? `${date}T00:00:00Z` : date);
}

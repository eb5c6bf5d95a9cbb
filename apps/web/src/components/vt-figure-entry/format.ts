import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.cijfersBeheer.labels;

const countFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0, useGrouping: true });
const dateFormat = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });

/** "1.234" (Dutch thousands separator, also for 4-digit numbers). */
export function formatCount(value: number): string {
  const text = countFormat.format(value);
  // nl-NL leaves 4-digit numbers without a separator in some ICU versions; the portal always groups.
  return value >= 1000 && !text.includes(".") ? text.replace(/\B(?=(\d{3})+(?!\d))/g, ".") : text;
}

/** A calendar date (@db.Date, stored at UTC midnight): "15 maart 2022". */
export function formatDay(date: Date): string {
  return dateFormat.format(date);
}

export function formatMoment(date: Date): string {
  return dateTimeFormat.format(date);
}

/** A stored figure as text: the number, "niet geleverd" or "geheim bij de bron" (never 0). */
export function cellText(cell: { status: string; value: number | null }): string {
  if (cell.status === "VALUE" && cell.value !== null) return formatCount(cell.value);
  return cell.status === "SUPPRESSED" ? t.suppressed : t.missing;
}

/** A stored figure as the form writes it: "1250", "." or "". */
export function cellInput(cell: { status: string; value: number | null } | undefined): string {
  if (!cell) return "";
  if (cell.status === "VALUE" && cell.value !== null) return String(cell.value);
  return cell.status === "SUPPRESSED" ? "." : "";
}

export function periodLabelOf(year: number | string, half: number | string | null | undefined): string {
  return half === null || half === undefined || half === "" ? String(year) : format(t.halfYear, { year, half });
}

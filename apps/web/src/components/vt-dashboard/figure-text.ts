import { formatPercentage } from "@kk/api/schemas";
import * as messages from "@/messages/catalogue";

const t = messages.dashboardCijfers;
const countFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });

type FigureLike = { status: "VALUE"; value: number; provisional: boolean } | { status: "MISSING" | "SUPPRESSED"; provisional: boolean };
type IndicatorLike = { status: "VALUE"; percentage: number; provisional: boolean } | { status: "MISSING" | "SUPPRESSED"; provisional: boolean };

/** Why there is no number, in Dutch; never "0". */
export function unknownText(status: "MISSING" | "SUPPRESSED"): string {
  return status === "SUPPRESSED" ? t.unknownSuppressed : t.unknownMissing;
}

export function countText(figure: FigureLike): string {
  return figure.status === "VALUE" ? countFormat.format(figure.value) : unknownText(figure.status);
}

export function percentageText(value: IndicatorLike): string {
  return value.status === "VALUE" ? formatPercentage(value.percentage) : unknownText(value.status);
}

export function formatCount(value: number): string {
  return countFormat.format(value);
}

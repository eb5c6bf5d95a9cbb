import type { PlanActivityStatus } from "@kk/db";
import { optionalText, recordId, version } from "../organisation/field-formats.ts";
import { z } from "../zod-dutch.ts";

export const PLAN_ACTIVITY_STATUSES = ["PLANNED", "IN_PROGRESS", "COMPLETED", "CONTINUOUS", "DELAYED", "CANCELLED"] as const satisfies readonly PlanActivityStatus[];

/** A year's spend is at most this many euros: the plan's largest line is € 40.000, so more is a typo. */
export const MAX_SPENT_EUROS = 10_000_000;

// "12.850", "12850", "12.850,50", "€ 12.850" (Dutch thousands dot, decimal comma). A lone dot
// followed by one or two digits ("12.5") is refused: in Dutch it is not a decimal point.
const DUTCH_AMOUNT = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/;

/** Euro text as people type it → whole cents; "" → null (not known yet); anything else → undefined (invalid). */
export function parseEuroAmount(text: string): number | null | undefined {
  const compact = text.replace(/€/g, "").replace(/\s/g, "");
  if (compact === "") return null;
  const match = DUTCH_AMOUNT.exec(compact);
  if (!match) return undefined;
  const euros = Number(match[1]!.replace(/\./g, ""));
  const cents = Number((match[2] ?? "").padEnd(2, "0"));
  return euros * 100 + cents;
}

/** Whole euros in Dutch notation without cents ("€ 28.000"), cents only when there are any. */
export function formatEuroCents(cents: number): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat("nl-NL", {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(cents / 100);
}

/** The form's text for a stored amount: "12.850" or "12.850,50"; null → "". */
export function euroCentsInputText(cents: number | null): string {
  if (cents === null) return "";
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat("nl-NL", { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(cents / 100);
}

const spentAmount = z
  .string()
  .trim()
  .default("")
  .refine((v) => parseEuroAmount(v) !== undefined, { message: "Vul een bedrag in euro's in, bijvoorbeeld 12.850 of 12.850,50, of laat het veld leeg als het nog niet bekend is." })
  .refine((v) => (parseEuroAmount(v) ?? 0) <= MAX_SPENT_EUROS * 100, { message: "Het bedrag is hoogstens € 10.000.000." })
  .transform((v) => parseEuroAmount(v) ?? null);

export const planSpentInput = z.object({
  year: z.number("Het jaar ontbreekt.").int().min(2000).max(2100),
  /** Euros as typed; empty: not known yet. */
  spent: spentAmount,
});

export const updatePlanActivityInput = z.object({
  id: recordId,
  version,
  status: z.enum(PLAN_ACTIVITY_STATUSES, "Kies de status van de activiteit."),
  owner: optionalText(200, "De trekker"),
  spent: z.array(planSpentInput).max(20).default([]),
});

export type UpdatePlanActivityInput = z.input<typeof updatePlanActivityInput>;
export type UpdatePlanActivityValues = z.output<typeof updatePlanActivityInput>;

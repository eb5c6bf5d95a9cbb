import { parseIsoDate } from "../agreement/schemas.ts";
import { MAX_INT4, optionalText, requiredText } from "../organisation/field-formats.ts";
import { BREAKDOWN_KINDS, FIGURE_MEASURES, REPORTER_GROUPS, VIOLENCE_FORMS } from "../vt-figures/import-types.ts";
import { parseCount } from "../vt-figures/import-values.ts";
import { z } from "../zod-dutch.ts";

/*
 * Veilig Thuis figures by hand, deliveries and versions, children 0-17 per area (issue 6,
 * docs/dashboard.md "Cijfers beheren"). The forms import these schemas too.
 */

export const ENTRY_MEASURES = FIGURE_MEASURES;
export const ENTRY_REPORTER_GROUPS = REPORTER_GROUPS;
export const ENTRY_VIOLENCE_FORMS = VIOLENCE_FORMS;

const YEAR = /^\d{4}$/;

/** A year as typed ("2021"), 2000–2100. */
const yearField = z
  .union([z.string(), z.number()], "Vul een jaar in, bijvoorbeeld 2021.")
  .transform((v) => String(v).trim())
  .refine((v) => v !== "", { message: "Vul een jaar in, bijvoorbeeld 2021." })
  .refine((v) => v === "" || (YEAR.test(v) && Number(v) >= 2000 && Number(v) <= 2100), { message: "Vul een jaar in van vier cijfers tussen 2000 en 2100, bijvoorbeeld 2021." })
  .transform(Number);

/** "" = the whole year, "1" / "2" = a half year. */
const halfField = z
  .enum(["", "1", "2"], "Kies het hele jaar, het 1e halfjaar of het 2e halfjaar.")
  .default("")
  .transform((v) => (v === "" ? null : (Number(v) as 1 | 2)));

export const figurePeriodInput = z.object({ year: yearField, half: halfField });
export type FigurePeriodInput = z.input<typeof figurePeriodInput>;

/** FigurePeriod.code: "2021", "2021-H1". */
export function periodCodeOf(period: { year: number; half: 1 | 2 | null }): string {
  return period.half === null ? String(period.year) : `${period.year}-H${period.half}`;
}

/** A number (also "1.250"), "" = niet geleverd, "." = geheim of onbekend bij de bron; the import's rules (parseCount). */
const cellValue = z
  .string()
  .trim()
  .max(15, "Vul een geheel getal in, of . als de waarde geheim of onbekend is.")
  .superRefine((value, ctx) => {
    const parsed = parseCount(value);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: `${parsed.message.charAt(0).toUpperCase()}${parsed.message.slice(1)}.` });
  });

export const figureEntryCellInput = z.object({
  areaId: z.string().trim().min(1),
  measure: z.enum(FIGURE_MEASURES),
  breakdownKind: z.enum(BREAKDOWN_KINDS).default("NONE"),
  breakdownKey: z.enum(["", ...REPORTER_GROUPS, ...VIOLENCE_FORMS]).default(""),
  value: cellValue,
});
export type EntryCellInput = z.input<typeof figureEntryCellInput>;

/** "YYYY-MM-DD" from an `<input type="date">`, required. */
const deliveredAtField = z
  .string("Vul de datum van levering in.")
  .trim()
  .refine((v) => v !== "", { message: "Vul de datum van levering in." })
  .refine((v) => v === "" || parseIsoDate(v) !== null, { message: "Vul de datum van levering in als dag-maand-jaar, bijvoorbeeld 15-03-2022." })
  .transform((v) => parseIsoDate(v) as Date);

export const saveFiguresInput = z
  .object({
    scopeAreaId: z.string("Kies de gemeente.").trim().min(1, "Kies de gemeente."),
    year: yearField,
    half: halfField,
    source: requiredText(200, "Vul de bron in, bijvoorbeeld Veilig Thuis Zuid-Holland Zuid.", "De bron"),
    deliveredAt: deliveredAtField,
    provisional: z.boolean().default(false),
    note: optionalText(2000, "De toelichting"),
    /** The version the form started from (0: the period had no figures); a newer one means someone saved meanwhile. */
    startedFromVersion: z.coerce.number().int().min(0).max(MAX_INT4).default(0),
    /** Required when the period already has figures: the save becomes the next version. */
    confirmNewVersion: z.boolean().default(false),
    cells: z.array(figureEntryCellInput).min(1, "Vul ten minste één cijfer in.").max(1000, "Te veel cijfers in één keer."),
  })
  .superRefine((value, ctx) => {
    if (value.cells.every((c) => c.value === "")) {
      ctx.addIssue({ code: "custom", path: ["cells"], message: "Vul ten minste één cijfer in (of . als het geheim is bij de bron)." });
    }
  });
export type SaveFiguresInput = z.input<typeof saveFiguresInput>;
export type SaveFiguresValues = z.output<typeof saveFiguresInput>;

export const figureEntryFormInput = z.object({
  scopeAreaId: z.string().trim().optional(),
  /** "2021" or "2021-H1": start from that period's current values. */
  period: z
    .string()
    .trim()
    .regex(/^\d{4}(-H[12])?$/, "Onbekende periode.")
    .optional(),
});

export const figureDeliveriesInput = z.object({
  period: z.string("Kies een periode.").trim().regex(/^\d{4}(-H[12])?$/, "Onbekende periode."),
  scopeAreaId: z.string().trim().optional(),
});

export const figureDeliveryInput = z.object({ id: z.string("Onbekende levering.").trim().min(1, "Onbekende levering.") });

export const figureOverviewInput = z.object({}).optional();

export const setPopulationInput = z.object({
  areaId: z.string("Kies een gebied.").trim().min(1, "Kies een gebied."),
  year: yearField,
  children0to17: z
    .union([z.string(), z.number()], "Vul het aantal kinderen van 0 tot en met 17 jaar in.")
    .transform((v) => String(v).trim())
    .transform((v, ctx) => {
      const parsed = parseCount(v);
      if (parsed.ok && parsed.value.status === "VALUE" && parsed.value.value !== null) return parsed.value.value;
      const message = !parsed.ok
        ? `${parsed.message.charAt(0).toUpperCase()}${parsed.message.slice(1)}.`
        : parsed.value.status === "MISSING"
          ? "Vul het aantal kinderen van 0 tot en met 17 jaar in."
          : "Vul een geheel getal in, bijvoorbeeld 1.850.";
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }),
  source: optionalText(200, "De bron"),
});
export type SetPopulationInput = z.input<typeof setPopulationInput>;

export const figurePopulationsInput = z.object({ scopeAreaId: z.string().trim().optional() }).optional();
export type SetPopulationValues = z.output<typeof setPopulationInput>;

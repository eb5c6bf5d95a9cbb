import { parseIsoDate } from "../agreement/schemas.ts";
import { optionalText, requiredText } from "../organisation/field-formats.ts";
import { FIGURE_MEASURES, REPORTER_GROUPS, VIOLENCE_FORMS, type FigureMeasure, type ReporterGroup, type ViolenceForm } from "../vt-figures/import-types.ts";
import { z } from "../zod-dutch.ts";

/*
 * Import of Veilig Thuis figures (issue 6, docs/data-import.md "Veilig Thuis-cijfers"). The form on
 * /beheer/cijfers/import validates its fields with `figureImportDetails`; the file travels
 * base64-encoded in the same call, like the sociale-kaart import (docs/adr/0010-import-export.md).
 */

/** 10 MB: ten years × forty wijken × every breakdown is well under 1 MB; more is a mistake. */
export const FIGURE_IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const FIGURE_IMPORT_FILE_TYPES = [".csv", ".xlsx"] as const;
export const FIGURE_IMPORT_FORMATS = ["TEMPLATE", "CBS"] as const;
export type FigureImportFormatName = (typeof FIGURE_IMPORT_FORMATS)[number];
/** At most this many error messages are listed (the rest is counted). */
export const FIGURE_IMPORT_MAX_ERRORS = 50;

/**
 * Our template's fields (vt-figures/template.ts FIGURE_FIELDS, which this file cannot import: the
 * forms import this file and the template pulls in the spreadsheet library; a test keeps them equal).
 */
export const IMPORT_FIELDS = ["periode", "gebied", "maatregel", "uitsplitsing", "sleutel", "waarde", "status", "voorlopig"] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export type MappingTarget =
  | { kind: "field"; field: ImportField }
  | { kind: "measure"; measure: FigureMeasure; breakdownKey: ReporterGroup | ViolenceForm | null }
  | { kind: "ignore" };

/** The choices of the mapping step, in order: our fields, the measures (reports of child abuse also per reporter and per form), nothing. */
export const MAPPING_TARGETS: readonly MappingTarget[] = [
  ...IMPORT_FIELDS.map((field) => ({ kind: "field" as const, field })),
  ...FIGURE_MEASURES.map((measure) => ({ kind: "measure" as const, measure, breakdownKey: null })),
  ...[...REPORTER_GROUPS, ...VIOLENCE_FORMS].map((breakdownKey) => ({ kind: "measure" as const, measure: "CHILD_REPORTS" as const, breakdownKey })),
  { kind: "ignore" },
];

/** A target as the value of a select option: "field:periode", "measure:CHILD_REPORTS:POLITIE", "ignore". */
export function mappingTargetValue(target: MappingTarget): string {
  if (target.kind === "field") return `field:${target.field}`;
  if (target.kind === "measure") return `measure:${target.measure}${target.breakdownKey ? `:${target.breakdownKey}` : ""}`;
  return "ignore";
}

export function mappingTargetOf(value: string): MappingTarget {
  return MAPPING_TARGETS.find((target) => mappingTargetValue(target) === value) ?? { kind: "ignore" };
}

const MAX_BASE64_LENGTH = Math.ceil(FIGURE_IMPORT_MAX_BYTES / 3) * 4;

/** "YYYY-MM-DD" from an `<input type="date">`, required, not in the future. */
const deliveredAtField = z
  .string("Vul de datum van levering in.")
  .trim()
  .refine((v) => v !== "", { message: "Vul de datum van levering in." })
  .refine((v) => v === "" || parseIsoDate(v) !== null, { message: "Vul de datum van levering in als dag-maand-jaar, bijvoorbeeld 15-03-2022." })
  // A day's leeway: "today" in Amsterdam can be tomorrow in UTC.
  .refine((v) => v === "" || parseIsoDate(v) === null || v <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10), { message: "De datum van levering kan niet in de toekomst liggen." })
  .transform((v) => parseIsoDate(v) as Date);

/** The fields of the import form (without the file). */
export const figureImportDetails = z.object({
  format: z.enum(FIGURE_IMPORT_FORMATS, "Kies het soort bestand: het sjabloon van het portaal of een CBS StatLine-download."),
  source: requiredText(200, "Vul de bron in, bijvoorbeeld CBS StatLine 84849NED of Veilig Thuis Zuid-Holland Zuid.", "De bron"),
  deliveredAt: deliveredAtField,
  note: optionalText(2000, "De toelichting"),
  /** Rows of areas the portal does not know (other municipalities in a CBS table) are skipped and listed instead of refused. */
  skipUnknownAreas: z.boolean().default(false),
});
export type FigureImportDetails = z.input<typeof figureImportDetails>;

const columnTarget = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("field"), field: z.enum(IMPORT_FIELDS) }),
  z.object({ kind: z.literal("measure"), measure: z.enum(FIGURE_MEASURES), breakdownKey: z.enum([...REPORTER_GROUPS, ...VIOLENCE_FORMS]).nullable() }),
  z.object({ kind: z.literal("ignore") }),
]);
export type ColumnTargetInput = z.input<typeof columnTarget>;

/** A column mapping the coordinator confirmed (or changed) in the mapping step. */
export const columnMappingInput = z.object({
  fingerprint: z.string().trim().min(1).max(100),
  columns: z.array(z.object({ header: z.string().max(500), target: columnTarget })).min(1).max(500),
});

export const figureImportInput = figureImportDetails.extend({
  fileName: z
    .string("Kies een bestand.")
    .trim()
    .min(1, "Kies een bestand.")
    .max(200, "De bestandsnaam is te lang.")
    .refine((name) => FIGURE_IMPORT_FILE_TYPES.some((ext) => name.toLowerCase().endsWith(ext)), {
      message: "Kies een CSV-bestand (.csv) of een Excel-bestand (.xlsx).",
    }),
  contentBase64: z
    .string("Kies een bestand.")
    .min(1, "Het bestand is leeg.")
    .max(MAX_BASE64_LENGTH, `Het bestand is groter dan ${FIGURE_IMPORT_MAX_BYTES / 1024 / 1024} MB. Splits het in kleinere bestanden.`),
  mapping: columnMappingInput.optional(),
});
export type FigureImportInput = z.input<typeof figureImportInput>;
export type FigureImportValues = z.output<typeof figureImportInput>;

export const figureImportCommitInput = figureImportInput.extend({
  /** Required when a period already has figures: the import becomes the next version of it. */
  confirmNewVersion: z.boolean().default(false),
});
export type FigureImportCommitInput = z.input<typeof figureImportCommitInput>;

export const figureTemplateInput = z.object({ format: z.enum(["csv", "xlsx"], "Kies het formaat csv of xlsx.") });

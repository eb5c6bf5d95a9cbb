import type { AgreementKind, AgreementStatus, ClauseCoverage, MunicipalityRole } from "@kk/db";
import { optionalText, recordId, requiredText, version } from "../organisation/field-formats.ts";
import { municipalityCode, municipalityCodes } from "../organisation/working-area-schemas.ts";
import { z } from "../zod-dutch.ts";
import { CLAUSE_KEYS } from "./clause-catalogue.ts";

export const AGREEMENT_KINDS = ["CONVENANT", "SAMENWERKINGSAFSPRAAK", "PROTOCOL", "WERKAFSPRAAK"] as const satisfies readonly AgreementKind[];
export const AGREEMENT_STATUSES = ["CONCEPT", "IN_BESPREKING", "ACTIEF", "VERLOPEN", "BEEINDIGD"] as const satisfies readonly AgreementStatus[];
export const MUNICIPALITY_ROLES = ["PARTIJ", "FACILITATOR", "GEEN"] as const satisfies readonly MunicipalityRole[];
export const CLAUSE_COVERAGES = ["COVERED", "NOT_COVERED", "NOT_APPLICABLE"] as const satisfies readonly ClauseCoverage[];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-03-01" as a calendar date (UTC midnight, the @db.Date columns); "" is none. */
export function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? date : null;
}

/**
 * The reactietermijn: working days within which a party answers an information request, from a
 * text field ("" = none: the toolKID's five working days apply, docs/convenanten.md). 1–60.
 */
export const responseWorkingDays = z
  .union([z.number(), z.string().trim(), z.null()])
  .optional()
  .transform((v) => (v === undefined || v === null || v === "" ? null : typeof v === "number" ? v : /^\d+$/.test(v) ? Number(v) : Number.NaN))
  .pipe(
    z
      .number("Vul de reactietermijn in als een heel aantal werkdagen, bijvoorbeeld 5.")
      .int("Vul de reactietermijn in als een heel aantal werkdagen, bijvoorbeeld 5.")
      .min(1, "De reactietermijn is ten minste 1 werkdag.")
      .max(60, "De reactietermijn is hoogstens 60 werkdagen.")
      .nullable(),
  );

/** A date from an `<input type="date">`: "YYYY-MM-DD" or "" (none). Output: Date or null. */
function dateField(label: string) {
  return z
    .string()
    .trim()
    .default("")
    .refine((v) => v === "" || parseIsoDate(v) !== null, { message: `Vul ${label} in als dag-maand-jaar, bijvoorbeeld 01-03-2026.` })
    .transform((v) => (v === "" ? null : parseIsoDate(v)));
}

export const agreementPartyInput = z.object({
  organisationId: z.string("Kies een organisatie.").trim().min(1, "Kies een organisatie."),
  signatoryName: optionalText(120, "De naam van de ondertekenaar"),
  signatoryFunction: optionalText(120, "De functie van de ondertekenaar"),
  signedAt: dateField("de datum van ondertekening"),
});

/** One line of the checklist; `coverage` null (or "") = not assessed, nothing is stored for it. */
export const agreementClauseInput = z.object({
  clauseKey: z.enum(CLAUSE_KEYS as [string, ...string[]], "Onbekende bepaling."),
  coverage: z
    .enum([...CLAUSE_COVERAGES, ""], "Kies gedekt, niet gedekt of niet van toepassing.")
    .nullish()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  reference: optionalText(500, "De verwijzing naar het artikel"),
});

const agreementFields = {
  title: requiredText(200, "Vul de titel van de afspraak in.", "De titel"),
  kind: z.enum(AGREEMENT_KINDS, "Kies het soort afspraak."),
  purpose: optionalText(2000, "Het doel"),
  scope: optionalText(2000, "De reikwijdte"),
  legalBasisNotes: optionalText(2000, "De toelichting op de wettelijke grondslag"),
  startDate: dateField("de ingangsdatum"),
  endDate: dateField("de einddatum"),
  reviewDate: dateField("de evaluatiedatum"),
  municipalityRole: z.enum(MUNICIPALITY_ROLES, "Kies de rol van de gemeente.").default("FACILITATOR"),
  coversInformationExchange: z.boolean().default(true),
  responseWorkingDays,
  /** A coordinator; on create empty means the person creating it. */
  ownerId: z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  /**
   * Geldt voor (issue 18): the whole region, or the municipalities in `municipalityCodes` (at least
   * one). Left out: on create the actor's municipality (else the region), on update unchanged.
   */
  regionWide: z.boolean().optional(),
  municipalityCodes: municipalityCodes.optional(),
  parties: z.array(agreementPartyInput).min(1, "Voeg ten minste één partij toe.").max(50, "Een afspraak heeft hoogstens 50 partijen."),
  clauses: z.array(agreementClauseInput).default([]),
};

interface DateFields {
  regionWide?: boolean | undefined;
  municipalityCodes?: string[] | undefined;
  startDate: Date | null;
  endDate: Date | null;
  reviewDate: Date | null;
  clauses: ReadonlyArray<{ clauseKey: string }>;
}

export const AGREEMENT_SCOPE_MISSING = "Kies de gemeenten waarvoor de afspraak geldt, of ‘Hele regio’.";

/** Rules between fields (docs/convenanten.md, "Validatie"). */
function checkDates(value: DateFields, ctx: z.RefinementCtx): void {
  const { startDate, endDate, reviewDate } = value;
  if (startDate && endDate && endDate < startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "De einddatum ligt vóór de ingangsdatum. Kies een einddatum op of na de ingangsdatum." });
  }
  if (startDate && reviewDate && reviewDate < startDate) {
    ctx.addIssue({ code: "custom", path: ["reviewDate"], message: "De evaluatiedatum ligt vóór de ingangsdatum. Kies een evaluatiedatum na de ingangsdatum." });
  }
  if (endDate && reviewDate && reviewDate > endDate) {
    ctx.addIssue({ code: "custom", path: ["reviewDate"], message: "De evaluatiedatum ligt na de einddatum. Evalueer de afspraak voordat die afloopt." });
  }
  if (value.regionWide === false && (value.municipalityCodes ?? []).length === 0) {
    ctx.addIssue({ code: "custom", path: ["municipalityCodes"], message: AGREEMENT_SCOPE_MISSING });
  }
  const seen = new Set<string>();
  value.clauses.forEach((clause, index) => {
    if (seen.has(clause.clauseKey)) {
      ctx.addIssue({ code: "custom", path: ["clauses", index, "clauseKey"], message: "Deze bepaling staat twee keer in de lijst." });
    }
    seen.add(clause.clauseKey);
  });
}

export const createAgreementInput = z.object(agreementFields).superRefine(checkDates);
export type CreateAgreementInput = z.input<typeof createAgreementInput>;
export type CreateAgreementValues = z.output<typeof createAgreementInput>;

/** Saves the whole form: fields, parties and checklist replace what was stored, in one transaction. */
export const updateAgreementInput = z.object({ id: recordId, version, ...agreementFields }).superRefine(checkDates);
export type UpdateAgreementInput = z.input<typeof updateAgreementInput>;

export const transitionAgreementInput = z.object({
  id: recordId,
  version,
  to: z.enum(AGREEMENT_STATUSES, "Kies de nieuwe status."),
});
export type TransitionAgreementInput = z.input<typeof transitionAgreementInput>;

export const agreementIdInput = z.object({ id: recordId });

/** A value or list from a GET form (?status=ACTIEF&status=CONCEPT). */
function listOf<T extends string>(values: readonly [T, ...T[]], message: string) {
  return z
    .union([z.enum(values, message), z.array(z.enum(values, message))])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));
}

export const listAgreementsInput = z
  .object({
    status: listOf(AGREEMENT_STATUSES, "Onbekende status."),
    kind: listOf(AGREEMENT_KINDS, "Onbekend soort afspraak."),
    /** A party to the agreement. */
    organisationId: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v === "" ? undefined : v)),
    /** End or review date from today up to this many days ahead. */
    lapsesWithinDays: z.coerce
      .number("Vul een aantal dagen in.")
      .int("Vul een heel aantal dagen in.")
      .min(1, "Vul ten minste 1 dag in.")
      .max(3650, "Vul hoogstens 3650 dagen in.")
      .optional(),
    q: z
      .string()
      .trim()
      .max(200, "Zoek met hoogstens 200 tekens.")
      .optional()
      .transform((v) => (v === "" ? undefined : v)),
    /** Geldt voor (issue 18): agreements that apply in this municipality, region-wide ones included. */
    municipality: z
      .union([z.literal(""), municipalityCode])
      .optional()
      .transform((v) => (v === "" ? undefined : v)),
  })
  .default({ status: [], kind: [], organisationId: undefined, q: undefined, municipality: undefined });
export type ListAgreementsInput = z.input<typeof listAgreementsInput>;

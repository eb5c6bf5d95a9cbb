import type { MeetingStatus, MeetingType, PlanTheme, Sector } from "@kk/db";
import { SECTORS } from "../directory/schemas.ts";
import { optionalText, recordId, requiredText, version } from "../organisation/field-formats.ts";
import { municipalityCode } from "../organisation/working-area-schemas.ts";
import { z } from "../zod-dutch.ts";
import { fromAmsterdamLocal } from "./amsterdam-time.ts";

export const MEETING_TYPES = ["WERKATELIER", "NETWERKBIJEENKOMST", "EXPERTMEETING", "TRAINING", "SYMPOSIUM"] as const satisfies readonly MeetingType[];
export const PLAN_THEMES = ["PREVENTIE", "SIGNALEREN_EN_HANDELEN", "SAMENWERKEN", "INFORMATIE_DELEN_EN_PRIVACY"] as const satisfies readonly PlanTheme[];
export const MEETING_STATUSES = ["GEPLAND", "GEANNULEERD", "AFGEROND"] as const satisfies readonly MeetingStatus[];
export const MEETING_SECTORS = SECTORS;

export const MAX_MEETING_CAPACITY = 1000;

/** A datetime-local value ("2026-12-03T13:30") in Amsterdam time; output: the UTC instant. */
function amsterdamDateTime(missing: string, label: string) {
  return z
    .string(missing)
    .trim()
    .min(1, missing)
    .refine((v) => fromAmsterdamLocal(v) !== null, {
      message: `Vul ${label} in als dag-maand-jaar en tijd, bijvoorbeeld 03-12-2026 13:30. Tijdstippen in het uur dat wegvalt bij de overgang naar zomertijd bestaan niet.`,
    })
    .transform((v) => fromAmsterdamLocal(v)!);
}

/** Optional datetime-local; "" is none. */
function optionalAmsterdamDateTime(label: string) {
  return z
    .string()
    .trim()
    .default("")
    .refine((v) => v === "" || fromAmsterdamLocal(v) !== null, {
      message: `Vul ${label} in als dag-maand-jaar en tijd, bijvoorbeeld 01-12-2026 17:00.`,
    })
    .transform((v) => (v === "" ? null : fromAmsterdamLocal(v)));
}

/** A whole number typed in a form field (string) or sent by the API (number). */
function wholeNumber(missing: string, min: number, max: number, range: string) {
  return z
    .union([z.number(), z.string().trim()], missing)
    .transform((v) => (v === "" ? Number.NaN : Number(v)))
    .pipe(z.number(missing).refine((n) => !Number.isNaN(n), missing).pipe(z.number().int(range).min(min, range).max(max, range)));
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** Places wanted for one sector; empty or 0 is no target (the form lists every sector). */
export const meetingSectorTargetInput = z.object({
  sector: z.enum(MEETING_SECTORS, "Kies een sector."),
  places: z
    .union([z.number(), z.string().trim()], "Vul het aantal plaatsen voor deze sector in.")
    .transform((v) => (v === "" ? 0 : Number(v)))
    .pipe(
      z
        .number()
        .int(`Vul voor een sector een heel aantal plaatsen in, 0 tot en met ${MAX_MEETING_CAPACITY}.`)
        .min(0, `Vul voor een sector 0 tot en met ${MAX_MEETING_CAPACITY} plaatsen in.`)
        .max(MAX_MEETING_CAPACITY, `Vul voor een sector 0 tot en met ${MAX_MEETING_CAPACITY} plaatsen in.`),
    ),
});

const meetingFields = {
  title: requiredText(200, "Vul de titel van de bijeenkomst in.", "De titel"),
  type: z.enum(MEETING_TYPES, "Kies het soort bijeenkomst."),
  theme: z.enum(PLAN_THEMES, "Kies het thema uit het plan."),
  description: optionalText(5000, "De beschrijving"),
  startsAt: amsterdamDateTime("Vul de begintijd in.", "de begintijd"),
  endsAt: amsterdamDateTime("Vul de eindtijd in.", "de eindtijd"),
  location: optionalText(300, "De locatie"),
  onlineUrl: z
    .string()
    .trim()
    .max(500, "De link voor online deelname heeft hoogstens 500 tekens.")
    .default("")
    .refine((v) => v === "" || isHttpsUrl(v), { message: "Vul een beveiligde link in die begint met https://, bijvoorbeeld https://meet.gemeente.nl/werkatelier." }),
  capacity: wholeNumber("Vul het aantal plaatsen in.", 1, MAX_MEETING_CAPACITY, `Vul 1 tot en met ${MAX_MEETING_CAPACITY} plaatsen in.`),
  registrationDeadline: optionalAmsterdamDateTime("de sluitingstijd voor aanmelden"),
  facilitators: optionalText(2000, "De begeleiders"),
  /**
   * Issue 18: the municipality of a local meeting; "" (stored as null) = regional, open to the
   * professionals of every municipality. Left out: on create the actor's municipality (else
   * regional), on update unchanged.
   */
  municipalityCode: z
    .union([z.literal(""), municipalityCode, z.null()])
    .optional()
    .transform((v) => (v === "" ? null : v)),
  sectorTargets: z
    .array(meetingSectorTargetInput)
    .max(MEETING_SECTORS.length, "Elke sector komt hoogstens één keer voor.")
    .default([])
    .transform((targets) => targets.filter((target) => target.places > 0)),
};

interface CrossFields {
  startsAt: Date;
  endsAt: Date;
  location: string;
  onlineUrl: string;
  capacity: number;
  registrationDeadline: Date | null;
  sectorTargets: ReadonlyArray<{ sector: Sector; places: number }>;
}

function isDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/**
 * Rules between fields (docs/werkateliers.md, "Validatie"). Zod also runs this when a field
 * itself failed (then its value is still the raw input), so every rule checks its inputs first.
 */
function checkMeeting(value: CrossFields, ctx: z.RefinementCtx): void {
  const timesValid = isDate(value.startsAt) && isDate(value.endsAt);
  if (timesValid && value.endsAt.getTime() <= value.startsAt.getTime()) {
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "De eindtijd ligt vóór of op de begintijd. Kies een eindtijd na de begintijd." });
  }
  if (value.location === "" && value.onlineUrl === "") {
    ctx.addIssue({ code: "custom", path: ["location"], message: "Vul een locatie of een link voor online deelname in (of allebei)." });
  }
  if (isDate(value.startsAt) && isDate(value.registrationDeadline) && value.registrationDeadline.getTime() >= value.startsAt.getTime()) {
    ctx.addIssue({
      code: "custom",
      path: ["registrationDeadline"],
      message: "Aanmelden moet sluiten vóór de bijeenkomst begint. Kies een sluitingstijd vóór de begintijd.",
    });
  }
  const seen = new Set<Sector>();
  let total = 0;
  if (!Array.isArray(value.sectorTargets)) return;
  value.sectorTargets.forEach((target, index) => {
    if (seen.has(target.sector)) {
      ctx.addIssue({ code: "custom", path: ["sectorTargets", index, "sector"], message: "Deze sector staat twee keer in de gewenste mix." });
    }
    seen.add(target.sector);
    total += typeof target.places === "number" && !Number.isNaN(target.places) ? target.places : 0;
  });
  if (typeof value.capacity === "number" && !Number.isNaN(value.capacity) && total > value.capacity) {
    ctx.addIssue({
      code: "custom",
      path: ["sectorTargets"],
      message: `De gewenste mix telt ${total} plaatsen, meer dan de ${value.capacity} plaatsen van de bijeenkomst. Verlaag de aantallen per sector of verhoog het aantal plaatsen.`,
    });
  }
}

export const createMeetingInput = z.object(meetingFields).superRefine(checkMeeting);
export type CreateMeetingInput = z.input<typeof createMeetingInput>;
export type CreateMeetingValues = z.output<typeof createMeetingInput>;

export const updateMeetingInput = z.object({ id: recordId, version, ...meetingFields }).superRefine(checkMeeting);
export type UpdateMeetingInput = z.input<typeof updateMeetingInput>;
export type UpdateMeetingValues = z.output<typeof updateMeetingInput>;

export const cancelMeetingInput = z.object({
  id: recordId,
  version,
  reason: requiredText(1000, "Vul de reden van de annulering in; die staat in de e-mail aan de aangemelde deelnemers.", "De reden"),
});
export type CancelMeetingInput = z.input<typeof cancelMeetingInput>;

export const completeMeetingInput = z.object({ id: recordId, version });
export type CompleteMeetingInput = z.input<typeof completeMeetingInput>;

export const meetingIdInput = z.object({ id: recordId });

/** The agenda filter value for "regional meetings only". */
export const REGIONAL_MEETINGS = "regionaal";

/** A value or list from a GET form (?type=WERKATELIER&type=TRAINING); unknown values are ignored. */
function listOf<T extends string>(values: readonly [T, ...T[]]) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((x): x is T => (values as readonly string[]).includes(x)));
}

export const listMeetingsInput = z
  .object({
    type: listOf(MEETING_TYPES),
    theme: listOf(PLAN_THEMES),
    /**
     * Issue 18: the meetings of this municipality and the regional ones ("regionaal": regional
     * ones only); absent or "": all.
     */
    municipality: z
      .union([z.literal(""), z.literal(REGIONAL_MEETINGS), municipalityCode])
      .optional()
      .transform((v) => (v === "" ? undefined : v)),
    /** "2026-12": only meetings starting in that Amsterdam month (the month calendar). */
    month: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v === "" ? undefined : v))
      .refine((v) => v === undefined || /^\d{4}-(0[1-9]|1[0-2])$/.test(v), { message: "Kies een maand als jaar-maand, bijvoorbeeld 2026-12." }),
  })
  .default({ type: [], theme: [], month: undefined, municipality: undefined });
export type ListMeetingsInput = z.input<typeof listMeetingsInput>;

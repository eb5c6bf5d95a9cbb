import type { MeetingActionStatus } from "@kk/db";
import { parseIsoDate } from "../agreement/schemas.ts";
import { identifierMessage } from "../meeting-case/identifiers.ts";
import { optionalText, recordId, requiredText, version } from "../organisation/field-formats.ts";
import { z } from "../zod-dutch.ts";

export const MEETING_ACTION_STATUSES = ["OPEN", "BEZIG", "AFGEROND"] as const satisfies readonly MeetingActionStatus[];

/** Notes and action texts follow the same rule as cases: nothing that identifies a family. */
function anonymousText<T extends z.ZodType<string>>(schema: T): T {
  return schema.superRefine((value, ctx) => {
    const message = identifierMessage(value);
    if (message) ctx.addIssue({ code: "custom", message });
  });
}

// ---- Knelpunten catalogue -------------------------------------------------------------------

export const createKnelpuntInput = z.object({
  title: requiredText(200, "Vul de naam van het knelpunt in.", "De naam"),
  description: optionalText(1000, "De omschrijving"),
  remedy: optionalText(2000, "De aanbevolen oplossing"),
});
export type CreateKnelpuntInput = z.input<typeof createKnelpuntInput>;

export const setKnelpuntActiveInput = z.object({ id: recordId, active: z.boolean("Kies actief of niet actief.") });

// ---- Per meeting: knelpunten discussed and actions ---------------------------------------------

export const meetingOutcomeInput = z.object({ meetingId: recordId });

/** One line per catalogue entry in the form: ticked when discussed, with an optional note. */
export const saveMeetingKnelpuntenInput = z
  .object({
    meetingId: recordId,
    items: z
      .array(
        z.object({
          knelpuntId: recordId,
          discussed: z.boolean().default(false),
          note: anonymousText(optionalText(1000, "De toelichting")),
        }),
      )
      .max(200, "Te veel knelpunten in één keer."),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.items.forEach((item, index) => {
      if (seen.has(item.knelpuntId)) ctx.addIssue({ code: "custom", path: ["items", index, "knelpuntId"], message: "Dit knelpunt staat twee keer in de lijst." });
      seen.add(item.knelpuntId);
      if (!item.discussed && item.note !== "") {
        ctx.addIssue({
          code: "custom",
          path: ["items", index, "note"],
          message: "Er staat een toelichting bij een knelpunt dat niet is aangevinkt. Vink het knelpunt aan of maak de toelichting leeg.",
        });
      }
    });
  });
export type SaveMeetingKnelpuntenInput = z.input<typeof saveMeetingKnelpuntenInput>;

const dueDate = z
  .string("Vul de uiterste datum in.")
  .trim()
  .min(1, "Vul de uiterste datum in.")
  .refine((v) => parseIsoDate(v) !== null, { message: "Vul de uiterste datum in als dag-maand-jaar, bijvoorbeeld 01-03-2027." })
  .transform((v) => parseIsoDate(v) as Date);

const actionFields = {
  description: anonymousText(requiredText(500, "Beschrijf de actie: wat gaat er gebeuren?", "De actie")),
  ownerName: requiredText(120, "Vul in wie de actie uitvoert (naam of organisatie).", "De eigenaar"),
  dueDate,
  status: z.enum(MEETING_ACTION_STATUSES, "Kies de status van de actie.").default("OPEN"),
  /** The knelpunt the action addresses; "" for none. */
  knelpuntId: z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v === "" || v === undefined ? null : v)),
};

export const createMeetingActionInput = z.object({ meetingId: recordId, ...actionFields });
export type CreateMeetingActionInput = z.input<typeof createMeetingActionInput>;

export const updateMeetingActionInput = z.object({ id: recordId, version, ...actionFields });
export type UpdateMeetingActionInput = z.input<typeof updateMeetingActionInput>;

export const setMeetingActionStatusInput = z.object({
  id: recordId,
  version,
  status: z.enum(MEETING_ACTION_STATUSES, "Kies de status van de actie."),
});
export type SetMeetingActionStatusInput = z.input<typeof setMeetingActionStatusInput>;

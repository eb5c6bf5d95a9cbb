import { optionalText, recordId, requiredText, version } from "../organisation/field-formats.ts";
import { z } from "../zod-dutch.ts";
import { identifierMessage } from "./identifiers.ts";

/** The text fields of a case: the title and the four steps of a werkatelier (domain.md, "Werkateliers"). */
export const CASE_TEXT_FIELDS = ["title", "positions", "facts", "weighing", "decision"] as const;
export type CaseTextField = (typeof CASE_TEXT_FIELDS)[number];

const caseFields = {
  title: requiredText(200, "Vul een titel in die de casus kort beschrijft.", "De titel"),
  positions: optionalText(5000, "Stap 1 (posities)"),
  facts: optionalText(5000, "Stap 2 (feiten)"),
  weighing: optionalText(5000, "Stap 3 (afwegen)"),
  decision: optionalText(5000, "Stap 4 (besluit)"),
};

/** Refuses obvious identifiers (BSN-like numbers, dates, postcodes, e-mail, phone) per field. */
function refuseIdentifiers(value: Record<CaseTextField, string>, ctx: z.RefinementCtx): void {
  for (const field of CASE_TEXT_FIELDS) {
    const message = identifierMessage(value[field]);
    if (message) ctx.addIssue({ code: "custom", path: [field], message });
  }
  if (!value.positions && !value.facts && !value.weighing && !value.decision) {
    ctx.addIssue({ code: "custom", path: ["facts"], message: "Beschrijf ten minste één van de vier stappen, bijvoorbeeld de feiten." });
  }
}

export const createMeetingCaseInput = z.object({ meetingId: recordId, ...caseFields }).superRefine(refuseIdentifiers);
export type CreateMeetingCaseInput = z.input<typeof createMeetingCaseInput>;

export const updateMeetingCaseInput = z.object({ id: recordId, version, ...caseFields }).superRefine(refuseIdentifiers);
export type UpdateMeetingCaseInput = z.input<typeof updateMeetingCaseInput>;

export const meetingCaseIdInput = z.object({ id: recordId });
export const meetingCasesInput = z.object({ meetingId: recordId });
export const deleteMeetingCaseInput = z.object({ id: recordId, version });

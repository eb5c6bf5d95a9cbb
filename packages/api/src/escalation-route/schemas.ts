import { optionalId, optionalText, recordId, requiredText, version } from "../organisation/field-formats.ts";
import { z } from "../zod-dutch.ts";

export const MAX_ESCALATION_STEPS = 10;

export const escalationStepInput = z.object({
  label: requiredText(120, "Vul in wie of wat deze stap is, bijvoorbeeld leidinggevende.", "De stap"),
  contactId: optionalId,
  whenToUse: optionalText(500, "Wanneer u deze stap gebruikt"),
  responseTime: optionalText(120, "De reactietijd"),
});

/** The whole route at once: the steps in order (position 1..n), replacing what was there. */
export const replaceEscalationRouteInput = z.object({
  organisationId: recordId,
  /** The organisation's version: two people editing the route at once conflict. */
  version,
  steps: z.array(escalationStepInput).max(MAX_ESCALATION_STEPS, `Een escalatieroute heeft hoogstens ${MAX_ESCALATION_STEPS} stappen.`),
});
export type ReplaceEscalationRouteInput = z.input<typeof replaceEscalationRouteInput>;

import { z } from "../zod-dutch.ts";

/** An organisation id from the URL (?van=&aan=); empty or absent means none. */
const optionalOrganisationId = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((v) => (v === "" ? undefined : v));

/** Only the two organisation ids: nothing the professional types about a case is ever sent. */
export const answerDateInput = z.object({ fromOrganisationId: optionalOrganisationId, toOrganisationId: optionalOrganisationId });
export type AnswerDateInput = z.input<typeof answerDateInput>;
export type AnswerDateValues = z.output<typeof answerDateInput>;

import { storableDate } from "../organisation/field-formats.ts";
import { z } from "../zod-dutch.ts";
import { STALE_AFTER_MONTHS_RANGE } from "./staleness.ts";

const { min, max } = STALE_AFTER_MONTHS_RANGE;
const rangeMessage = `Vul een heel aantal maanden in van ${min} tot en met ${max}.`;

export const setStaleAfterMonthsInput = z.object({
  months: z.coerce
    .number(rangeMessage)
    .int(rangeMessage)
    .min(min, rangeMessage)
    .max(max, rangeMessage),
  /** The setting's updatedAt as read (null: not set yet); see set-stale-after-months.ts. */
  expectedUpdatedAt: storableDate.nullable(),
});
export type SetStaleAfterMonthsInput = z.input<typeof setStaleAfterMonthsInput>;

import { storableDate } from "../organisation/field-formats.ts";
import { z } from "../zod-dutch.ts";
import { REMINDER_DAYS_RANGE } from "./reminder-days.ts";

const { min, max } = REMINDER_DAYS_RANGE;
const rangeMessage = `Vul een heel aantal dagen in van ${min} tot en met ${max}.`;
const days = z.coerce.number(rangeMessage).int(rangeMessage).min(min, rangeMessage).max(max, rangeMessage);

export const setReminderDaysInput = z.object({
  beforeEnd: days,
  beforeReview: days,
  /** The settings' updatedAt as read (null: defaults apply); see set-reminder-days.ts. */
  expectedUpdatedAt: storableDate.nullable(),
});
export type SetReminderDaysInput = z.input<typeof setReminderDaysInput>;

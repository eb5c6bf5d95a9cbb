import { storableDate } from "../organisation/field-formats.ts";
import { z } from "../zod-dutch.ts";
import { MEETING_REMINDER_DAYS_RANGE as REMINDER, MEETING_RETENTION_YEARS_RANGE as RETENTION } from "./limits.ts";

const reminderMessage = `Vul een heel aantal dagen in van ${REMINDER.min} tot en met ${REMINDER.max}.`;
const retentionMessage = `Vul een heel aantal jaren in van ${RETENTION.min} tot en met ${RETENTION.max}.`;

export const setMeetingJobSettingsInput = z.object({
  reminderDaysBefore: z.coerce.number(reminderMessage).int(reminderMessage).min(REMINDER.min, reminderMessage).max(REMINDER.max, reminderMessage),
  retentionYears: z.coerce.number(retentionMessage).int(retentionMessage).min(RETENTION.min, retentionMessage).max(RETENTION.max, retentionMessage),
  /** The settings' updatedAt as read (null: defaults apply). */
  expectedUpdatedAt: storableDate.nullable(),
});
export type SetMeetingJobSettingsInput = z.input<typeof setMeetingJobSettingsInput>;
export { DEFAULT_MEETING_REMINDER_DAYS, DEFAULT_MEETING_RETENTION_YEARS, MEETING_REMINDER_DAYS_RANGE, MEETING_RETENTION_YEARS_RANGE } from "./limits.ts";

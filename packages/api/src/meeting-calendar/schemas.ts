import { recordId } from "../organisation/field-formats.ts";
import { z } from "../zod-dutch.ts";

export const meetingIcsInput = z.object({ meetingId: recordId });
export type MeetingIcsInput = z.input<typeof meetingIcsInput>;

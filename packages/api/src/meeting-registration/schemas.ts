import type { RegistrationStatus } from "@kk/db";
import { SECTORS } from "../directory/schemas.ts";
import { optionalText, recordId } from "../organisation/field-formats.ts";
import { z } from "../zod-dutch.ts";

// Literal lists (type-checked against the schema's enums): the web imports this module in client components.
export const REGISTRATION_STATUSES = ["AANGEMELD", "WACHTLIJST", "AFGEMELD", "AANWEZIG", "AFWEZIG"] as const satisfies readonly RegistrationStatus[];
export const ATTENDANCE_STATUSES = ["AANWEZIG", "AFWEZIG"] as const satisfies readonly RegistrationStatus[];
/** Statuses that take a place at the meeting (the capacity counts these). */
export const PLACE_TAKING_STATUSES = ["AANGEMELD", "AANWEZIG"] as const satisfies readonly RegistrationStatus[];
/** Statuses the attendance list shows and the coordinator can mark. */
export const ATTENDANCE_LIST_STATUSES = ["AANGEMELD", "AANWEZIG", "AFWEZIG"] as const satisfies readonly RegistrationStatus[];

export const REGISTRATION_REMARK_MAX = 300;

export const registrationMeetingInput = z.object({ meetingId: recordId });

export const registerForMeetingInput = z.object({
  meetingId: recordId,
  /** Dietary or accessibility need; never anything about clients. */
  remark: optionalText(REGISTRATION_REMARK_MAX, "De opmerking"),
  /** Only for users without an organisation: the sector they work in. "" = not chosen. */
  sector: z.enum([...SECTORS, ""], "Kies de sector waarin u werkt.").default(""),
});
export type RegisterForMeetingInput = z.input<typeof registerForMeetingInput>;

export const markAttendanceInput = z.object({
  meetingId: recordId,
  marks: z
    .array(z.object({ registrationId: recordId, status: z.enum(ATTENDANCE_STATUSES, "Kies aanwezig of afwezig.") }))
    .min(1, "Kies bij minstens één deelnemer aanwezig of afwezig.")
    .max(1000),
});
export type MarkAttendanceInput = z.input<typeof markAttendanceInput>;

export const PARTICIPANT_EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ParticipantExportFormat = (typeof PARTICIPANT_EXPORT_FORMATS)[number];

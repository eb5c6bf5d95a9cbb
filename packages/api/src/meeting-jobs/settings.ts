import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { staleVersion } from "../errors.ts";
import {
  DEFAULT_MEETING_REMINDER_DAYS,
  DEFAULT_MEETING_RETENTION_YEARS,
  MEETING_REMINDER_DAYS_RANGE,
  MEETING_RETENTION_YEARS_RANGE,
} from "./limits.ts";
import type { setMeetingJobSettingsInput } from "./schemas.ts";

/**
 * The two werkateliers settings for the daily jobs, stored in the Setting table like the
 * agreement reminder days (agreement-reminders/reminder-days.ts): how many days before a
 * meeting the registered get a reminder, and after how many years the registrations of a past
 * meeting are reduced to counts per organisation and sector.
 */
export const MEETING_REMINDER_DAYS_SETTING = "meetings.reminderDaysBefore";
export const MEETING_RETENTION_YEARS_SETTING = "meetings.retentionYears";

export interface MeetingJobSettings {
  reminderDaysBefore: number;
  retentionYears: number;
  /** When either setting was last changed (null: both defaults); the version for the form. */
  updatedAt: Date | null;
}

function within(range: { min: number; max: number }) {
  return (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= range.min && value <= range.max;
}

/** The coordinator's settings, or the defaults when absent or out of range. */
export async function getMeetingJobSettings(db: Pick<Db, "setting">): Promise<MeetingJobSettings> {
  const rows = await db.setting.findMany({ where: { key: { in: [MEETING_REMINDER_DAYS_SETTING, MEETING_RETENTION_YEARS_SETTING] } } });
  const reminder = rows.find((row) => row.key === MEETING_REMINDER_DAYS_SETTING)?.value;
  const retention = rows.find((row) => row.key === MEETING_RETENTION_YEARS_SETTING)?.value;
  return {
    reminderDaysBefore: within(MEETING_REMINDER_DAYS_RANGE)(reminder) ? reminder : DEFAULT_MEETING_REMINDER_DAYS,
    retentionYears: within(MEETING_RETENTION_YEARS_RANGE)(retention) ? retention : DEFAULT_MEETING_RETENTION_YEARS,
    updatedAt: rows.map((row) => row.updatedAt).sort((x, y) => y.getTime() - x.getTime())[0] ?? null,
  };
}

/**
 * Changes both settings at once; the newest updatedAt is the version the form sends back, and an
 * advisory lock makes the second of two simultaneous saves see the first (conflict message).
 */
export async function setMeetingJobSettings(
  db: Db,
  actor: SessionUser,
  input: z.output<typeof setMeetingJobSettingsInput>,
): Promise<MeetingJobSettings> {
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('meetings.jobSettings'))`;
    const before = await getMeetingJobSettings(tx);
    if ((before.updatedAt?.getTime() ?? null) !== (input.expectedUpdatedAt?.getTime() ?? null)) throw staleVersion();
    for (const [key, value] of [
      [MEETING_REMINDER_DAYS_SETTING, input.reminderDaysBefore],
      [MEETING_RETENTION_YEARS_SETTING, input.retentionYears],
    ] as const) {
      await tx.setting.upsert({ where: { key }, create: { key, value, updatedById: actor.id }, update: { value, updatedById: actor.id } });
    }
    await recordAudit(tx, actor, {
      action: "setting.update",
      entityType: "Setting",
      entityId: "meetings.jobSettings",
      before: { reminderDaysBefore: before.reminderDaysBefore, retentionYears: before.retentionYears },
      after: { reminderDaysBefore: input.reminderDaysBefore, retentionYears: input.retentionYears },
    });
  });
  return getMeetingJobSettings(db);
}

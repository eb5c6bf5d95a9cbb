import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { staleVersion } from "../errors.ts";
import {
  getReminderDays,
  REMINDER_DAYS_BEFORE_END_SETTING,
  REMINDER_DAYS_BEFORE_REVIEW_SETTING,
  type ReminderDays,
} from "./reminder-days.ts";
import type { setReminderDaysInput } from "./schemas.ts";

/**
 * Changes both reminder settings at once. Like "freshness.staleAfterMonths" the Setting rows
 * have no version column: the newest updatedAt of the two is the version the form sends back
 * (null while both defaults apply). An advisory lock serialises two coordinators saving at the
 * same moment; the second one sees a newer updatedAt and gets the conflict message.
 */
export async function setReminderDays(db: Db, actor: SessionUser, input: z.output<typeof setReminderDaysInput>): Promise<ReminderDays> {
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('agreements.reminderDays'))`;
    const before = await getReminderDays(tx);
    const expected = input.expectedUpdatedAt?.getTime() ?? null;
    if ((before.updatedAt?.getTime() ?? null) !== expected) throw staleVersion();
    for (const [key, value] of [
      [REMINDER_DAYS_BEFORE_END_SETTING, input.beforeEnd],
      [REMINDER_DAYS_BEFORE_REVIEW_SETTING, input.beforeReview],
    ] as const) {
      await tx.setting.upsert({ where: { key }, create: { key, value, updatedById: actor.id }, update: { value, updatedById: actor.id } });
    }
    await recordAudit(tx, actor, {
      action: "setting.update",
      entityType: "Setting",
      entityId: "agreements.reminderDays",
      before: { beforeEnd: before.beforeEnd, beforeReview: before.beforeReview },
      after: { beforeEnd: input.beforeEnd, beforeReview: input.beforeReview },
    });
  });
  return getReminderDays(db);
}

import { ENDED_SESSION_RETENTION_DAYS } from "@kk/auth/user-sessions";
import type { Db } from "@kk/db";
import { recordAudit } from "../audit/record-audit.ts";

/*
 * Data the portal needs only for a while (issue 14, finding 5), removed by the daily job
 * "retention.purge" (packages/jobs):
 * - OutboxMessage: the stored copy of every e-mail (recipients, text), after N days (setting
 *   "outbox.retentionDays", default 90);
 * - SignInAttempt: the rate limiter's rows, once well past its window (a day; the limiter looks
 *   back 15 minutes; "wachtwoord vergeten" an hour);
 * - PasswordResetToken: reset links (only their hashes) a day after they expired (issue 14, part L);
 * - UserSession: sessions that ended (revoked, past their absolute end, or idle) more than 30 days
 *   ago; until then they show who was signed in when.
 * The run is audited with counts only.
 */

export const OUTBOX_RETENTION_DAYS_SETTING = "outbox.retentionDays";
export const DEFAULT_OUTBOX_RETENTION_DAYS = 90;
export const OUTBOX_RETENTION_DAYS_RANGE = { min: 7, max: 3650 } as const;
/** Longer than any sign-in throttling window, so the limiter always sees the attempts it counts. */
export const SIGN_IN_ATTEMPT_RETENTION_MS = 24 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PurgeRun {
  outboxRetentionDays: number;
  outboxCutoff: Date;
  outboxRemoved: number;
  signInAttemptCutoff: Date;
  signInAttemptsRemoved: number;
  passwordResetTokensRemoved: number;
  sessionCutoff: Date;
  sessionsRemoved: number;
}

/** The outbox retention in days: the setting when it is a whole number in range, else the default. */
export async function outboxRetentionDays(db: Pick<Db, "setting">): Promise<number> {
  const value = (await db.setting.findUnique({ where: { key: OUTBOX_RETENTION_DAYS_SETTING } }))?.value;
  return typeof value === "number" && Number.isInteger(value) && value >= OUTBOX_RETENTION_DAYS_RANGE.min && value <= OUTBOX_RETENTION_DAYS_RANGE.max
    ? value
    : DEFAULT_OUTBOX_RETENTION_DAYS;
}

/** Removes outbox messages created before now − N days, sign-in attempts older than a day and sessions ended over 30 days ago. Idempotent. */
export async function purgeExpiredData(db: Db, now: Date): Promise<PurgeRun> {
  const days = await outboxRetentionDays(db);
  const outboxCutoff = new Date(now.getTime() - days * DAY_MS);
  const signInAttemptCutoff = new Date(now.getTime() - SIGN_IN_ATTEMPT_RETENTION_MS);
  const sessionCutoff = new Date(now.getTime() - ENDED_SESSION_RETENTION_DAYS * DAY_MS);
  return db.$transaction(async (tx) => {
    const outbox = await tx.outboxMessage.deleteMany({ where: { createdAt: { lt: outboxCutoff } } });
    const attempts = await tx.signInAttempt.deleteMany({ where: { at: { lt: signInAttemptCutoff } } });
    const resetTokens = await tx.passwordResetToken.deleteMany({ where: { expiresAt: { lt: signInAttemptCutoff } } });
    // Every way a session ends lies before the cutoff: revoked, its absolute end, or its last use
    // (an idle session ended at most 4 hours after it, far less than 30 days).
    const sessions = await tx.userSession.deleteMany({
      where: { OR: [{ revokedAt: { lt: sessionCutoff } }, { expiresAt: { lt: sessionCutoff } }, { lastSeenAt: { lt: sessionCutoff } }] },
    });
    const run: PurgeRun = {
      outboxRetentionDays: days,
      outboxCutoff,
      outboxRemoved: outbox.count,
      signInAttemptCutoff,
      signInAttemptsRemoved: attempts.count,
      passwordResetTokensRemoved: resetTokens.count,
      sessionCutoff,
      sessionsRemoved: sessions.count,
    };
    if (outbox.count > 0 || attempts.count > 0 || resetTokens.count > 0 || sessions.count > 0) {
      await recordAudit(tx, null, { action: "retention.purge", entityType: "RetentionRun", entityId: now.toISOString().slice(0, 10), after: run });
    }
    return run;
  });
}

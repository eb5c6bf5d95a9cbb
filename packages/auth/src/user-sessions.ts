import type { Db, Tx } from "@kk/db";

/**
 * Server-side sessions (issue 14, finding 7). The session cookie names one `UserSession` row; the
 * row, not the cookie, decides whether the session still holds.
 *
 * Why a session ends early. Every place that changes who a user is or how they prove it ends all
 * of that user's sessions at once, in the same transaction as the change.
 */
export const SESSION_REVOKE_REASONS = [
  "SIGN_OUT",
  "BY_USER",
  "PASSWORD_CHANGED",
  "PASSWORD_RESET",
  "ROLE_CHANGED",
  "DEACTIVATED",
  "MFA_CHANGED",
] as const;
export type SessionRevokeReason = (typeof SESSION_REVOKE_REASONS)[number];

/**
 * Ends every open session of `userId` (all browsers), except `keepSessionId` when given (a user who
 * changes their own password stays signed in in the browser they did it in). Returns how many ended.
 */
export async function revokeAllSessions(
  db: Db | Tx,
  userId: string,
  now: Date,
  reason: SessionRevokeReason,
  options: { keepSessionId?: string } = {},
): Promise<number> {
  const { count } = await db.userSession.updateMany({
    where: {
      userId,
      revokedAt: null,
      ...(options.keepSessionId ? { id: { not: options.keepSessionId } } : {}),
    },
    data: { revokedAt: now, revokedReason: reason },
  });
  return count;
}

import type { SessionUser } from "@kk/auth/roles";
import { revokeAllSessions, type SessionRevokeReason } from "@kk/auth/user-sessions";
import type { Tx } from "@kk/db";
import { recordAudit } from "../audit/record-audit.ts";

/**
 * Why a change to a user ends their access: a different role, organisation or municipality
 * (issue 18: whose figures, targets and plan they see) means different rights, so nothing obtained under the old ones (a session, a calendar feed URL) may outlive it
 * (issue 14, findings 7 and 9). Null when the change leaves access as it was.
 */
export function accessEndReason(
  before: { role: string; organisationId: string | null; municipalityCode?: string | null; active: boolean },
  after: { role: string; organisationId: string | null; municipalityCode?: string | null; active: boolean },
): SessionRevokeReason | null {
  if (before.active && !after.active) return "DEACTIVATED";
  if (before.role !== after.role) return "ROLE_CHANGED";
  if (before.organisationId !== after.organisationId) return "ORGANISATION_CHANGED";
  if ((before.municipalityCode ?? null) !== (after.municipalityCode ?? null)) return "MUNICIPALITY_CHANGED";
  return null;
}

/**
 * Ends every session and the calendar feed of `userId`, in the caller's transaction, with one
 * audit event giving the counts. The feed URL then answers 404; the user makes a new one.
 */
export async function endUserAccess(tx: Tx, actor: SessionUser, userId: string, now: Date, reason: SessionRevokeReason): Promise<void> {
  const sessionsEnded = await revokeAllSessions(tx, userId, now, reason);
  const feeds = await tx.calendarFeedToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  await recordAudit(tx, actor, {
    action: "user.accessEnded",
    entityType: "User",
    entityId: userId,
    after: { reason, sessionsEnded, calendarFeedsEnded: feeds.count },
  });
}

import { idleTimeoutMinutes, revokeAllSessions, revokeSession, sessionValidity } from "@kk/auth/user-sessions";
import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { notFound } from "../errors.ts";
import type { endSessionInput } from "./schemas.ts";

/**
 * "Sessies" (/account/sessies, issue 14, finding 7): a user sees and ends only their own sessions.
 * Every query filters on the caller's id, so another user's session is "not found", never shown.
 */
export interface OwnSession {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  device: string | null;
  current: boolean;
}

export interface OwnSessions {
  sessions: OwnSession[];
  idleTimeoutMinutes: number;
}

/** The caller's sessions that still hold at `now`, the current one first, then the most recently used. */
export async function listOwnSessions(db: Db, user: SessionUser, currentSessionId: string | null, now: Date): Promise<OwnSessions> {
  const minutes = await idleTimeoutMinutes(db);
  const rows = await db.userSession.findMany({
    where: { userId: user.id, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, revokedAt: true, device: true },
    orderBy: { lastSeenAt: "desc" },
  });
  const sessions = rows
    .filter((row) => sessionValidity(row, now, { idleTimeoutMinutes: minutes }).valid)
    .map((row) => ({ id: row.id, createdAt: row.createdAt, lastSeenAt: row.lastSeenAt, device: row.device, current: row.id === currentSessionId }))
    .sort((a, b) => Number(b.current) - Number(a.current));
  return { sessions, idleTimeoutMinutes: minutes };
}

/** Ends one other session of the caller (this one ends by signing out). */
export async function endOwnSession(
  db: Db,
  user: SessionUser,
  currentSessionId: string | null,
  input: z.output<typeof endSessionInput>,
  now: Date,
): Promise<{ ended: boolean }> {
  if (input.id === currentSessionId) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Dit is de sessie waarin u nu werkt; gebruik Uitloggen om die te beëindigen." });
  }
  return db.$transaction(async (tx) => {
    const row = await tx.userSession.findFirst({ where: { id: input.id, userId: user.id }, select: { id: true } });
    if (!row) throw notFound("De sessie");
    const ended = await revokeSession(tx, row.id, now, "BY_USER");
    if (ended) await recordAudit(tx, user, { action: "userSession.end", entityType: "UserSession", entityId: row.id, after: { reason: "BY_USER" } });
    return { ended };
  });
}

/** Ends every session of the caller except the current one ("overal elders uitloggen"). */
export async function endOtherOwnSessions(db: Db, user: SessionUser, currentSessionId: string | null, now: Date): Promise<{ ended: number }> {
  return db.$transaction(async (tx) => {
    const ended = await revokeAllSessions(tx, user.id, now, "BY_USER", currentSessionId ? { keepSessionId: currentSessionId } : {});
    if (ended > 0) {
      await recordAudit(tx, user, { action: "userSession.endOthers", entityType: "User", entityId: user.id, after: { reason: "BY_USER", sessionsEnded: ended } });
    }
    return { ended };
  });
}

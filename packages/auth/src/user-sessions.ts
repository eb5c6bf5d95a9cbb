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
  "ORGANISATION_CHANGED",
  // Issue 18: the municipality a user acts for decides whose figures and plan they see.
  "MUNICIPALITY_CHANGED",
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

/** A session ends 12 hours after sign-in whatever happens (absolute lifetime, not sliding). */
export const SESSION_ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** The idle timeout is an administrator's setting (docs/operations.md), in whole minutes within this range. */
export const IDLE_TIMEOUT_SETTING = "session.idleTimeoutMinutes";
export const DEFAULT_IDLE_TIMEOUT_MINUTES = 30;
export const IDLE_TIMEOUT_MINUTES_RANGE = { min: 5, max: 240 } as const;

/** `lastSeenAt` is written at most once per this interval, not on every request. */
export const LAST_SEEN_RESOLUTION_MS = 60 * 1000;

/** Ended sessions stay listed for this long (for the audit trail of who was signed in), then the retention job removes them. */
export const ENDED_SESSION_RETENTION_DAYS = 30;

/** Why a session no longer holds. "missing" also covers a cookie without a session id (issued before sessions were stored). */
export type SessionEndReason = "missing" | "revoked" | "expired" | "idle";

export type SessionValidity = { valid: true } | { valid: false; reason: SessionEndReason };

export interface SessionTimes {
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

/**
 * Whether a session holds at `now`: not revoked, before its absolute end, and used within the idle
 * timeout. A pure function of (row, now, settings); the request path passes the wall clock.
 */
export function sessionValidity(row: SessionTimes | null, now: Date, settings: { idleTimeoutMinutes: number }): SessionValidity {
  if (row === null) return { valid: false, reason: "missing" };
  if (row.revokedAt !== null) return { valid: false, reason: "revoked" };
  if (now.getTime() >= row.expiresAt.getTime()) return { valid: false, reason: "expired" };
  if (now.getTime() - row.lastSeenAt.getTime() >= settings.idleTimeoutMinutes * 60 * 1000) return { valid: false, reason: "idle" };
  return { valid: true };
}

/** Whether this request should move `lastSeenAt` forward (at most once a minute). */
export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS;
}

/** The idle timeout in minutes: the setting when it is a whole number in range, else the default. */
export function idleTimeoutMinutesFrom(value: unknown): number {
  return typeof value === "number" &&
    Number.isInteger(value) &&
    value >= IDLE_TIMEOUT_MINUTES_RANGE.min &&
    value <= IDLE_TIMEOUT_MINUTES_RANGE.max
    ? value
    : DEFAULT_IDLE_TIMEOUT_MINUTES;
}

export async function idleTimeoutMinutes(db: Pick<Db, "setting">): Promise<number> {
  return idleTimeoutMinutesFrom((await db.setting.findUnique({ where: { key: IDLE_TIMEOUT_SETTING } }))?.value);
}

/** A new session at sign-in; returns its id, the only thing the session cookie carries. */
export async function createUserSession(db: Db | Tx, userId: string, now: Date, device: string | null): Promise<string> {
  const row = await db.userSession.create({
    data: {
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_LIFETIME_MS),
      device: device?.slice(0, 80) ?? null,
    },
    select: { id: true },
  });
  return row.id;
}

/** Ends one session (sign-out). Already ended sessions keep their first reason. */
export async function revokeSession(db: Db | Tx, sessionId: string, now: Date, reason: SessionRevokeReason): Promise<boolean> {
  const { count } = await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now, revokedReason: reason } });
  return count > 0;
}

export type ResolvedSession<U> = { ok: true; sessionId: string; user: U } | { ok: false; reason: SessionEndReason };

/** A session row as the request path reads it. */
export interface SessionRow extends SessionTimes {
  userId: string;
}

/**
 * The session behind a session id at `now`, with its user loaded by `loadUser` (null for an
 * inactive user: then the session counts as revoked). Moves `lastSeenAt` forward at most once a
 * minute; the conditional update makes parallel requests write once.
 */
export async function resolveSession<U>(
  db: Db,
  sessionId: string | null | undefined,
  now: Date,
  loadUser: (userId: string) => Promise<U | null>,
  idleMinutes: () => Promise<number> = () => idleTimeoutMinutes(db),
): Promise<ResolvedSession<U>> {
  return (await readSession(db, sessionId, now, loadUser, idleMinutes)).resolved;
}

/**
 * `resolveSession`, also returning what was read: the row as it stands after this request (its
 * `lastSeenAt` moved to `now` when this request wrote it) and the idle timeout it was judged by,
 * for the per-process cache (./session-cache.ts).
 */
export async function readSession<U>(
  db: Db,
  sessionId: string | null | undefined,
  now: Date,
  loadUser: (userId: string) => Promise<U | null>,
  idleMinutes: () => Promise<number>,
): Promise<{ resolved: ResolvedSession<U>; row: SessionRow | null; idleTimeoutMinutes: number }> {
  if (!sessionId) return { resolved: { ok: false, reason: "missing" }, row: null, idleTimeoutMinutes: DEFAULT_IDLE_TIMEOUT_MINUTES };
  const [row, minutes] = await Promise.all([
    db.userSession.findUnique({ where: { id: sessionId }, select: { userId: true, lastSeenAt: true, expiresAt: true, revokedAt: true } }),
    idleMinutes(),
  ]);
  const validity = sessionValidity(row, now, { idleTimeoutMinutes: minutes });
  if (!validity.valid || !row) return { resolved: { ok: false, reason: validity.valid ? "missing" : validity.reason }, row, idleTimeoutMinutes: minutes };
  const user = await loadUser(row.userId);
  if (!user) return { resolved: { ok: false, reason: "revoked" }, row, idleTimeoutMinutes: minutes };
  let lastSeenAt = row.lastSeenAt;
  if (shouldTouch(row.lastSeenAt, now)) {
    const { count } = await db.userSession.updateMany({
      where: { id: sessionId, revokedAt: null, lastSeenAt: { lte: new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS) } },
      data: { lastSeenAt: now },
    });
    if (count > 0) lastSeenAt = now;
  }
  return { resolved: { ok: true, sessionId, user }, row: { ...row, lastSeenAt }, idleTimeoutMinutes: minutes };
}

/**
 * "Firefox · Windows": enough to recognise one's own devices in the list, nothing more is kept
 * (the full User-Agent string is not stored).
 */
export function describeDevice(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null;
  const browser =
    /Edg\//.test(userAgent) ? "Edge"
    : /OPR\/|Opera/.test(userAgent) ? "Opera"
    : /Firefox\//.test(userAgent) ? "Firefox"
    : /Chrome\/|CriOS\//.test(userAgent) ? "Chrome"
    : /Safari\//.test(userAgent) ? "Safari"
    : null;
  const system =
    /iPhone|iPad|iPod/.test(userAgent) ? "iOS"
    : /Android/.test(userAgent) ? "Android"
    : /Windows/.test(userAgent) ? "Windows"
    : /Mac OS X|Macintosh/.test(userAgent) ? "macOS"
    : /CrOS/.test(userAgent) ? "ChromeOS"
    : /Linux/.test(userAgent) ? "Linux"
    : null;
  if (browser && system) return `${browser} · ${system}`;
  return browser ?? system;
}

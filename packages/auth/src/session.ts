import { getDb } from "@kk/db";
import { getServerSession } from "next-auth";
import { getAuthOptions } from "./next-auth-options.ts";
import type { SessionUser } from "./roles.ts";
import { loadActiveUser } from "./sign-in.ts";
import { resolveSession, type SessionEndReason } from "./user-sessions.ts";

/**
 * The state of this request's session: signed in (with the session's id, for "deze sessie"), or
 * not, and then why, when there was a session cookie ("idle", "expired", "revoked"; "missing" for
 * no cookie or one without a stored session). The user is re-read from the database on every
 * request, so a deactivated user or a changed role takes effect at once.
 */
export type SessionState = { user: SessionUser; sessionId: string } | { user: null; ended: SessionEndReason; hadCookie: boolean };

export async function getSessionState(now: Date = new Date()): Promise<SessionState> {
  const session = await getServerSession(serverOnlyOptions());
  if (!session) return { user: null, ended: "missing", hadCookie: false };
  const db = getDb();
  const resolved = await resolveSession(db, session.sid, now, (userId) => loadActiveUser(db, userId));
  if (!resolved.ok) return { user: null, ended: resolved.reason, hadCookie: true };
  return { user: resolved.user, sessionId: resolved.sessionId };
}

/** The signed-in user for this request, or null (no session, or one that no longer holds). */
export async function getSessionUser(): Promise<SessionUser | null> {
  return (await getSessionState()).user;
}

/**
 * The next-auth options with a session callback that hands the session id to the server code
 * here; the options the /api/auth routes use leave it out of what the browser can read.
 */
function serverOnlyOptions() {
  const base = getAuthOptions();
  return {
    ...base,
    callbacks: {
      ...base.callbacks,
      session: ({ session, token }: { session: { expires: string }; token: { sid?: string } }) => ({
        expires: session.expires,
        ...(typeof token.sid === "string" ? { sid: token.sid } : {}),
      }),
    },
  };
}

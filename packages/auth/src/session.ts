import { getDb, listenForChanges, type ChangeFeed } from "@kk/db";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import type { SessionUser } from "./roles.ts";
import { createSessionResolver, REQUEST_STATE_CHANNEL, type SessionResolver } from "./session-cache.ts";
import { createTokenDecoder, type TokenDecoder } from "./session-cookie.ts";
import type { SessionEndReason } from "./user-sessions.ts";

/**
 * The state of this request's session: signed in (with the session's id, for "deze sessie"), or
 * not, and then why, when there was a session cookie ("idle", "expired", "revoked"; "missing" for
 * no cookie or one without a stored session). A deactivated user or a changed role takes effect at
 * the next request: the session and its user come from this process's memory only until PostgreSQL
 * notifies a change (./session-cache.ts, docs/adr/0029-request-path.md).
 */
export type SessionState = { user: SessionUser; sessionId: string } | { user: null; ended: SessionEndReason; hadCookie: boolean };

export async function getSessionState(now: Date = new Date()): Promise<SessionState> {
  const state = requestState();
  const jar = await cookies();
  // next-auth's own reader (cookie name, chunked cookies), with the decoded token kept per process;
  // no Authorization header: the session travels in the cookie only.
  const token = await getToken({
    req: { headers: {}, cookies: Object.fromEntries(jar.getAll().map((cookie) => [cookie.name, cookie.value])) } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: state.secret,
    decode: ({ token: raw }) => (raw ? state.decoder.decode(raw, now) : Promise.resolve(null)),
  });
  if (!token) return { user: null, ended: "missing", hadCookie: false };
  const resolved = await state.resolver.resolve(typeof token.sid === "string" ? token.sid : null, now);
  if (!resolved.ok) return { user: null, ended: resolved.reason, hadCookie: true };
  return { user: resolved.user, sessionId: resolved.sessionId };
}

/** The signed-in user for this request, or null (no session, or one that no longer holds). */
export async function getSessionUser(): Promise<SessionUser | null> {
  return (await getSessionState()).user;
}

interface RequestState {
  secret: string;
  feed: ChangeFeed;
  resolver: SessionResolver;
  decoder: TokenDecoder;
}

const globalForSessions = globalThis as unknown as { kkRequestState?: RequestState };

/** This process's session memory, listening on DATABASE_URL (without one nothing is cached). */
function requestState(): RequestState {
  if (!globalForSessions.kkRequestState) {
    const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
    if (!secret) throw new Error("NEXTAUTH_SECRET is not set.");
    const url = process.env.DATABASE_URL;
    const feed: ChangeFeed = url
      ? listenForChanges(url, REQUEST_STATE_CHANNEL, { onError: (error) => console.warn("[sessions] change feed:", error instanceof Error ? error.message : error) })
      : { generation: () => null, ready: async () => {}, close: async () => {} };
    globalForSessions.kkRequestState = { secret, feed, resolver: createSessionResolver(getDb(), feed), decoder: createTokenDecoder(secret) };
  }
  return globalForSessions.kkRequestState;
}

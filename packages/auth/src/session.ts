import { cachedSettings, getDb, listenForChanges, type ChangeFeed, type SettingsSource } from "@kk/db";
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
 * notifies a change (./session-cache.ts, docs/adr/0030-request-path.md).
 */
export type SessionState = { user: SessionUser; sessionId: string } | { user: null; ended: SessionEndReason; hadCookie: boolean };

export async function getSessionState(now: Date = new Date()): Promise<SessionState> {
  const state = requestState();
  const { secret, decoder } = tokenDecoder();
  const jar = await cookies();
  // next-auth's own reader (cookie name, chunked cookies), with the decoded token kept per process;
  // no Authorization header: the session travels in the cookie only.
  const token = await getToken({
    req: { headers: {}, cookies: Object.fromEntries(jar.getAll().map((cookie) => [cookie.name, cookie.value])) } as unknown as Parameters<typeof getToken>[0]["req"],
    secret,
    decode: ({ token: raw }) => (raw ? decoder.decode(raw, now) : Promise.resolve(null)),
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

/**
 * The settings for this process's procedures (`createTRPCContext({ settings })`): all of them in one
 * read, kept until a Setting changes (the same feed as the sessions; ADR 0030).
 */
export function requestSettings(): SettingsSource {
  return requestState().settings;
}

interface RequestState {
  feed: ChangeFeed;
  resolver: SessionResolver;
  settings: SettingsSource;
}

const globalForSessions = globalThis as unknown as { kkRequestState?: RequestState; kkTokenDecoder?: { secret: string; decoder: TokenDecoder } };

/** The session cookie's decoder for NEXTAUTH_SECRET, made on first use. */
function tokenDecoder(): { secret: string; decoder: TokenDecoder } {
  if (!globalForSessions.kkTokenDecoder) {
    const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
    if (!secret) throw new Error("NEXTAUTH_SECRET is not set.");
    globalForSessions.kkTokenDecoder = { secret, decoder: createTokenDecoder(secret) };
  }
  return globalForSessions.kkTokenDecoder;
}

/** This process's session memory, listening on DATABASE_URL (without one nothing is cached). */
function requestState(): RequestState {
  if (!globalForSessions.kkRequestState) {
    const url = process.env.DATABASE_URL;
    const feed: ChangeFeed = url
      ? listenForChanges(url, REQUEST_STATE_CHANNEL, { onError: (error) => console.warn("[sessions] change feed:", error instanceof Error ? error.message : error) })
      : { generation: () => null, ready: async () => {}, sync: async () => {}, close: async () => {} };
    globalForSessions.kkRequestState = { feed, resolver: createSessionResolver(getDb(), feed), settings: cachedSettings(getDb(), feed) };
  }
  return globalForSessions.kkRequestState;
}

import { cachedUntilChanged, type ChangeFeed, type Db } from "@kk/db";
import type { SessionUser } from "./roles.ts";
import { loadActiveUser } from "./sign-in.ts";
import { idleTimeoutMinutes, readSession, sessionValidity, shouldTouch, type ResolvedSession, type SessionRow } from "./user-sessions.ts";

/**
 * The session check of every request without reading the database (issue 17, item 2; ADR 0030).
 *
 * Each web process keeps the sessions it has checked (the row, its user, the idle timeout it was
 * judged by) until PostgreSQL says one of them may have changed: the triggers of migration
 * 20261206130000_request_state_notify send NOTIFY kk_request_state when a transaction that ends a
 * session early, changes a user's role, organisation, municipality, active flag or two-factor state,
 * or changes any setting commits. The feed's generation then moves on and every entry is forgotten,
 * in every process that listens.
 *
 * The guarantee "a deactivated user is refused on the next request" is exact, not "soon": before it
 * looks in memory, a request waits for a `SELECT 1` round trip on the listening connection
 * (`feed.sync()`), which PostgreSQL answers only after delivering every notification of a
 * transaction that committed before it. Requests arriving together share one round trip. That is
 * one trivial statement on an idle connection instead of the session, user and setting reads.
 *
 * What stays with the database:
 * - a session not seen in this process, or whose entry is from an older generation;
 * - a session whose `lastSeenAt` is due to move (once a minute): the read then also sees a
 *   `lastSeenAt` another process wrote, so idleness is never judged from a stale copy;
 * - every request while the feed is not listening (start-up, a lost connection): correct, slower.
 * Expiry and idleness are judged against `now` on every request, from the entry.
 * Failed checks are never cached: an unknown or ended session goes to the database each time.
 */
export interface SessionResolver {
  resolve(sessionId: string | null | undefined, now: Date): Promise<ResolvedSession<SessionUser>>;
}

export interface SessionResolverOptions {
  /** At most this many sessions are kept; beyond it the oldest entry goes first. */
  maxEntries?: number;
  /** How a session's user is loaded (default: loadActiveUser). */
  loadUser?: (db: Db, userId: string) => Promise<SessionUser | null>;
}

interface Entry {
  generation: number;
  row: SessionRow;
  user: SessionUser;
  idleTimeoutMinutes: number;
}

/** The channel the triggers of migration 20261206130000_request_state_notify send on. */
export const REQUEST_STATE_CHANNEL = "kk_request_state";

export const DEFAULT_MAX_CACHED_SESSIONS = 20_000;

export function createSessionResolver(db: Db, feed: Pick<ChangeFeed, "generation" | "sync">, options: SessionResolverOptions = {}): SessionResolver {
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_CACHED_SESSIONS;
  const loadUser = options.loadUser ?? loadActiveUser;
  const entries = new Map<string, Entry>();
  const idleMinutes = cachedUntilChanged(feed, () => idleTimeoutMinutes(db));

  return {
    async resolve(sessionId, now) {
      if (!sessionId) return { ok: false, reason: "missing" };
      // Every change committed before this request arrived has been counted once this resolves.
      await feed.sync();
      // Read before the database is, so a change committed during the read is not kept (as cachedUntilChanged).
      const generation = feed.generation();
      const hit = generation === null ? undefined : entries.get(sessionId);
      if (hit !== undefined && hit.generation === generation) {
        const validity = sessionValidity(hit.row, now, { idleTimeoutMinutes: hit.idleTimeoutMinutes });
        if (validity.valid && !shouldTouch(hit.row.lastSeenAt, now)) return { ok: true, sessionId, user: hit.user };
        // The absolute end is fixed at sign-in; idleness is another process's business too (above).
        if (!validity.valid && validity.reason === "expired") {
          entries.delete(sessionId);
          return { ok: false, reason: "expired" };
        }
      }
      if (hit !== undefined) entries.delete(sessionId);
      const read = await readSession(db, sessionId, now, (userId) => loadUser(db, userId), idleMinutes);
      if (generation !== null && read.resolved.ok && read.row !== null) {
        if (entries.size >= maxEntries) {
          const oldest = entries.keys().next();
          if (!oldest.done) entries.delete(oldest.value);
        }
        entries.set(sessionId, { generation, row: read.row, user: read.resolved.user, idleTimeoutMinutes: read.idleTimeoutMinutes });
      }
      return read.resolved;
    },
  };
}

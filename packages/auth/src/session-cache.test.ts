import { listenForChanges, type ChangeFeed, type Db } from "@kk/db";
import { createTestDatabase, type TestDatabase } from "@kk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSessionResolver, REQUEST_STATE_CHANNEL, type SessionResolver } from "./session-cache.ts";
import { createUserSession, IDLE_TIMEOUT_SETTING, revokeAllSessions } from "./user-sessions.ts";

/**
 * The session check without a database round trip (issue 17, item 2) on a real database: two
 * resolvers, each with its own LISTEN connection and its own memory, stand for two web processes.
 * A counting client shows which checks reach the database.
 */

/** A fixed clock (ADR 0007); every time below is relative to it. */
const T0 = new Date("2026-03-02T09:00:00.000Z");
const SEC = 1000;
const MIN = 60 * SEC;
const at = (ms: number) => new Date(T0.getTime() + ms);

let database: TestDatabase;
const feeds: ChangeFeed[] = [];

beforeAll(async () => {
  database = await createTestDatabase(process.env.KK_TEST_SERVER_URL ?? "", "session_cache");
});

afterAll(async () => {
  await Promise.all(feeds.map((feed) => feed.close()));
  await database?.drop();
});

/** One "process": its own change feed, its own cache, and a count of the queries it sends. */
interface Process {
  feed: ChangeFeed;
  resolver: SessionResolver;
  queries: () => number;
}

async function startProcess(options: { maxEntries?: number } = {}): Promise<Process> {
  let queries = 0;
  const counted = database.db.$extends({
    query: {
      $allModels: {
        $allOperations({ args, query }) {
          queries++;
          return query(args);
        },
      },
    },
  }) as unknown as Db;
  const feed = listenForChanges(database.appUrl, REQUEST_STATE_CHANNEL, { retryMs: 50 });
  feeds.push(feed);
  await feed.ready();
  return { feed, resolver: createSessionResolver(counted, feed, options), queries: () => queries };
}

/** The notification of a committed change has reached these processes (for a change nobody asks about). */
async function notified(processes: Process[], before: (number | null)[]): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (processes.some((p, i) => p.feed.generation() === before[i])) {
    if (Date.now() > deadline) throw new Error("No notification arrived");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

let counter = 0;
async function signedIn(role: "PROFESSIONAL" | "RAAD" = "PROFESSIONAL"): Promise<{ userId: string; sid: string }> {
  counter++;
  const user = await database.db.user.create({ data: { email: `cache${counter}@test.example`, name: `Cache ${counter}`, role } });
  return { userId: user.id, sid: await createUserSession(database.db, user.id, T0, null) };
}

describe("the session check from memory", () => {
  it("serves a checked session without a query, and its user as read", async () => {
    const a = await startProcess();
    const { userId, sid } = await signedIn();
    expect(await a.resolver.resolve(sid, at(10 * SEC))).toMatchObject({ ok: true, sessionId: sid, user: { id: userId, role: "PROFESSIONAL" } });
    const afterFirst = a.queries();
    expect(afterFirst).toBeGreaterThan(0);
    for (const second of [11, 20, 59]) {
      expect(await a.resolver.resolve(sid, at(second * SEC))).toMatchObject({ ok: true, user: { id: userId } });
    }
    expect(a.queries()).toBe(afterFirst);
  });

  it("a deactivated user is refused in both processes at the very next request, without waiting", async () => {
    const [a, b] = [await startProcess(), await startProcess()];
    const { userId, sid } = await signedIn();
    expect((await a.resolver.resolve(sid, at(SEC))).ok).toBe(true);
    expect((await b.resolver.resolve(sid, at(SEC))).ok).toBe(true);
    await database.db.user.update({ where: { id: userId }, data: { active: false } });
    expect(await a.resolver.resolve(sid, at(2 * SEC))).toEqual({ ok: false, reason: "revoked" });
    expect(await b.resolver.resolve(sid, at(2 * SEC))).toEqual({ ok: false, reason: "revoked" });
  });

  it("no request after a committed deactivation gets through, also when it follows at once (30 times)", async () => {
    const [a, b] = [await startProcess(), await startProcess()];
    const { userId, sid } = await signedIn();
    for (let flip = 0; flip < 30; flip++) {
      const other = flip % 2 === 0 ? b : a;
      expect((await other.resolver.resolve(sid, at(SEC))).ok).toBe(true);
      await database.db.user.update({ where: { id: userId }, data: { active: false } });
      expect(await other.resolver.resolve(sid, at(SEC))).toEqual({ ok: false, reason: "revoked" });
      await database.db.user.update({ where: { id: userId }, data: { active: true } });
    }
  });

  it("a session ended in one process is refused in the other", async () => {
    const [a, b] = [await startProcess(), await startProcess()];
    const { userId, sid } = await signedIn();
    await a.resolver.resolve(sid, at(SEC));
    await b.resolver.resolve(sid, at(SEC));
    expect(await revokeAllSessions(database.db, userId, at(2 * SEC), "BY_USER")).toBe(1);
    expect(await b.resolver.resolve(sid, at(3 * SEC))).toEqual({ ok: false, reason: "revoked" });
    expect(await a.resolver.resolve(sid, at(3 * SEC))).toEqual({ ok: false, reason: "revoked" });
  });

  it("a changed role is the role of the next request", async () => {
    const [a, b] = [await startProcess(), await startProcess()];
    const { userId, sid } = await signedIn("RAAD");
    expect(await a.resolver.resolve(sid, at(SEC))).toMatchObject({ ok: true, user: { role: "RAAD" } });
    expect(await b.resolver.resolve(sid, at(SEC))).toMatchObject({ ok: true, user: { role: "RAAD" } });
    await database.db.user.update({ where: { id: userId }, data: { role: "PROFESSIONAL" } });
    expect(await a.resolver.resolve(sid, at(2 * SEC))).toMatchObject({ ok: true, user: { role: "PROFESSIONAL" } });
    expect(await b.resolver.resolve(sid, at(2 * SEC))).toMatchObject({ ok: true, user: { role: "PROFESSIONAL" } });
  });

  it("the once-a-minute last-seen write and a sign-in's lastSignInAt notify nobody", async () => {
    const a = await startProcess();
    const { userId, sid } = await signedIn();
    const before = a.feed.generation();
    expect((await a.resolver.resolve(sid, at(61 * SEC))).ok).toBe(true);
    expect((await database.db.userSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(at(61 * SEC));
    await database.db.user.update({ where: { id: userId }, data: { lastSignInAt: at(61 * SEC) } });
    // A change that does notify, committed after the two above: once it arrives, so would theirs have.
    const marker = await signedIn();
    await database.db.user.update({ where: { id: marker.userId }, data: { name: "Gewijzigd" } });
    await notified([a], [before]);
    expect(a.feed.generation()).toBe((before ?? 0) + 1);
  });

  it("idleness is judged from the database: use in another process keeps the session alive", async () => {
    const [a, b] = [await startProcess(), await startProcess()];
    const { sid } = await signedIn();
    expect((await a.resolver.resolve(sid, at(SEC))).ok).toBe(true);
    // Only process B sees the user for the next 40 minutes, moving lastSeenAt along.
    for (let minute = 2; minute <= 40; minute += 2) expect((await b.resolver.resolve(sid, at(minute * MIN))).ok).toBe(true);
    // Process A's copy says "last seen at 0:01"; the database says 0:40, so not idle at 0:41.
    expect((await a.resolver.resolve(sid, at(41 * MIN))).ok).toBe(true);
    // And without anyone's use the idle timeout still ends it, from memory or not.
    expect(await a.resolver.resolve(sid, at(41 * MIN + 30 * MIN))).toEqual({ ok: false, reason: "idle" });
  });

  it("the idle-timeout setting applies at the next request after it changes", async () => {
    const a = await startProcess();
    const { sid } = await signedIn();
    expect((await a.resolver.resolve(sid, at(SEC))).ok).toBe(true);
    await database.db.setting.upsert({ where: { key: IDLE_TIMEOUT_SETTING }, create: { key: IDLE_TIMEOUT_SETTING, value: 5 }, update: { value: 5 } });
    try {
      expect(await a.resolver.resolve(sid, at(SEC + 5 * MIN))).toEqual({ ok: false, reason: "idle" });
    } finally {
      await database.db.setting.delete({ where: { key: IDLE_TIMEOUT_SETTING } });
    }
  });

  it("an expired session is refused from memory too", async () => {
    const a = await startProcess();
    const { sid } = await signedIn();
    // In use every 20 minutes all day, last 30 seconds before the absolute end (12 h)…
    for (let t = 0; t < 12 * 60 * MIN; t += 20 * MIN) expect((await a.resolver.resolve(sid, at(t))).ok).toBe(true);
    expect((await a.resolver.resolve(sid, at(12 * 60 * MIN - 30 * SEC))).ok).toBe(true);
    // …then at the end: refused from the copy in memory, without a query.
    const queries = a.queries();
    expect(await a.resolver.resolve(sid, at(12 * 60 * MIN))).toEqual({ ok: false, reason: "expired" });
    expect(a.queries()).toBe(queries);
  });

  it("caches nothing while the feed is not listening, and never a refused session", async () => {
    const a = await startProcess();
    const silent = createSessionResolver(database.db, { generation: () => null, sync: async () => {} });
    const { sid } = await signedIn();
    expect((await silent.resolve(sid, at(SEC))).ok).toBe(true);
    await database.db.userSession.update({ where: { id: sid }, data: { revokedAt: at(2 * SEC), revokedReason: "BY_USER" } });
    // Without a listening feed every check is a database read: the revocation counts at once.
    expect(await silent.resolve(sid, at(3 * SEC))).toEqual({ ok: false, reason: "revoked" });
    for (const id of [sid, sid, "no-such-session"]) {
      const before = a.queries();
      expect(await a.resolver.resolve(id, at(4 * SEC))).toEqual({ ok: false, reason: id === sid ? "revoked" : "missing" });
      expect(a.queries()).toBeGreaterThan(before);
    }
    expect(await a.resolver.resolve("", at(4 * SEC))).toEqual({ ok: false, reason: "missing" });
  });

  it("keeps at most maxEntries sessions, dropping the oldest", async () => {
    const a = await startProcess({ maxEntries: 2 });
    const [one, two, three] = [await signedIn(), await signedIn(), await signedIn()];
    for (const s of [one, two, three]) expect((await a.resolver.resolve(s.sid, at(SEC))).ok).toBe(true);
    const queries = a.queries();
    expect((await a.resolver.resolve(three.sid, at(2 * SEC))).ok).toBe(true);
    expect((await a.resolver.resolve(two.sid, at(2 * SEC))).ok).toBe(true);
    expect(a.queries()).toBe(queries);
    expect((await a.resolver.resolve(one.sid, at(2 * SEC))).ok).toBe(true);
    expect(a.queries()).toBeGreaterThan(queries);
  });
});

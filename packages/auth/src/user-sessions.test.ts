import { createTestDatabase } from "@kk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionToken } from "./next-auth-options.ts";
import { loadActiveUser } from "./sign-in.ts";
import {
  createUserSession,
  describeDevice,
  IDLE_TIMEOUT_SETTING,
  idleTimeoutMinutesFrom,
  resolveSession,
  revokeAllSessions,
  revokeSession,
  SESSION_ABSOLUTE_LIFETIME_MS,
  sessionValidity,
  shouldTouch,
  type SessionTimes,
} from "./user-sessions.ts";

/** A fixed clock (ADR 0007); every time below is relative to it. */
const T0 = new Date("2026-03-02T09:00:00.000Z");
const MIN = 60 * 1000;
const HOUR = 60 * MIN;
const at = (ms: number) => new Date(T0.getTime() + ms);

describe("sessionValidity", () => {
  const signedInAtT0: SessionTimes = { lastSeenAt: T0, expiresAt: at(SESSION_ABSOLUTE_LIFETIME_MS), revokedAt: null };
  const cases: { name: string; row: SessionTimes | null; now: Date; idle?: number; expected: ReturnType<typeof sessionValidity> }[] = [
    { name: "just signed in", row: signedInAtT0, now: T0, expected: { valid: true } },
    { name: "no row", row: null, now: T0, expected: { valid: false, reason: "missing" } },
    { name: "29:59 idle", row: signedInAtT0, now: at(30 * MIN - 1), expected: { valid: true } },
    { name: "30:00 idle", row: signedInAtT0, now: at(30 * MIN), expected: { valid: false, reason: "idle" } },
    { name: "idle timeout from the setting (5 min)", row: signedInAtT0, now: at(5 * MIN), idle: 5, expected: { valid: false, reason: "idle" } },
    { name: "240 min setting, 3 h idle", row: signedInAtT0, now: at(3 * HOUR), idle: 240, expected: { valid: true } },
    {
      name: "active all day, just before 12 h",
      row: { ...signedInAtT0, lastSeenAt: at(12 * HOUR - 2 * MIN) },
      now: at(12 * HOUR - 1),
      expected: { valid: true },
    },
    {
      name: "active all day, at 12 h (absolute, not sliding)",
      row: { ...signedInAtT0, lastSeenAt: at(12 * HOUR - 1 * MIN) },
      now: at(12 * HOUR),
      expected: { valid: false, reason: "expired" },
    },
    { name: "revoked", row: { ...signedInAtT0, revokedAt: T0 }, now: T0, expected: { valid: false, reason: "revoked" } },
    {
      name: "revoked wins over expired",
      row: { ...signedInAtT0, revokedAt: T0 },
      now: at(13 * HOUR),
      expected: { valid: false, reason: "revoked" },
    },
  ];
  it.each(cases)("$name", ({ row, now, idle, expected }) => {
    expect(sessionValidity(row, now, { idleTimeoutMinutes: idle ?? 30 })).toEqual(expected);
  });
});

describe("shouldTouch: lastSeenAt is written at most once a minute", () => {
  it.each([
    [0, false],
    [59_999, false],
    [60_000, true],
    [10 * MIN, true],
  ])("%i ms after the last write: %s", (elapsed, expected) => {
    expect(shouldTouch(T0, at(elapsed))).toBe(expected);
  });
});

describe("idleTimeoutMinutesFrom: the setting, bounded 5–240, else 30", () => {
  it.each([
    [undefined, 30],
    [15, 15],
    [5, 5],
    [240, 240],
    [4, 30],
    [241, 30],
    [12.5, 30],
    ["20", 30],
    [null, 30],
  ])("%s → %i", (value, expected) => {
    expect(idleTimeoutMinutesFrom(value)).toBe(expected);
  });
});

describe("describeDevice", () => {
  it.each([
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox · Windows"],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge · Windows"],
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", "Safari · iOS"],
    ["Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36", "Chrome · Android"],
    ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36", "Chrome · Linux"],
    ["curl/8.5.0", null],
    ["", null],
    [null, null],
  ])("%s → %s", (userAgent, expected) => {
    expect(describeDevice(userAgent)).toBe(expected);
  });
});

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let userId: string;
beforeAll(async () => {
  t = await createTestDatabase(process.env.KK_TEST_SERVER_URL ?? "", "user-sessions");
  userId = (await t.db.user.create({ data: { email: "sessie@test.example", name: "Sessie", role: "PROFESSIONAL" } })).id;
});
afterAll(async () => {
  await t?.drop();
});

const load = (id: string) => loadActiveUser(t.db, id);

describe("sessions in the database", () => {
  it("sign-in creates a session row and the token carries only its id", async () => {
    const token = await sessionToken(t.db, { token: { name: "Sessie", email: "sessie@test.example", sub: userId }, user: { id: userId } }, "Firefox · Linux", T0);
    expect(Object.keys(token)).toEqual(["sid"]);
    const row = await t.db.userSession.findUniqueOrThrow({ where: { id: token.sid } });
    expect(row).toMatchObject({ userId, createdAt: T0, lastSeenAt: T0, expiresAt: at(12 * HOUR), revokedAt: null, device: "Firefox · Linux" });
  });

  it("later token calls pass the token on without a new row", async () => {
    const before = await t.db.userSession.count();
    expect(await sessionToken(t.db, { token: { sid: "abc" }, user: undefined as never }, null, T0)).toEqual({ sid: "abc" });
    expect(await t.db.userSession.count()).toBe(before);
  });

  it("accepts a live session and moves lastSeenAt at most once a minute", async () => {
    const sid = await createUserSession(t.db, userId, T0, null);
    const first = await resolveSession(t.db, sid, at(30 * 1000), load);
    expect(first).toMatchObject({ ok: true, sessionId: sid, user: { id: userId } });
    expect((await t.db.userSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(T0);
    await resolveSession(t.db, sid, at(90 * 1000), load);
    expect((await t.db.userSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(at(90 * 1000));
    // Used every 20 minutes, it outlives the 30-minute idle timeout...
    for (let minute = 20; minute < 12 * 60; minute += 20) {
      expect((await resolveSession(t.db, sid, at(minute * MIN), load)).ok).toBe(true);
    }
    // ...but not the 12 hours.
    expect(await resolveSession(t.db, sid, at(12 * HOUR), load)).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses an idle session, by the administrator's setting when there is one", async () => {
    const sid = await createUserSession(t.db, userId, T0, null);
    expect(await resolveSession(t.db, sid, at(30 * MIN), load)).toEqual({ ok: false, reason: "idle" });
    const other = await createUserSession(t.db, userId, T0, null);
    await t.db.setting.create({ data: { key: IDLE_TIMEOUT_SETTING, value: 60 } });
    try {
      expect((await resolveSession(t.db, other, at(45 * MIN), load)).ok).toBe(true);
      expect(await resolveSession(t.db, other, at(45 * MIN + 60 * MIN), load)).toEqual({ ok: false, reason: "idle" });
    } finally {
      await t.db.setting.delete({ where: { key: IDLE_TIMEOUT_SETTING } });
    }
  });

  it("refuses a revoked session (sign-out) and an unknown id", async () => {
    const sid = await createUserSession(t.db, userId, T0, null);
    expect(await revokeSession(t.db, sid, at(MIN), "SIGN_OUT")).toBe(true);
    expect(await revokeSession(t.db, sid, at(2 * MIN), "BY_USER")).toBe(false);
    expect(await t.db.userSession.findUniqueOrThrow({ where: { id: sid } })).toMatchObject({ revokedAt: at(MIN), revokedReason: "SIGN_OUT" });
    expect(await resolveSession(t.db, sid, at(2 * MIN), load)).toEqual({ ok: false, reason: "revoked" });
    expect(await resolveSession(t.db, "onbekend", T0, load)).toEqual({ ok: false, reason: "missing" });
    expect(await resolveSession(t.db, undefined, T0, load)).toEqual({ ok: false, reason: "missing" });
  });

  it("refuses the session of a deactivated user", async () => {
    const other = await t.db.user.create({ data: { email: "gestopt-sessie@test.example", name: "Gestopt", role: "PROFESSIONAL" } });
    const sid = await createUserSession(t.db, other.id, T0, null);
    await t.db.user.update({ where: { id: other.id }, data: { active: false } });
    expect(await resolveSession(t.db, sid, at(MIN), load)).toEqual({ ok: false, reason: "revoked" });
  });

  it("revokeAllSessions keeps the session asked for", async () => {
    const keep = await createUserSession(t.db, userId, T0, null);
    const end = await createUserSession(t.db, userId, T0, null);
    await revokeAllSessions(t.db, userId, at(MIN), "PASSWORD_CHANGED", { keepSessionId: keep });
    expect((await resolveSession(t.db, keep, at(2 * MIN), load)).ok).toBe(true);
    expect(await resolveSession(t.db, end, at(2 * MIN), load)).toEqual({ ok: false, reason: "revoked" });
  });
});

import { createUserSession, IDLE_TIMEOUT_SETTING } from "@kk/auth/user-sessions";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { purgeExpiredData } from "../retention/purge-expired-data.ts";
import { lastAuditId } from "../testing/audit-watermark.ts";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";

/* "Sessies" (/account/sessies): each user sees and ends only their own sessions. Fixed clock. */

const NOW = new Date(Date.UTC(2026, 11, 6, 9, 0));
const MIN = 60 * 1000;
const DAY = 24 * 60 * MIN;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("own-sessions", { now: NOW });
});
afterAll(async () => {
  await t?.drop();
});

async function session(userId: string, startedAgo: number, device: string | null = null): Promise<string> {
  return createUserSession(t.db, userId, ago(startedAgo), device);
}

describe("userSession.listOwn", () => {
  it("lists only the caller's live sessions, this one first and marked", async () => {
    const me = t.users.PROFESSIONAL;
    const current = await session(me.id, 20 * MIN, "Firefox · Linux");
    const phone = await session(me.id, 10 * MIN, "Safari · iOS");
    const idle = await session(me.id, 45 * MIN);
    const revoked = await session(me.id, 5 * MIN);
    await t.db.userSession.update({ where: { id: revoked }, data: { revokedAt: ago(MIN), revokedReason: "SIGN_OUT" } });
    const someoneElses = await session(t.users.PARTNER.id, 5 * MIN);

    const list = await t.callerFor(me, { sessionId: current }).userSession.listOwn();
    expect(list.idleTimeoutMinutes).toBe(30);
    expect(list.sessions.map((s) => [s.id, s.current, s.device])).toEqual([
      [current, true, "Firefox · Linux"],
      [phone, false, "Safari · iOS"],
    ]);
    const ids = list.sessions.map((s) => s.id);
    expect(ids).not.toContain(idle);
    expect(ids).not.toContain(someoneElses);
  });

  it("follows the idle timeout setting", async () => {
    const me = t.users.RAAD;
    const sid = await session(me.id, 45 * MIN);
    expect((await t.callerFor(me).userSession.listOwn()).sessions).toEqual([]);
    await t.db.setting.create({ data: { key: IDLE_TIMEOUT_SETTING, value: 60 } });
    try {
      const list = await t.callerFor(me).userSession.listOwn();
      expect(list.idleTimeoutMinutes).toBe(60);
      expect(list.sessions.map((s) => s.id)).toEqual([sid]);
    } finally {
      await t.db.setting.delete({ where: { key: IDLE_TIMEOUT_SETTING } });
    }
  });
});

describe("userSession.endOwn and endOtherOwn", () => {
  it("ends one other session of the caller, audited", async () => {
    const me = t.users.COORDINATOR;
    const current = await session(me.id, 5 * MIN);
    const other = await session(me.id, 5 * MIN);
    const mark = await lastAuditId(t.db);
    expect(await t.callerFor(me, { sessionId: current }).userSession.endOwn({ id: other })).toEqual({ ended: true });
    expect(await t.db.userSession.findUniqueOrThrow({ where: { id: other } })).toMatchObject({ revokedAt: NOW, revokedReason: "BY_USER" });
    expect((await t.db.userSession.findUniqueOrThrow({ where: { id: current } })).revokedAt).toBeNull();
    const audit = await t.db.auditEvent.findMany({ where: { id: { gt: mark } } });
    expect(audit.map((a) => [a.action, a.entityId, a.actorId])).toEqual([["userSession.end", other, me.id]]);
  });

  it("refuses to end another user's session as not found, and leaves it alone", async () => {
    const victim = await session(t.users.BEHEERDER.id, 5 * MIN);
    const error = await t.callerFor(t.users.PARTNER, { sessionId: "x" }).userSession.endOwn({ id: victim }).catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("NOT_FOUND");
    expect((await t.db.userSession.findUniqueOrThrow({ where: { id: victim } })).revokedAt).toBeNull();
  });

  it("refuses to end the current session (that is signing out)", async () => {
    const me = t.users.PARTNER;
    const current = await session(me.id, 5 * MIN);
    const error = await t.callerFor(me, { sessionId: current }).userSession.endOwn({ id: current }).catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
  });

  it("ends all other sessions of the caller only, audited with the count", async () => {
    const me = t.users.PROFESSIONAL;
    await t.db.userSession.updateMany({ where: { userId: me.id, revokedAt: null }, data: { revokedAt: ago(MIN), revokedReason: "SIGN_OUT" } });
    const current = await session(me.id, 5 * MIN);
    await session(me.id, 5 * MIN);
    await session(me.id, 6 * MIN);
    const bystander = await session(t.users.RAAD.id, 5 * MIN);
    const mark = await lastAuditId(t.db);
    expect(await t.callerFor(me, { sessionId: current }).userSession.endOtherOwn()).toEqual({ ended: 2 });
    expect(await t.db.userSession.findMany({ where: { userId: me.id, revokedAt: null }, select: { id: true } })).toEqual([{ id: current }]);
    expect((await t.db.userSession.findUniqueOrThrow({ where: { id: bystander } })).revokedAt).toBeNull();
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { id: { gt: mark }, action: "userSession.endOthers" } });
    expect(audit.after).toEqual({ reason: "BY_USER", sessionsEnded: 2 });
  });

  it("anonymous callers are refused", async () => {
    const error = await t.callerFor(null).userSession.listOwn().catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("UNAUTHORIZED");
  });
});

describe("userSession.setIdleTimeout (the administrator's setting)", () => {
  it("saves 5–240 minutes, audited, refuses out of range in Dutch and a stale read as a conflict", async () => {
    const admin = t.callerFor(t.users.BEHEERDER);
    const before = await admin.userSession.idleTimeout();
    expect(before).toEqual({ idleTimeoutMinutes: 30, updatedAt: null });
    for (const bad of [4, 241, 12.5]) {
      const error = await admin.userSession.setIdleTimeout({ idleTimeoutMinutes: bad, expectedUpdatedAt: null }).catch((e: unknown) => e);
      expect((error as TRPCError).code).toBe("BAD_REQUEST");
    }
    const mark = await lastAuditId(t.db);
    const saved = await admin.userSession.setIdleTimeout({ idleTimeoutMinutes: 15, expectedUpdatedAt: null });
    expect(saved.idleTimeoutMinutes).toBe(15);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { id: { gt: mark }, action: "setting.update" } });
    expect([audit.entityId, audit.before, audit.after]).toEqual([IDLE_TIMEOUT_SETTING, { value: 30 }, { value: 15 }]);
    const stale = await admin.userSession.setIdleTimeout({ idleTimeoutMinutes: 20, expectedUpdatedAt: null }).catch((e: unknown) => e);
    expect((stale as TRPCError).code).toBe("CONFLICT");
    // Sessions follow at once: 20 minutes idle is now too long.
    const me = t.users.PARTNER;
    const twentyIdle = await session(me.id, 20 * MIN);
    const list = await t.callerFor(me).userSession.listOwn();
    expect(list.idleTimeoutMinutes).toBe(15);
    expect(list.sessions.map((s) => s.id)).not.toContain(twentyIdle);
    await t.db.setting.delete({ where: { key: IDLE_TIMEOUT_SETTING } });
  });
});

describe("retention of ended sessions", () => {
  it("removes sessions that ended more than 30 days ago and keeps the rest", async () => {
    const userId = t.users.RAAD.id;
    await t.db.userSession.deleteMany({ where: { userId } });
    const make = (label: string, data: { createdAt: Date; lastSeenAt: Date; expiresAt: Date; revokedAt?: Date }) =>
      t.db.userSession.create({ data: { userId, device: label, ...data } });
    await make("revoked 31 days ago", { createdAt: ago(32 * DAY), lastSeenAt: ago(32 * DAY), expiresAt: ago(31 * DAY), revokedAt: ago(31 * DAY) });
    await make("expired 31 days ago", { createdAt: ago(31 * DAY + 12 * 60 * MIN), lastSeenAt: ago(31 * DAY), expiresAt: ago(31 * DAY) });
    await make("revoked 29 days ago", { createdAt: ago(29 * DAY + MIN), lastSeenAt: ago(29 * DAY + MIN), expiresAt: ago(29 * DAY - 12 * 60 * MIN), revokedAt: ago(29 * DAY) });
    await make("live", { createdAt: ago(MIN), lastSeenAt: ago(MIN), expiresAt: new Date(NOW.getTime() + DAY / 2) });

    const mark = await lastAuditId(t.db);
    const run = await purgeExpiredData(t.db, NOW);
    expect(run.sessionsRemoved).toBe(2);
    expect((await t.db.userSession.findMany({ where: { userId }, orderBy: { createdAt: "asc" } })).map((s) => s.device)).toEqual([
      "revoked 29 days ago",
      "live",
    ]);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { id: { gt: mark }, action: "retention.purge" } });
    expect(audit.after).toMatchObject({ sessionsRemoved: 2 });
    expect((await purgeExpiredData(t.db, NOW)).sessionsRemoved).toBe(0);
  });
});

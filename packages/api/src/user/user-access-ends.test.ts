import { createUserSession } from "@kk/auth/user-sessions";
import { createTestMunicipality } from "@kk/db/testing";
import type { SessionUser } from "@kk/auth/roles";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarFeedByToken, createCalendarFeed } from "../meeting-calendar/calendar-feed.ts";
import { lastAuditId } from "../testing/audit-watermark.ts";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";

/**
 * Issue 14, findings 7 and 9: a role change, an organisation change or a deactivation ends every
 * session of that user and their calendar feed at once, in the same transaction, audited. Issue 18:
 * so does a change of the municipality the user acts for.
 */
const NOW = new Date(Date.UTC(2026, 11, 6, 9, 0));
const BASE_URL = "https://portaal.test";

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("user-access-ends", { now: NOW });
  await createTestMunicipality(t.db, "GM0642", "Zwijndrecht");
});
afterAll(async () => {
  await t?.drop();
});

async function newUser(role: "PROFESSIONAL" | "PARTNER", label: string): Promise<SessionUser> {
  const row = await t.db.user.create({
    data: { email: `${label}@access.example`, name: `Gebruiker ${label}`, role, organisationId: role === "PARTNER" ? t.partnerOrganisationId : null },
  });
  return { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: row.organisationId, municipalityCode: row.municipalityCode };
}

async function signedInWithFeed(user: SessionUser): Promise<{ sessions: string[]; token: string }> {
  const sessions = [await createUserSession(t.db, user.id, NOW, null), await createUserSession(t.db, user.id, NOW, null)];
  const { url } = await createCalendarFeed(t.db, user, BASE_URL, NOW);
  const token = url.slice(url.lastIndexOf("/") + 1);
  expect(await calendarFeedByToken(t.db, token, { baseUrl: BASE_URL, now: NOW })).toContain("BEGIN:VCALENDAR");
  return { sessions, token };
}

async function openSessions(userId: string): Promise<number> {
  return t.db.userSession.count({ where: { userId, revokedAt: null } });
}

describe("ending a user's access when who they are changes", () => {
  const cases = [
    {
      name: "role change",
      reason: "ROLE_CHANGED",
      change: async (user: SessionUser) => {
        const row = await t.callerFor(t.users.BEHEERDER).user.byId({ id: user.id });
        await t.callerFor(t.users.BEHEERDER).user.update({ id: user.id, version: row.version, name: row.name, role: "RAAD", organisationId: "", municipalityCode: "GM0642" });
      },
    },
    {
      name: "municipality change",
      reason: "MUNICIPALITY_CHANGED",
      change: async (user: SessionUser) => {
        const row = await t.callerFor(t.users.BEHEERDER).user.byId({ id: user.id });
        await t.callerFor(t.users.BEHEERDER).user.update({ id: user.id, version: row.version, name: row.name, role: row.role, organisationId: "", municipalityCode: "GM0642" });
      },
    },
    {
      name: "organisation change",
      reason: "ORGANISATION_CHANGED",
      change: async (user: SessionUser) => {
        const row = await t.callerFor(t.users.BEHEERDER).user.byId({ id: user.id });
        await t.callerFor(t.users.BEHEERDER).user.update({ id: user.id, version: row.version, name: row.name, role: "PARTNER", organisationId: t.otherOrganisationId });
      },
    },
    {
      name: "deactivation",
      reason: "DEACTIVATED",
      change: async (user: SessionUser) => {
        const row = await t.callerFor(t.users.BEHEERDER).user.byId({ id: user.id });
        await t.callerFor(t.users.BEHEERDER).user.setActive({ id: user.id, version: row.version, active: false });
      },
    },
  ] as const;

  for (const [index, testCase] of cases.entries()) {
    it(`ends every session and the calendar feed on a ${testCase.name}, audited`, async () => {
      const user = await newUser(testCase.name === "organisation change" ? "PARTNER" : "PROFESSIONAL", `case${index}`);
      const { token } = await signedInWithFeed(user);
      const mark = await lastAuditId(t.db);

      await testCase.change(user);

      expect(await openSessions(user.id)).toBe(0);
      const ended = await t.db.userSession.findMany({ where: { userId: user.id } });
      expect(ended.map((row) => [row.revokedReason, row.revokedAt?.toISOString()])).toEqual(
        ended.map(() => [testCase.reason, NOW.toISOString()]),
      );
      expect(await t.db.calendarFeedToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
      expect(await calendarFeedByToken(t.db, token, { baseUrl: BASE_URL, now: NOW })).toBeNull();
      const audit = await t.db.auditEvent.findFirstOrThrow({ where: { id: { gt: mark }, action: "user.accessEnded", entityId: user.id } });
      expect(audit.after).toEqual({ reason: testCase.reason, sessionsEnded: 2, calendarFeedsEnded: 1 });
      expect(audit.actorId).toBe(t.users.BEHEERDER.id);
    });
  }

  it("keeps sessions and the feed when only the name changes", async () => {
    const user = await newUser("PROFESSIONAL", "rename");
    const { token } = await signedInWithFeed(user);
    const row = await t.callerFor(t.users.BEHEERDER).user.byId({ id: user.id });
    await t.callerFor(t.users.BEHEERDER).user.update({ id: user.id, version: row.version, name: "Andere Naam", role: "PROFESSIONAL", organisationId: "" });
    expect(await openSessions(user.id)).toBe(2);
    expect(await calendarFeedByToken(t.db, token, { baseUrl: BASE_URL, now: NOW })).toContain("BEGIN:VCALENDAR");
  });

  it("a reactivated user does not get the old feed back", async () => {
    const user = await newUser("PROFESSIONAL", "reactivate");
    const { token } = await signedInWithFeed(user);
    const admin = t.callerFor(t.users.BEHEERDER);
    const first = await admin.user.byId({ id: user.id });
    const off = await admin.user.setActive({ id: user.id, version: first.version, active: false });
    await admin.user.setActive({ id: user.id, version: off.version, active: true });
    expect(await calendarFeedByToken(t.db, token, { baseUrl: BASE_URL, now: NOW })).toBeNull();
    expect(await openSessions(user.id)).toBe(0);
  });
});

import type { SessionUser } from "@kk/auth/roles";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { callOverHttp } from "./http-call.ts";
import { fuzzTargets, type FuzzTarget } from "./procedures.ts";

/**
 * The 5xx answers the fuzz suite found (issue 14, part N), each replayed with its shrunk input
 * through /api/trpc: each was a 500 before its fix and is a 4xx (or a 200) now.
 */
const NOW = new Date("2026-11-25T09:00:00Z");
let t: ApiTestDatabase;

beforeAll(async () => {
  t = await createApiTestDatabase("fuzz-found", { now: NOW });
});
afterAll(async () => {
  await t?.drop();
});

function target(path: string): FuzzTarget {
  const found = fuzzTargets().find((candidate) => candidate.path === path);
  if (!found) throw new Error(`No procedure ${path}`);
  return found;
}

async function statusOf(path: string, user: SessionUser, input: unknown): Promise<number> {
  const response = await callOverHttp(t.db, user, NOW, target(path), input);
  return response.status;
}

describe("5xx answers the fuzz suite found", () => {
  it("outbox.list: a paging cursor shaped right but holding no date is a 400, not an invalid date sent to the database", async () => {
    expect(await statusOf("outbox.list", t.users.BEHEERDER, { before: "0000-00-00T0Z_0" })).toBe(400);
    expect(await statusOf("outbox.list", t.users.BEHEERDER, { before: "2026-13-45T99:99Z_abc" })).toBe(400);
    expect(await statusOf("outbox.list", t.users.BEHEERDER, { before: "2026-11-25T09:00:00.000Z_abc" })).toBe(200);
  });

  it.each([
    ["freshness.setStaleAfterMonths", { months: 1 }],
    ["agreementReminders.setReminderDays", { beforeEnd: 30, beforeReview: 14 }],
    ["meetingJobs.setSettings", { reminderDaysBefore: 3, retentionYears: 5 }],
  ])("%s: an expectedUpdatedAt PostgreSQL cannot hold (year 0, year 10000) is a 400", async (path, fields) => {
    for (const expectedUpdatedAt of [new Date("0000-12-31T23:59:59.999Z"), new Date(Date.UTC(10_000, 0, 1)), new Date(8.64e15)]) {
      expect(await statusOf(path, t.users.COORDINATOR, { ...fields, expectedUpdatedAt }), expectedUpdatedAt.toISOString()).toBe(400);
    }
  });

  it.each([
    ["organisation.confirm", "COORDINATOR", () => ({ id: t.partnerOrganisationId })],
    ["user.setActive", "BEHEERDER", () => ({ id: t.users.PROFESSIONAL.id, active: false })],
  ] as const)("%s: a version beyond PostgreSQL's integer is a 400, not an out-of-range error from the database", async (path, role, fields) => {
    expect(await statusOf(path, t.users[role], { ...fields(), version: Number.MAX_SAFE_INTEGER })).toBe(400);
  });
});

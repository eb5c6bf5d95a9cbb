import type { AgreementStatus } from "@kk/db";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { expireAgreements } from "./expire-agreements.ts";
import { lastAuditId } from "../testing/audit-watermark.ts";

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("agreement_expiry");
});
afterAll(async () => {
  await t?.drop();
});
let auditAfter = 0n;
beforeEach(async () => {
  await t.db.agreement.deleteMany();
  auditAfter = await lastAuditId(t.db);
});

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function agreement(title: string, status: AgreementStatus, endDate: string | null) {
  return t.db.agreement.create({
    data: {
      title,
      kind: "CONVENANT",
      status,
      startDate: day("2025-01-01"),
      endDate: endDate ? day(endDate) : null,
      ownerId: t.users.COORDINATOR.id,
      parties: { create: [{ organisationId: t.partnerOrganisationId }, { organisationId: t.otherOrganisationId }] },
    },
  });
}

const statusOf = async (id: string) => (await t.db.agreement.findUniqueOrThrow({ where: { id } })).status;

describe("expireAgreements", () => {
  it("moves ACTIEF agreements past their end date to VERLOPEN with a system audit event, and leaves the rest alone", async () => {
    const past = await agreement("Voorbij", "ACTIEF", "2026-11-15");
    const lastDay = await agreement("Vandaag de laatste dag", "ACTIEF", "2026-12-01");
    const open = await agreement("Zonder einddatum", "ACTIEF", null);
    const concept = await agreement("Concept met oude einddatum", "CONCEPT", "2026-01-01");
    const discussed = await agreement("In bespreking met oude einddatum", "IN_BESPREKING", "2026-01-01");
    const ended = await agreement("Beëindigd", "BEEINDIGD", "2026-06-01");

    const result = await expireAgreements(t.db, new Date("2026-12-01T07:00:00Z"));

    expect(result).toEqual({ today: "2026-12-01", expired: [past.id] });
    const after = await t.db.agreement.findUniqueOrThrow({ where: { id: past.id } });
    expect(after).toMatchObject({ status: "VERLOPEN", version: past.version + 1 });
    for (const [row, status] of [
      [lastDay, "ACTIEF"],
      [open, "ACTIEF"],
      [concept, "CONCEPT"],
      [discussed, "IN_BESPREKING"],
      [ended, "BEEINDIGD"],
    ] as const) {
      expect(await statusOf(row.id), row.title).toBe(status);
    }
    const events = await t.db.auditEvent.findMany({ where: { id: { gt: auditAfter }, action: "agreement.expire" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: null, actorEmail: null, entityType: "Agreement", entityId: past.id });
    expect(events[0]?.before).toEqual({ status: "ACTIEF", version: past.version });
    expect(events[0]?.after).toMatchObject({ status: "VERLOPEN", endDate: "2026-11-15", today: "2026-12-01" });
  });

  it("keeps the end date itself in force, by the Amsterdam date: 22:30 UTC on 31 March is already 1 April", async () => {
    const march = await agreement("Loopt tot 31 maart", "ACTIEF", "2026-03-31");

    expect(await expireAgreements(t.db, new Date("2026-03-31T21:59:00Z"))).toEqual({ today: "2026-03-31", expired: [] });
    expect(await statusOf(march.id)).toBe("ACTIEF");

    expect(await expireAgreements(t.db, new Date("2026-03-31T22:30:00Z"))).toEqual({ today: "2026-04-01", expired: [march.id] });
    expect(await statusOf(march.id)).toBe("VERLOPEN");
  });

  it("expires each agreement once when two runs overlap or the job runs again", async () => {
    const first = await agreement("Eerste", "ACTIEF", "2026-10-01");
    const second = await agreement("Tweede", "ACTIEF", "2026-11-01");
    const now = new Date("2026-12-01T07:00:00Z");

    const runs = await Promise.all([expireAgreements(t.db, now), expireAgreements(t.db, now)]);
    expect(runs.flatMap((r) => r.expired).sort()).toEqual([first.id, second.id].sort());
    expect((await expireAgreements(t.db, now)).expired).toEqual([]);
    expect(await t.db.auditEvent.count({ where: { id: { gt: auditAfter }, action: "agreement.expire" } })).toBe(2);
    expect((await t.db.agreement.findUniqueOrThrow({ where: { id: first.id } })).version).toBe(first.version + 1);
  });
});

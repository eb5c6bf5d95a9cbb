import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { getNetworkGaps } from "./network-gaps.ts";

let t: ApiTestDatabase;

beforeAll(async () => {
  t = await createApiTestDatabase("network_gaps");
});

afterAll(async () => {
  await t.drop();
});

const NOW = new Date("2026-11-25T10:00:00Z");
const RECENT = new Date("2026-11-01T10:00:00Z");

describe("network gaps", () => {
  it("flags organisations without an agreement in force, without an escalation contact, or not verified recently", async () => {
    // Complete: agreement in force, escalation contact by role, recently verified.
    const complete = await t.db.organisation.create({
      data: {
        name: "A Compleet",
        slug: "a-compleet",
        sector: "MEDISCH",
        type: "GGZ",
        legalFrame: "CONSENT_REQUIRED",
        verifiedAt: RECENT,
        contacts: { create: { name: "Escalatie", roles: ["ESCALATIE_AANSPREEKPUNT"] } },
      },
    });
    // Only its agreement has expired (ACTIEF but past the end date).
    const expired = await t.db.organisation.create({
      data: {
        name: "B Verlopen Afspraak",
        slug: "b-verlopen",
        sector: "MEDISCH",
        type: "GGZ",
        legalFrame: "CONSENT_REQUIRED",
        verifiedAt: RECENT,
        contacts: { create: { name: "Escalatie", roles: ["ESCALATIE_AANSPREEKPUNT"] } },
      },
    });
    await t.db.organisation.create({
      data: { name: "C Gesloten", slug: "c-gesloten", sector: "MEDISCH", type: "GGZ", legalFrame: "CONSENT_REQUIRED", status: "CLOSED" },
    });
    await t.db.agreement.create({
      data: {
        title: "In werking",
        kind: "CONVENANT",
        status: "ACTIEF",
        ownerId: t.users.COORDINATOR.id,
        parties: { create: [{ organisationId: complete.id }, { organisationId: t.partnerOrganisationId }] },
      },
    });
    await t.db.agreement.create({
      data: {
        title: "Over datum",
        kind: "CONVENANT",
        status: "ACTIEF",
        endDate: new Date("2026-11-24"),
        ownerId: t.users.COORDINATOR.id,
        parties: { create: [{ organisationId: expired.id }, { organisationId: t.otherOrganisationId }] },
      },
    });

    const gaps = await getNetworkGaps(t.db, NOW);

    expect(gaps.activeOrganisations).toBe(4);
    expect(gaps.rows.map((r) => r.name)).not.toContain("A Compleet");
    expect(gaps.rows.map((r) => r.name)).not.toContain("C Gesloten");
    const byName = new Map(gaps.rows.map((r) => [r.name, r]));
    expect(byName.get("B Verlopen Afspraak")).toMatchObject({ withoutActiveAgreement: true, withoutEscalationContact: false, notVerifiedRecently: false });
    // The test-context partner organisation has an agreement but no contact and was never verified.
    expect(byName.get("Wijkteam Test")).toMatchObject({ withoutActiveAgreement: false, withoutEscalationContact: true, notVerifiedRecently: true });
    expect(byName.get("Veilig Thuis Test")).toMatchObject({ withoutActiveAgreement: true, withoutEscalationContact: true, notVerifiedRecently: true });
    // Most gaps first.
    expect(gaps.rows[0]!.name).toBe("Veilig Thuis Test");
    expect(gaps.totals).toEqual({ withoutActiveAgreement: 2, withoutEscalationContact: 2, notVerifiedRecently: 2, any: 3 });
    expect(gaps.staleAfterMonths).toBe(6);
  });

  it("is for the coordinator and the administrator only", async () => {
    await expect(t.callerFor(t.users.BEHEERDER).networkGaps.list()).resolves.toMatchObject({ activeOrganisations: expect.any(Number) });
    await expect(t.callerFor(t.users.PARTNER).networkGaps.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(t.callerFor(t.users.RAAD).networkGaps.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

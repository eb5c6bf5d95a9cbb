import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";

const NOW = new Date("2026-03-02T10:00:00Z");
let t: ApiTestDatabase;

beforeAll(async () => {
  t = await createApiTestDatabase("weighing-consult", { now: NOW });
  const gemeente = await t.db.organisation.create({
    data: { name: "Gemeente Test", slug: "gemeente-test", sector: "GEMEENTE", type: "Gemeente", legalFrame: "CONSENT_REQUIRED" },
  });
  await t.db.contact.create({ data: { organisationId: gemeente.id, name: "Cora Coördinator", roles: ["ESCALATIE_AANSPREEKPUNT"] } });
  await t.db.contact.create({ data: { organisationId: t.partnerOrganisationId, name: "Anna Aandacht", roles: ["AANDACHTSFUNCTIONARIS"] } });
  await t.db.contact.create({
    data: { organisationId: t.partnerOrganisationId, name: "Paul Privacy", roles: ["PRIVACY_OFFICER"], visibility: "COORDINATORS" },
  });
  await t.db.contact.create({ data: { organisationId: t.partnerOrganisationId, name: "Lies Leiding", roles: ["LEIDINGGEVENDE"] } });
  // Another organisation's aandachtsfunctionaris is not "your own".
  await t.db.contact.create({ data: { organisationId: t.otherOrganisationId, name: "Vera Ander", roles: ["AANDACHTSFUNCTIONARIS"] } });
});
afterAll(async () => {
  await t?.drop();
});

describe("weighing.consultContacts", () => {
  it("gives a partner its own organisation's aandachtsfunctionaris and privacy officer, the coordinator and Veilig Thuis", async () => {
    const result = await t.callerFor(t.users.PARTNER).weighing.consultContacts();
    expect(result.ownOrganisation?.name).toBe("Wijkteam Test");
    expect(result.ownOrganisation?.aandachtsfunctionarissen.map((c) => c.name)).toEqual(["Anna Aandacht"]);
    // A partner sees its own organisation's "coordinators only" contacts (docs/sociale-kaart.md).
    expect(result.ownOrganisation?.privacyOfficers.map((c) => c.name)).toEqual(["Paul Privacy"]);
    expect(result.municipalCoordinator?.contact?.name).toBe("Cora Coördinator");
    expect(result.veiligThuis.map((o) => o.name)).toEqual(["Veilig Thuis Test"]);
  });

  it("hides a 'coordinators only' contact from a professional of the same organisation", async () => {
    const professional = { ...t.users.PROFESSIONAL, organisationId: t.partnerOrganisationId };
    const result = await t.callerFor(professional).weighing.consultContacts();
    expect(result.ownOrganisation?.aandachtsfunctionarissen.map((c) => c.name)).toEqual(["Anna Aandacht"]);
    expect(result.ownOrganisation?.privacyOfficers).toEqual([]);
  });

  it("has no own organisation for a user without one", async () => {
    const result = await t.callerFor(t.users.PROFESSIONAL).weighing.consultContacts();
    expect(result.ownOrganisation).toBeNull();
    expect(result.veiligThuis).toHaveLength(1);
  });
});

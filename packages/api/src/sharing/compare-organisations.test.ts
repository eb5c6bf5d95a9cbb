import type { ContactRole, LegalFrame } from "@kk/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";

const NOW = new Date("2026-11-25T10:00:00Z");

let t: ApiTestDatabase;
let school: string;
let gi: string;
let reclassering: string;

let sequence = 0;
async function organisation(name: string, type: string, legalFrame: LegalFrame, contacts: Array<{ name: string; roles: ContactRole[]; visibility?: "SIGNED_IN" | "COORDINATORS" }> = [], status: "ACTIVE" | "CLOSED" = "ACTIVE") {
  sequence += 1;
  const row = await t.db.organisation.create({
    data: {
      name,
      slug: `pair-${sequence}`,
      sector: "BESCHERMINGSKETEN",
      type,
      legalFrame,
      status,
      contacts: { create: contacts.map((c) => ({ name: c.name, jobTitle: "", roles: c.roles, visibility: c.visibility ?? "SIGNED_IN" })) },
    },
  });
  return row.id;
}

beforeAll(async () => {
  t = await createApiTestDatabase("sharing_compare", { now: NOW });
  school = await organisation("Basisschool De Linde", "School", "CONSENT_REQUIRED", [
    { name: "Ilse Intern", roles: ["AANDACHTSFUNCTIONARIS", "INFORMATIEVERZOEKEN"] },
    { name: "Piet Privacy", roles: ["PRIVACY_OFFICER"], visibility: "COORDINATORS" },
    { name: "Dirk Directeur", roles: ["ESCALATIE_AANSPREEKPUNT"] },
  ]);
  gi = await organisation("Jeugdbescherming Linde", "Gecertificeerde Instelling", "WITHOUT_CONSENT_DURING_ORDER", [{ name: "Gerda Gezinsvoogd", roles: ["INFORMATIEVERZOEKEN"] }]);
  reclassering = await organisation("Reclassering Linde", "Reclassering", "WITHOUT_CONSENT_DURING_SUPERVISION");
  await organisation("Opgeheven Linde", "School", "CONSENT_REQUIRED", [], "CLOSED");
  for (let i = 0; i < 14; i++) await organisation(`Kinderopvang Élan ${String(i).padStart(2, "0")}`, "Kinderopvang", "CONSENT_REQUIRED");
  await t.db.agreement.create({
    data: {
      title: "Convenant Linde",
      kind: "CONVENANT",
      status: "ACTIEF",
      startDate: new Date("2025-01-01"),
      ownerId: t.users.COORDINATOR.id,
      parties: { create: [{ organisationId: school }, { organisationId: gi }] },
      clauses: {
        create: [
          { clauseKey: "5", coverage: "COVERED", reference: "art. 5" },
          { clauseKey: "6", coverage: "NOT_COVERED" },
          { clauseKey: "1a", coverage: "COVERED" },
        ],
      },
    },
  });
});

afterAll(async () => {
  await t?.drop();
});

describe("sharing.compare", () => {
  it("gives the OTS duty with an order, and separates consultation, request and escalation contacts", async () => {
    const answer = await t.callerFor(t.users.PROFESSIONAL).sharing.compare({ fromOrganisationId: school, toOrganisationId: gi });
    expect(answer.advice.first).toEqual(["pair.acute-danger", "pair.conflict-of-duties"]);
    expect(answer.advice.cases.map((c) => [c.order, c.verdict])).toEqual([
      [true, "OTS_DUTY_TO_GEZINSVOOGD"],
      [false, "NOT_IN_SOURCE"],
    ]);
    // The privacy officer is "coordinators only": a professional does not see it.
    expect(answer.from.consultationContacts.map((c) => c.name)).toEqual(["Ilse Intern"]);
    expect(answer.from.requestContacts.map((c) => c.name)).toEqual(["Ilse Intern"]);
    expect(answer.from.escalationContacts.map((c) => c.name)).toEqual(["Dirk Directeur"]);
    expect(answer.to.requestContacts.map((c) => c.name)).toEqual(["Gerda Gezinsvoogd"]);
    expect(answer.to.consultationContacts).toEqual([]);
  });

  it("shows the coordinator the restricted privacy officer too", async () => {
    const answer = await t.callerFor(t.users.COORDINATOR).sharing.compare({ fromOrganisationId: school, toOrganisationId: gi });
    expect(answer.from.consultationContacts.map((c) => c.name)).toEqual(["Ilse Intern", "Piet Privacy"]);
  });

  it("returns the agreement in force with the clauses that matter for the pair, unassessed ones as null", async () => {
    const answer = await t.callerFor(t.users.PROFESSIONAL).sharing.compare({ fromOrganisationId: school, toOrganisationId: gi });
    expect(answer.agreement.covered).toBe(true);
    expect(answer.agreement.inForce?.title).toBe("Convenant Linde");
    expect(answer.agreement.inForce?.clauses).toEqual([
      { key: "4", coverage: null, reference: "" },
      { key: "5", coverage: "COVERED", reference: "art. 5" },
      { key: "6", coverage: "NOT_COVERED", reference: "" },
      { key: "reactietermijn", coverage: null, reference: "" },
      { key: "escalatie", coverage: null, reference: "" },
    ]);
    // No reactietermijn in the agreement: the toolKID's five working days; with one, the agreement's.
    expect(answer.answerTerm).toEqual({ workingDays: 5, source: "DEFAULT" });
    const id = answer.agreement.inForce!.id;
    await t.db.agreement.update({ where: { id }, data: { responseWorkingDays: 3 } });
    try {
      const agreed = await t.callerFor(t.users.PROFESSIONAL).sharing.compare({ fromOrganisationId: school, toOrganisationId: gi });
      expect(agreed.answerTerm).toEqual({ workingDays: 3, source: "AGREEMENT", agreement: { id, title: "Convenant Linde" } });
    } finally {
      await t.db.agreement.update({ where: { id }, data: { responseWorkingDays: null } });
    }
  });

  it("says there is no agreement, and splits reclassering on compulsory supervision", async () => {
    const answer = await t.callerFor(t.users.PROFESSIONAL).sharing.compare({ fromOrganisationId: school, toOrganisationId: reclassering });
    expect(answer.agreement).toEqual({ agreements: [], covered: false, inForce: null });
    expect(answer.answerTerm).toEqual({ workingDays: 5, source: "DEFAULT" });
    expect(answer.advice.cases.map((c) => [c.supervision, c.verdict])).toEqual([
      [true, "ON_REQUEST_WITH_LEGITIMATE_GROUND"],
      [false, "NOT_IN_SOURCE"],
    ]);
    expect(answer.advice.conditions).toEqual(["pair.condition.supervision"]);
  });
});

describe("sharing.findOrganisations", () => {
  const find = (q: string, who: "PROFESSIONAL" | "COORDINATOR" = "PROFESSIONAL") => t.callerFor(t.users[who]).sharing.findOrganisations({ q });

  it("matches every word in name or type, accent-insensitive, name-prefix first", async () => {
    expect((await find("linde")).results.map((r) => r.name)).toEqual(["Basisschool De Linde", "Jeugdbescherming Linde", "Reclassering Linde"]);
    expect((await find("Reclassering")).results.map((r) => r.name)).toEqual(["Reclassering Linde"]);
    expect((await find("linde gecertificeerde")).results.map((r) => r.name)).toEqual(["Jeugdbescherming Linde"]);
    expect((await find("elan 03")).results.map((r) => r.name)).toEqual(["Kinderopvang Élan 03"]);
  });

  it("cuts the list at ten and reports the total", async () => {
    const answer = await find("kinderopvang");
    expect(answer.total).toBe(14);
    expect(answer.results).toHaveLength(10);
    expect(answer.results[0]?.name).toBe("Kinderopvang Élan 00");
  });

  it("treats % and _ as text, returns nothing for an empty query, hides closed organisations except from the coordinator", async () => {
    expect((await find("%")).total).toBe(0);
    expect((await find("  ")).results).toEqual([]);
    expect((await find("opgeheven")).results).toEqual([]);
    expect((await find("opgeheven", "COORDINATOR")).results.map((r) => r.name)).toEqual(["Opgeheven Linde"]);
  });
});

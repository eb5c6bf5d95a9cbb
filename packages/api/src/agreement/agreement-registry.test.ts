import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { listAgreements } from "./read-agreements.ts";
import { listAgreementsInput, type CreateAgreementInput } from "./schemas.ts";
import { failure, fieldErrorsOf } from "../testing/trpc-errors.ts";

let t: ApiTestDatabase;
let thirdOrganisationId: string;
beforeAll(async () => {
  t = await createApiTestDatabase("agreement-registry");
  const third = await t.db.organisation.create({
    data: { name: "Basisschool Test", slug: "basisschool-test", sector: "ONDERWIJS", type: "School", legalFrame: "CONSENT_REQUIRED" },
  });
  thirdOrganisationId = third.id;
});
afterAll(async () => {
  await t?.drop();
});

function input(title: string, overrides: Partial<CreateAgreementInput> = {}): CreateAgreementInput {
  return {
    title,
    kind: "SAMENWERKINGSAFSPRAAK",
    purpose: "Informatie delen bij zorgen over kinderen.",
    startDate: "2026-01-01",
    endDate: "2027-12-31",
    reviewDate: "2027-06-30",
    parties: [
      { organisationId: t.partnerOrganisationId, signatoryName: "A. de Vries", signatoryFunction: "Directeur" },
      { organisationId: t.otherOrganisationId },
    ],
    clauses: [
      { clauseKey: "1a", coverage: "COVERED", reference: "Artikel 3" },
      { clauseKey: "reactietermijn", coverage: "NOT_COVERED" },
    ],
    ...overrides,
  };
}

const coordinator = () => t.callerFor(t.users.COORDINATOR);

async function auditCount(entityId: string, action?: string) {
  return t.db.auditEvent.count({ where: { entityType: "Agreement", entityId, ...(action ? { action } : {}) } });
}

describe("agreement registry: creating and reading", () => {
  it("creates a concept owned by the coordinator, audited, with the checklist merged into the catalogue", async () => {
    const created = await coordinator().agreement.create(input("Afspraak lezen"));
    expect(created.status).toBe("CONCEPT");
    expect(created.ownerId).toBe(t.users.COORDINATOR.id);
    expect(await auditCount(created.id, "agreement.create")).toBe(1);
    const detail = await coordinator().agreement.byId({ id: created.id });
    expect(detail.checklist).toHaveLength(12);
    expect(detail.checklist.find((c) => c.key === "1a")).toMatchObject({ coverage: "COVERED", reference: "Artikel 3" });
    expect(detail.checklist.find((c) => c.key === "2")?.coverage).toBeNull();
    expect(detail.coverage).toEqual({ covered: 1, notCovered: 1, notApplicable: 0, notAssessed: 10 });
    expect(detail.parties.map((p) => p.organisation.name)).toEqual(["Veilig Thuis Test", "Wijkteam Test"]);
    expect(detail.allowedTransitions).toEqual(["IN_BESPREKING"]);
  });

  it("refuses end before start on endDate and stores nothing", async () => {
    const before = await t.db.agreement.count();
    const error = await failure(coordinator().agreement.create(input("Einde voor begin", { startDate: "2026-05-01", endDate: "2026-04-01" })));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(error).endDate?.[0]).toMatch(/vóór de ingangsdatum/);
    expect(await t.db.agreement.count()).toBe(before);
  });

  it("refuses a review date after the end date", async () => {
    const error = await failure(coordinator().agreement.create(input("Evaluatie na einde", { reviewDate: "2028-03-01" })));
    expect(fieldErrorsOf(error).reviewDate?.[0]).toMatch(/na de einddatum/);
  });

  it("refuses the same party twice, naming the organisation, and stores nothing", async () => {
    const before = await t.db.agreement.count();
    const error = await failure(
      coordinator().agreement.create(
        input("Dubbele partij", { parties: [{ organisationId: t.partnerOrganisationId }, { organisationId: t.partnerOrganisationId }] }),
      ),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(error)["parties.1.organisationId"]?.[0]).toContain("Wijkteam Test staat twee keer");
    expect(await t.db.agreement.count()).toBe(before);
    expect(await t.db.auditEvent.count({ where: { entityType: "Agreement", action: "agreement.create", after: { path: ["title"], equals: "Dubbele partij" } } })).toBe(0);
  });

  it("requires a title and at least one party", async () => {
    const error = await failure(coordinator().agreement.create(input("", { parties: [] })));
    const errors = fieldErrorsOf(error);
    expect(errors.title?.[0]).toMatch(/titel/);
    expect(errors.parties?.[0]).toMatch(/ten minste één partij/);
  });

  it("refuses an owner who is not a coordinator", async () => {
    const error = await failure(coordinator().agreement.create(input("Eigenaar professional", { ownerId: t.users.PROFESSIONAL.id })));
    expect(fieldErrorsOf(error).ownerId?.[0]).toMatch(/aandachtsfunctionaris/);
  });
});

describe("agreement registry: status transitions", () => {
  it("moves concept → in bespreking → concept → in bespreking → actief → beëindigd, each audited", async () => {
    const c = coordinator();
    let row = await c.agreement.create(input("Doorloop"));
    for (const to of ["IN_BESPREKING", "CONCEPT", "IN_BESPREKING", "ACTIEF", "BEEINDIGD"] as const) {
      row = await c.agreement.transition({ id: row.id, version: row.version, to });
      expect(row.status).toBe(to);
    }
    expect(await auditCount(row.id, "agreement.transition")).toBe(5);
    const history = await c.agreement.history({ id: row.id });
    expect(history[0]).toMatchObject({ action: "agreement.transition", fromStatus: "ACTIEF", toStatus: "BEEINDIGD", actorName: "Test COORDINATOR" });
    expect(history.at(-1)?.action).toBe("agreement.create");
  });

  it("refuses skipping a step and leaving a final status, with a Dutch message", async () => {
    const c = coordinator();
    const row = await c.agreement.create(input("Overslaan"));
    const skip = await failure(c.agreement.transition({ id: row.id, version: row.version, to: "ACTIEF" }));
    expect(skip.code).toBe("BAD_REQUEST");
    expect(skip.message).toContain("kan niet van concept naar actief");
    expect((await t.db.agreement.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("CONCEPT");

    let current = await c.agreement.transition({ id: row.id, version: row.version, to: "IN_BESPREKING" });
    current = await c.agreement.transition({ id: row.id, version: current.version, to: "ACTIEF" });
    const back = await failure(c.agreement.transition({ id: row.id, version: current.version, to: "CONCEPT" }));
    expect(back.message).toContain("alleen naar: verlopen of beëindigd");
    current = await c.agreement.transition({ id: row.id, version: current.version, to: "VERLOPEN" });
    const revive = await failure(c.agreement.transition({ id: row.id, version: current.version, to: "ACTIEF" }));
    expect(revive.message).toContain("afgesloten");
  });

  it("refuses actief with one party or without a start date", async () => {
    const c = coordinator();
    let row = await c.agreement.create(input("Eén partij", { startDate: "", parties: [{ organisationId: t.partnerOrganisationId }] }));
    row = await c.agreement.transition({ id: row.id, version: row.version, to: "IN_BESPREKING" });
    const error = await failure(c.agreement.transition({ id: row.id, version: row.version, to: "ACTIEF" }));
    expect(fieldErrorsOf(error).parties?.[0]).toMatch(/twee partijen/);
    expect(fieldErrorsOf(error).startDate?.[0]).toMatch(/ingangsdatum/);
    expect((await t.db.agreement.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("IN_BESPREKING");
  });
});

describe("agreement registry: who sees what", () => {
  let concept: string;
  let otherConcept: string;
  let active: string;
  beforeAll(async () => {
    const c = coordinator();
    concept = (await c.agreement.create(input("Zicht concept met partner"))).id;
    otherConcept = (
      await c.agreement.create(
        input("Zicht concept zonder partner", { parties: [{ organisationId: t.otherOrganisationId }, { organisationId: thirdOrganisationId }] }),
      )
    ).id;
    let row = await c.agreement.create(input("Zicht actief"));
    row = await c.agreement.transition({ id: row.id, version: row.version, to: "IN_BESPREKING" });
    row = await c.agreement.transition({ id: row.id, version: row.version, to: "ACTIEF" });
    active = row.id;
  });

  it("shows a partner a concept only when its organisation is a party", async () => {
    const partner = t.callerFor(t.users.PARTNER);
    const ids = (await partner.agreement.list({ q: "Zicht" })).map((a) => a.id);
    expect(ids).toContain(concept);
    expect(ids).toContain(active);
    expect(ids).not.toContain(otherConcept);
    expect((await partner.agreement.byId({ id: concept })).title).toBe("Zicht concept met partner");
    expect((await failure(partner.agreement.byId({ id: otherConcept }))).code).toBe("NOT_FOUND");
    expect(await partner.agreement.byId({ id: concept }).then((d) => d.allowedTransitions)).toEqual([]);
  });

  it("shows a professional active (and ended) agreements only", async () => {
    const pro = t.callerFor(t.users.PROFESSIONAL);
    const list = await pro.agreement.list({});
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((a) => ["ACTIEF", "VERLOPEN", "BEEINDIGD"].includes(a.status))).toBe(true);
    expect(list.map((a) => a.id)).toContain(active);
    expect((await failure(pro.agreement.byId({ id: concept }))).code).toBe("NOT_FOUND");
    expect((await failure(pro.agreement.history({ id: concept }))).code).toBe("NOT_FOUND");
  });

  it("refuses the council", async () => {
    const raad = t.callerFor(t.users.RAAD);
    expect((await failure(raad.agreement.list({}))).code).toBe("FORBIDDEN");
    expect((await failure(raad.agreement.byId({ id: active }))).code).toBe("FORBIDDEN");
  });

  it("refuses a partner and a professional every change", async () => {
    for (const user of [t.users.PARTNER, t.users.PROFESSIONAL, t.users.BEHEERDER]) {
      expect((await failure(t.callerFor(user).agreement.create(input("Niet van mij")))).code).toBe("FORBIDDEN");
      expect((await failure(t.callerFor(user).agreement.transition({ id: concept, version: 1, to: "IN_BESPREKING" }))).code).toBe("FORBIDDEN");
    }
  });

  it("counts 'lapses within N days' from the Dutch date, not the UTC date", async () => {
    const c = coordinator();
    const ended = await c.agreement.create(input("Grens 31 maart", { startDate: "2026-01-01", endDate: "2026-03-31", reviewDate: "" }));
    const first = await c.agreement.create(input("Grens 1 april", { startDate: "2026-01-01", endDate: "2026-04-01", reviewDate: "" }));
    // 22:30 UTC on 31 March is 00:30 on 1 April in Amsterdam: 31 March is already past.
    const now = new Date("2026-03-31T22:30:00Z");
    const listed = await listAgreements(t.db, t.users.COORDINATOR, listAgreementsInput.parse({ lapsesWithinDays: 1, q: "Grens" }), now);
    expect(listed.map((a) => a.id)).toEqual([first.id]);
    expect(listed.map((a) => a.id)).not.toContain(ended.id);
  });

  it("filters by status, party, kind and lapsing within N days", async () => {
    const c = coordinator();
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const soon = await c.agreement.create(
      input("Filter loopt af", { kind: "PROTOCOL", startDate: day(-100), endDate: day(20), reviewDate: "", parties: [{ organisationId: thirdOrganisationId }] }),
    );
    const later = await c.agreement.create(input("Filter later", { kind: "PROTOCOL", startDate: day(-100), endDate: day(200), reviewDate: day(100) }));
    const lapsing = (await c.agreement.list({ lapsesWithinDays: 30, q: "Filter" })).map((a) => a.id);
    expect(lapsing).toEqual([soon.id]);
    expect((await c.agreement.list({ lapsesWithinDays: 150, q: "Filter" })).map((a) => a.id).sort()).toEqual([soon.id, later.id].sort());
    expect((await c.agreement.list({ organisationId: thirdOrganisationId, kind: ["PROTOCOL"] })).map((a) => a.id)).toEqual([soon.id]);
    const activeOnly = await c.agreement.list({ status: ["ACTIEF"] });
    expect(activeOnly.map((a) => a.id)).toContain(active);
    expect(activeOnly.every((a) => a.status === "ACTIEF")).toBe(true);
    const item = (await c.agreement.list({ q: "Filter later" }))[0];
    expect(item?.parties.map((p) => p.name)).toEqual(["Veilig Thuis Test", "Wijkteam Test"]);
    expect(item?.coverage.covered).toBe(1);
  });
});

describe("agreement registry: updating", () => {
  it("replaces fields, parties and clauses in one save, audited with before and after", async () => {
    const c = coordinator();
    const row = await c.agreement.create(input("Bijwerken"));
    const updated = await c.agreement.update({
      ...input("Bijwerken aangepast", {
        parties: [{ organisationId: t.otherOrganisationId }, { organisationId: thirdOrganisationId, signatoryName: "J. Jansen" }],
        clauses: [{ clauseKey: "escalatie", coverage: "COVERED", reference: "Bijlage 2" }],
      }),
      id: row.id,
      version: row.version,
    });
    expect(updated.version).toBe(row.version + 1);
    expect(updated.title).toBe("Bijwerken aangepast");
    expect(updated.parties.map((p) => p.organisationId).sort()).toEqual([t.otherOrganisationId, thirdOrganisationId].sort());
    expect(updated.clauses).toEqual([{ clauseKey: "escalatie", coverage: "COVERED", reference: "Bijlage 2" }]);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: row.id, action: "agreement.update" } });
    expect(audit.before).toMatchObject({ title: "Bijwerken" });
    expect(audit.after).toMatchObject({ title: "Bijwerken aangepast" });
  });

  it("keeps the first of two concurrent saves and answers the second with CONFLICT", async () => {
    const c = coordinator();
    const row = await c.agreement.create(input("Gelijktijdig"));
    await c.agreement.update({ ...input("Gelijktijdig eerste"), id: row.id, version: row.version });
    const error = await failure(c.agreement.update({ ...input("Gelijktijdig tweede"), id: row.id, version: row.version }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/intussen gewijzigd/);
    expect((await t.db.agreement.findUniqueOrThrow({ where: { id: row.id } })).title).toBe("Gelijktijdig eerste");
    expect(await auditCount(row.id, "agreement.update")).toBe(1);
    const stale = await failure(c.agreement.transition({ id: row.id, version: row.version, to: "IN_BESPREKING" }));
    expect(stale.code).toBe("CONFLICT");
  });

  it("does not let an active agreement drop to one party", async () => {
    const c = coordinator();
    let row = await c.agreement.create(input("Actief blijft twee"));
    row = await c.agreement.transition({ id: row.id, version: row.version, to: "IN_BESPREKING" });
    row = await c.agreement.transition({ id: row.id, version: row.version, to: "ACTIEF" });
    const error = await failure(
      c.agreement.update({ ...input("Actief blijft twee", { parties: [{ organisationId: t.partnerOrganisationId }] }), id: row.id, version: row.version }),
    );
    expect(fieldErrorsOf(error).parties?.[0]).toMatch(/twee partijen/);
    expect(await t.db.agreementParty.count({ where: { agreementId: row.id } })).toBe(2);
  });
});

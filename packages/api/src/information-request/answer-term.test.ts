import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CreateAgreementInput } from "../agreement/schemas.ts";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { answerTermBetween } from "./answer-term.ts";
import { failure, fieldErrorsOf } from "../testing/trpc-errors.ts";

// A fixed clock (ADR 0007): Monday 9 March 2026, 10:00 in Amsterdam.
const NOW = new Date("2026-03-09T09:00:00Z");

let t: ApiTestDatabase;
let schoolId: string;
let gpId: string;
beforeAll(async () => {
  t = await createApiTestDatabase("information-request", { now: NOW });
  const school = await t.db.organisation.create({
    data: { name: "Basisschool Termijn", slug: "basisschool-termijn", sector: "ONDERWIJS", type: "School", legalFrame: "CONSENT_REQUIRED" },
  });
  const gp = await t.db.organisation.create({
    data: { name: "Huisarts Termijn", slug: "huisarts-termijn", sector: "MEDISCH", type: "Huisarts", legalFrame: "CONSENT_REQUIRED" },
  });
  schoolId = school.id;
  gpId = gp.id;
});
afterAll(async () => {
  await t?.drop();
});

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function agreement(
  title: string,
  parties: string[],
  fields: { status?: "ACTIEF" | "CONCEPT" | "VERLOPEN"; responseWorkingDays?: number | null; startDate?: string; endDate?: string | null; coversInformationExchange?: boolean } = {},
) {
  return t.db.agreement.create({
    data: {
      title,
      kind: "SAMENWERKINGSAFSPRAAK",
      status: fields.status ?? "ACTIEF",
      startDate: day(fields.startDate ?? "2026-01-01"),
      endDate: fields.endDate === null ? null : day(fields.endDate ?? "2027-12-31"),
      ownerId: t.users.COORDINATOR.id,
      coversInformationExchange: fields.coversInformationExchange ?? true,
      responseWorkingDays: fields.responseWorkingDays === undefined ? 10 : fields.responseWorkingDays,
      parties: { create: parties.map((organisationId) => ({ organisationId })) },
    },
  });
}

describe("answerTermBetween", () => {
  it("is the default of five working days without an agreement between the two", async () => {
    expect(await answerTermBetween(t.db, t.users.PROFESSIONAL, schoolId, gpId, NOW)).toEqual({ workingDays: 5, source: "DEFAULT" });
  });

  it("ignores agreements not in force, without the field, not about information exchange, or not visible", async () => {
    await agreement("Concept met termijn", [schoolId, gpId], { status: "CONCEPT", responseWorkingDays: 2 });
    await agreement("Verlopen", [schoolId, gpId], { status: "VERLOPEN", responseWorkingDays: 2 });
    await agreement("Nog niet begonnen", [schoolId, gpId], { startDate: "2026-04-01", responseWorkingDays: 2 });
    await agreement("Einde voorbij", [schoolId, gpId], { endDate: "2026-03-08", responseWorkingDays: 2 });
    await agreement("Zonder termijn", [schoolId, gpId], { responseWorkingDays: null });
    await agreement("Geen uitwisseling", [schoolId, gpId], { coversInformationExchange: false, responseWorkingDays: 2 });
    expect(await answerTermBetween(t.db, t.users.COORDINATOR, schoolId, gpId, NOW)).toEqual({ workingDays: 5, source: "DEFAULT" });
  });

  it("takes the reactietermijn of the agreement in force, in both directions; the shortest when there are several", async () => {
    const long = await agreement("Lange termijn", [schoolId, gpId, t.otherOrganisationId], { responseWorkingDays: 15 });
    const short = await agreement("Korte termijn", [gpId, schoolId], { responseWorkingDays: 3, endDate: "2026-03-09" });
    expect(await answerTermBetween(t.db, t.users.PROFESSIONAL, schoolId, gpId, NOW)).toEqual({
      workingDays: 3,
      source: "AGREEMENT",
      agreement: { id: short.id, title: "Korte termijn" },
    });
    expect((await answerTermBetween(t.db, t.users.PROFESSIONAL, gpId, schoolId, NOW)).agreement?.id).toBe(short.id);
    // The next Amsterdam day the short one has ended: the long one applies.
    const tomorrow = new Date("2026-03-09T23:30:00Z");
    expect(await answerTermBetween(t.db, t.users.PROFESSIONAL, schoolId, gpId, tomorrow)).toEqual({
      workingDays: 15,
      source: "AGREEMENT",
      agreement: { id: long.id, title: "Lange termijn" },
    });
  });

  it("the RAAD role sees no agreement, so gets the default", async () => {
    expect(await answerTermBetween(t.db, t.users.RAAD, schoolId, gpId, NOW)).toEqual({ workingDays: 5, source: "DEFAULT" });
  });
});

describe("informationRequest.answerDate", () => {
  it("counts the term in Dutch working days from today in Amsterdam", async () => {
    const result = await t.callerFor(t.users.PROFESSIONAL).informationRequest.answerDate({ fromOrganisationId: schoolId, toOrganisationId: gpId });
    expect(result).toMatchObject({ sentOn: "2026-03-09", dueOn: "2026-03-12", term: { workingDays: 3, source: "AGREEMENT" } });
    expect(result.from?.name).toBe("Basisschool Termijn");
  });

  it("is five working days without organisations, skipping Easter Monday", async () => {
    const beforeEaster = new Date("2026-04-02T08:00:00Z");
    const result = await t.callerFor(t.users.PROFESSIONAL, { now: beforeEaster }).informationRequest.answerDate({});
    expect(result).toMatchObject({ sentOn: "2026-04-02", dueOn: "2026-04-10", term: { workingDays: 5, source: "DEFAULT" }, from: null, to: null });
    expect(result.skippedHolidays).toEqual([{ day: "2026-04-06", name: "Tweede paasdag" }]);
  });

  it("treats an unknown organisation id as none", async () => {
    const result = await t.callerFor(t.users.PROFESSIONAL).informationRequest.answerDate({ fromOrganisationId: "bestaat-niet", toOrganisationId: gpId });
    expect(result).toMatchObject({ term: { source: "DEFAULT" }, from: null });
  });
});

function input(title: string, overrides: Partial<CreateAgreementInput> = {}): CreateAgreementInput {
  return {
    title,
    kind: "SAMENWERKINGSAFSPRAAK",
    startDate: "2026-01-01",
    parties: [{ organisationId: t.partnerOrganisationId }, { organisationId: t.otherOrganisationId }],
    ...overrides,
  };
}

describe("Agreement.responseWorkingDays (the reactietermijn field)", () => {
  const coordinator = () => t.callerFor(t.users.COORDINATOR);

  it("is stored on create and on update, and audited", async () => {
    const created = await coordinator().agreement.create(input("Met reactietermijn", { responseWorkingDays: "7" }));
    expect(created.responseWorkingDays).toBe(7);
    const createAudit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: created.id, action: "agreement.create" } });
    expect(createAudit.after).toMatchObject({ responseWorkingDays: 7 });

    const updated = await coordinator().agreement.update({ ...input("Met reactietermijn", { responseWorkingDays: "" }), id: created.id, version: created.version });
    expect(updated.responseWorkingDays).toBeNull();
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: created.id, action: "agreement.update" } });
    expect(audit.before).toMatchObject({ responseWorkingDays: 7 });
    expect(audit.after).toMatchObject({ responseWorkingDays: null });
    expect((await coordinator().agreement.byId({ id: created.id })).responseWorkingDays).toBeNull();
  });

  it.each([
    ["0", "De reactietermijn is ten minste 1 werkdag."],
    ["61", "De reactietermijn is hoogstens 60 werkdagen."],
    ["2,5", "Vul de reactietermijn in als een heel aantal werkdagen, bijvoorbeeld 5."],
    ["vijf", "Vul de reactietermijn in als een heel aantal werkdagen, bijvoorbeeld 5."],
  ])("refuses %s with a Dutch message on the field and stores nothing", async (value, message) => {
    const before = await t.db.agreement.count();
    const error = await failure(coordinator().agreement.create(input("Foute termijn", { responseWorkingDays: value })));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(error).responseWorkingDays).toEqual([message]);
    expect(await t.db.agreement.count()).toBe(before);
  });

  it("keeps the first of two concurrent saves of the term (CONFLICT for the second, nothing overwritten)", async () => {
    const created = await coordinator().agreement.create(input("Gelijktijdig", { responseWorkingDays: 5 }));
    await coordinator().agreement.update({ ...input("Gelijktijdig", { responseWorkingDays: 8 }), id: created.id, version: created.version });
    const error = await failure(coordinator().agreement.update({ ...input("Gelijktijdig", { responseWorkingDays: 12 }), id: created.id, version: created.version }));
    expect(error.code).toBe("CONFLICT");
    expect((await t.db.agreement.findUniqueOrThrow({ where: { id: created.id } })).responseWorkingDays).toBe(8);
    expect(await t.db.auditEvent.count({ where: { entityId: created.id, action: "agreement.update" } })).toBe(1);
  });

  it("may be changed by the coordinator only", async () => {
    const error = await failure(t.callerFor(t.users.PARTNER).agreement.create(input("Partner", { responseWorkingDays: 5 })));
    expect(error.code).toBe("FORBIDDEN");
  });
});

import type { AgreementStatus, ClauseCoverage, Sector } from "@kk/db";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { getAgreementFigures } from "./coverage-figures.ts";
import { loadCoverageMatrix } from "./load-coverage.ts";

let t: ApiTestDatabase;

beforeAll(async () => {
  t = await createApiTestDatabase("agreement_coverage");
});

afterAll(async () => {
  await t.drop();
});

beforeEach(async () => {
  await t.db.agreement.deleteMany();
  await t.db.organisation.deleteMany({ where: { id: { notIn: [t.partnerOrganisationId, t.otherOrganisationId] } } });
});

let sequence = 0;
async function organisation(name: string, sector: Sector = "MEDISCH", extra: { status?: "ACTIVE" | "CLOSED"; verifiedAt?: Date | null } = {}) {
  sequence += 1;
  return t.db.organisation.create({
    data: { name, slug: `org-${sequence}`, sector, type: "Test", legalFrame: "CONSENT_REQUIRED", status: extra.status ?? "ACTIVE", verifiedAt: extra.verifiedAt ?? null },
  });
}

async function agreement(data: {
  title: string;
  status?: AgreementStatus;
  parties: string[];
  clauses?: Record<string, ClauseCoverage>;
  startDate?: string | null;
  endDate?: string | null;
}) {
  return t.db.agreement.create({
    data: {
      title: data.title,
      kind: "CONVENANT",
      status: data.status ?? "ACTIEF",
      startDate: data.startDate === undefined ? new Date("2020-01-01") : data.startDate === null ? null : new Date(data.startDate),
      endDate: data.endDate ? new Date(data.endDate) : null,
      ownerId: t.users.COORDINATOR.id,
      parties: { create: data.parties.map((organisationId) => ({ organisationId })) },
      clauses: { create: Object.entries(data.clauses ?? {}).map(([clauseKey, coverage]) => ({ clauseKey, coverage })) },
    },
  });
}

const NOW = new Date("2026-11-25T10:00:00Z");

describe("loadCoverageMatrix", () => {
  it("covers pairs through active agreements, adds up clauses and ignores concepts, expired and closed organisations", async () => {
    const huisarts = await organisation("Huisarts Aa", "MEDISCH");
    const school = await organisation("School Bb", "ONDERWIJS");
    const ggz = await organisation("GGZ Cc", "MEDISCH");
    const closed = await organisation("Gesloten Dd", "MEDISCH", { status: "CLOSED" });
    await agreement({ title: "Convenant A", parties: [huisarts.id, school.id, closed.id], clauses: { "1a": "COVERED", "2": "NOT_COVERED", escalatie: "NOT_APPLICABLE" } });
    await agreement({ title: "Werkafspraak B", parties: [school.id, huisarts.id], clauses: { "2": "COVERED" } });
    await agreement({ title: "Concept", status: "CONCEPT", parties: [huisarts.id, ggz.id], clauses: { "1a": "COVERED" } });
    await agreement({ title: "Over datum", parties: [school.id, ggz.id], endDate: "2026-11-24" });

    const matrix = await loadCoverageMatrix(t.db, {}, NOW);

    expect(matrix.organisations.map((o) => o.name)).toEqual(["GGZ Cc", "Huisarts Aa", "School Bb", "Veilig Thuis Test", "Wijkteam Test"]);
    expect(matrix.totalPairs).toBe(10);
    expect(matrix.coveredPairs).toBe(1);
    const covered = matrix.pairs.filter((p) => p.covered);
    expect(covered).toHaveLength(1);
    expect(covered[0]).toMatchObject({ a: huisarts.id, b: school.id });
    expect(covered[0]!.agreements.map((a) => a.title)).toEqual(["Convenant A", "Werkafspraak B"]);
    // "escalatie" was marked not applicable, which does not cover it.
    expect(covered[0]!.lacks).toEqual(["1b", "3", "4", "5", "6", "7", "terugkoppeling", "escalatie", "reactietermijn", "vaste-contactpunten"]);
    expect(matrix.clauses.map((c) => c.key)).toContain("vaste-contactpunten");
    expect(matrix.today).toBe("2026-11-25");
    expect(matrix.truncated).toBe(false);
  });

  it("filters by sector: both organisations of a pair in the chosen sectors", async () => {
    const huisarts = await organisation("Huisarts Aa", "MEDISCH");
    const school = await organisation("School Bb", "ONDERWIJS");
    await organisation("GGZ Cc", "MEDISCH");
    await agreement({ title: "Convenant A", parties: [huisarts.id, school.id] });

    const medisch = await loadCoverageMatrix(t.db, { sectors: ["MEDISCH"] }, NOW);
    expect(medisch.organisations.map((o) => o.name)).toEqual(["GGZ Cc", "Huisarts Aa"]);
    expect(medisch.coveredPairs).toBe(0);

    const both = await loadCoverageMatrix(t.db, { sectors: ["MEDISCH", "ONDERWIJS"] }, NOW);
    expect(both.organisations).toHaveLength(3);
    expect(both.coveredPairs).toBe(1);
  });
});

describe("agreementCoverage procedures", () => {
  it("between: lists the agreements the caller may read and what the ones in force lack", async () => {
    const a = t.partnerOrganisationId;
    const b = t.otherOrganisationId;
    const outsider = await organisation("Buiten Ee");
    await agreement({ title: "Actief", parties: [a, b], clauses: { escalatie: "COVERED" } });
    await agreement({ title: "Concept met partner", status: "CONCEPT", parties: [a, b], clauses: { "1a": "COVERED" } });
    await agreement({ title: "Verlopen", status: "VERLOPEN", parties: [a, b] });
    await agreement({ title: "Ander paar", parties: [a, outsider.id] });

    const coordinator = await t.callerFor(t.users.COORDINATOR).agreementCoverage.between({ organisationA: a, organisationB: b });
    expect(coordinator.agreements.map((x) => x.title)).toEqual(["Actief", "Concept met partner", "Verlopen"]);
    expect(coordinator.agreements[0]!.inForce).toBe(true);
    expect(coordinator.covered).toBe(true);
    expect(coordinator.lacks).not.toContain("escalatie");
    // The concept's clause does not count.
    expect(coordinator.lacks).toContain("1a");

    const professional = await t.callerFor(t.users.PROFESSIONAL).agreementCoverage.between({ organisationA: a, organisationB: b });
    expect(professional.agreements.map((x) => x.title)).toEqual(["Actief", "Verlopen"]);
    expect(professional.covered).toBe(true);

    // The partner is party to the concept, so it sees it.
    const partner = await t.callerFor(t.users.PARTNER).agreementCoverage.between({ organisationA: a, organisationB: b });
    expect(partner.agreements.map((x) => x.title)).toContain("Concept met partner");

    await expect(t.callerFor(t.users.RAAD).agreementCoverage.between({ organisationA: a, organisationB: b })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(t.callerFor(t.users.COORDINATOR).agreementCoverage.between({ organisationA: a, organisationB: a })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("ofOrganisation: the agreements an organisation is party to, per caller", async () => {
    const other = await organisation("Buiten Ee");
    await agreement({ title: "Concept zonder partner", status: "CONCEPT", parties: [t.otherOrganisationId, other.id] });
    await agreement({ title: "Actief", parties: [t.otherOrganisationId, other.id] });
    const forCoordinator = await t.callerFor(t.users.COORDINATOR).agreementCoverage.ofOrganisation({ organisationId: other.id });
    expect(forCoordinator.map((x) => x.title)).toEqual(["Actief", "Concept zonder partner"]);
    const forPartner = await t.callerFor(t.users.PARTNER).agreementCoverage.ofOrganisation({ organisationId: other.id });
    expect(forPartner.map((x) => x.title)).toEqual(["Actief"]);
    expect(forPartner[0]!.parties.map((p) => p.name)).toEqual(["Buiten Ee", "Veilig Thuis Test"]);
  });

  it("figures: counts and coverage percentage for the council, without names", async () => {
    const huisarts = await organisation("Huisarts Aa", "MEDISCH");
    const school = await organisation("School Bb", "ONDERWIJS");
    await organisation("Gesloten", "MEDISCH", { status: "CLOSED" });
    const soon = new Date(NOW);
    soon.setUTCDate(soon.getUTCDate() + 30);
    await agreement({ title: "Loopt af", parties: [huisarts.id, school.id], endDate: soon.toISOString().slice(0, 10) });
    await agreement({ title: "Ook actief", parties: [huisarts.id, t.partnerOrganisationId] });
    await agreement({ title: "Concept", status: "CONCEPT", parties: [school.id, t.otherOrganisationId] });

    const figures = await getAgreementFigures(t.db, NOW);
    expect(figures.activeAgreements).toBe(2);
    expect(figures.activeOrganisations).toBe(4);
    expect(figures.organisationsWithActiveAgreement).toBe(3);
    expect(figures.totalPairs).toBe(6);
    expect(figures.coveredPairs).toBe(2);
    expect(figures.coveragePercentage).toBe(33);
    expect(figures.lapsingWithinDays).toBe(60);
    expect(figures.lapsingSoon).toBe(1);
    expect(figures.bySectorPair.find((row) => row.sectorA === "MEDISCH" && row.sectorB === "ONDERWIJS")).toEqual({
      sectorA: "MEDISCH",
      sectorB: "ONDERWIJS",
      totalPairs: 1,
      coveredPairs: 1,
      percentage: 100,
    });
    expect(figures.bySectorPair.reduce((sum, row) => sum + row.totalPairs, 0)).toBe(6);
    expect(JSON.stringify(figures)).not.toMatch(/Huisarts|School|Loopt af/);

    const viaProcedure = await t.callerFor(t.users.RAAD).agreementCoverage.figures();
    expect(viaProcedure.activeAgreements).toBe(2);
    await expect(t.callerFor(t.users.PROFESSIONAL).agreementCoverage.figures()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(t.callerFor(t.users.RAAD).agreementCoverage.matrix({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

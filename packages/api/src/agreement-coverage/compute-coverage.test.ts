import { describe, expect, it } from "vitest";
import { computeCoverage, isInForce, pairCount, type CoverageAgreement, type CoverageOrganisation } from "./compute-coverage.ts";

const KEYS = ["1a", "1b", "2", "escalatie"] as const;
const TODAY = "2026-11-25";

const org = (id: string): CoverageOrganisation => ({ id, name: id.toUpperCase(), slug: id, sector: "MEDISCH" });
const ORGS = [org("a"), org("b"), org("c")];

function agreement(overrides: Partial<CoverageAgreement> & { id: string }): CoverageAgreement {
  return {
    title: `Afspraak ${overrides.id}`,
    status: "ACTIEF",
    coversInformationExchange: true,
    startDate: new Date("2026-01-01T00:00:00Z"),
    endDate: null,
    partyOrganisationIds: ["a", "b"],
    coveredClauseKeys: [],
    ...overrides,
  };
}

function pair(result: ReturnType<typeof computeCoverage>, a: string, b: string) {
  const found = result.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
  if (!found) throw new Error(`no pair ${a}-${b}`);
  return found;
}

describe("computeCoverage", () => {
  it("lists every unordered pair once, uncovered pairs as gaps", () => {
    const result = computeCoverage(ORGS, [], KEYS, TODAY);
    expect(result.pairs.map((p) => `${p.a}-${p.b}`)).toEqual(["a-b", "a-c", "b-c"]);
    expect(result.totalPairs).toBe(3);
    expect(result.coveredPairs).toBe(0);
    expect(pair(result, "a", "b")).toEqual({ a: "a", b: "b", covered: false, agreements: [], lacks: [] });
  });

  it("covers a pair when both are parties to an agreement in force, and lists the clauses it does not cover", () => {
    const result = computeCoverage(ORGS, [agreement({ id: "x", coveredClauseKeys: ["1a", "2"] })], KEYS, TODAY);
    expect(pair(result, "a", "b")).toMatchObject({ covered: true, agreements: [{ id: "x", title: "Afspraak x" }], lacks: ["1b", "escalatie"] });
    expect(pair(result, "a", "c").covered).toBe(false);
    expect(result.coveredPairs).toBe(1);
  });

  it("adds up the clauses of two agreements for the same pair", () => {
    const result = computeCoverage(
      ORGS,
      [
        agreement({ id: "x", title: "Zeta", coveredClauseKeys: ["1a", "2"] }),
        agreement({ id: "y", title: "Alfa", partyOrganisationIds: ["b", "a", "c"], coveredClauseKeys: ["escalatie"] }),
      ],
      KEYS,
      TODAY,
    );
    const ab = pair(result, "a", "b");
    expect(ab.lacks).toEqual(["1b"]);
    expect(ab.agreements.map((a) => a.title)).toEqual(["Alfa", "Zeta"]);
    // The three-party agreement covers all three pairs; a–c and b–c lack what "Alfa" lacks.
    expect(pair(result, "b", "c").lacks).toEqual(["1a", "1b", "2"]);
    expect(result.coveredPairs).toBe(3);
  });

  it("does not count an expired, ended, concept or not-yet-started agreement, nor one without information exchange", () => {
    const agreements = [
      agreement({ id: "verlopen", status: "VERLOPEN" }),
      agreement({ id: "beeindigd", status: "BEEINDIGD" }),
      agreement({ id: "concept", status: "CONCEPT" }),
      agreement({ id: "bespreking", status: "IN_BESPREKING" }),
      // Still ACTIEF because the nightly job has not run yet, but the end date lies before today.
      agreement({ id: "over-datum", endDate: new Date("2026-11-24T00:00:00Z") }),
      agreement({ id: "toekomst", startDate: new Date("2026-11-26T00:00:00Z") }),
      agreement({ id: "geen-uitwisseling", coversInformationExchange: false }),
    ];
    const result = computeCoverage(ORGS, agreements, KEYS, TODAY);
    expect(result.coveredPairs).toBe(0);
    expect(pair(result, "a", "b").covered).toBe(false);
  });

  it("counts an agreement on its first and last day", () => {
    expect(isInForce(agreement({ id: "x", startDate: new Date("2026-11-25T00:00:00Z"), endDate: new Date("2026-11-25T00:00:00Z") }), TODAY)).toBe(true);
    expect(isInForce(agreement({ id: "x", startDate: null, endDate: null }), TODAY)).toBe(true);
  });

  it("does not cover a pair through a third party: being party together with the municipality is not enough", () => {
    const result = computeCoverage(
      ORGS,
      [agreement({ id: "x", partyOrganisationIds: ["a", "gemeente"] }), agreement({ id: "y", partyOrganisationIds: ["gemeente", "b"] })],
      KEYS,
      TODAY,
    );
    expect(pair(result, "a", "b").covered).toBe(false);
    expect(result.coveredPairs).toBe(0);
  });

  it("counts pairs", () => {
    expect(pairCount(0)).toBe(0);
    expect(pairCount(1)).toBe(0);
    expect(pairCount(4)).toBe(6);
  });
});

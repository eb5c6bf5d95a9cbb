import { describe, expect, it } from "vitest";
import { clauseNames, pairLookup, pairsLackingClauses, pairsWithoutAgreement, sectorsFromParams, type ViewPair } from "./coverage-view";

const org = (id: string) => ({ id, name: `Organisatie ${id}`, slug: `org-${id}` });
const a = org("a");
const b = org("b");
const c = org("c");

const covered: ViewPair = { a: "a", b: "b", covered: true, agreements: [{ id: "x", title: "Convenant X" }], lacks: ["2", "escalatie"] };
const pairs: ViewPair[] = [
  covered,
  { a: "a", b: "c", covered: false, agreements: [], lacks: [] },
  { a: "b", b: "c", covered: true, agreements: [{ id: "y", title: "Convenant Y" }], lacks: [] },
];

describe("sectorsFromParams", () => {
  it("keeps known sectors once, in catalogue order, and drops the rest", () => {
    expect(sectorsFromParams(["ONDERWIJS", "MEDISCH", "ONDERWIJS", "GEEN_SECTOR"])).toEqual(["MEDISCH", "ONDERWIJS"]);
    expect(sectorsFromParams("GEMEENTE")).toEqual(["GEMEENTE"]);
    expect(sectorsFromParams(undefined)).toEqual([]);
  });
});

describe("pairLookup", () => {
  it("finds a pair in either order", () => {
    const find = pairLookup(pairs);
    expect(find("a", "b")).toBe(covered);
    expect(find("b", "a")).toBe(covered);
    expect(find("a", "a")).toBeUndefined();
  });
});

describe("clauseNames", () => {
  it("names lacking clauses by code and title, falling back to the key", () => {
    const catalogue = [
      { key: "2", code: "2", title: "Juiste en actuele gegevens" },
      { key: "escalatie", code: "ESC", title: "Escalatie tussen organisaties" },
    ];
    expect(clauseNames(catalogue, ["2", "escalatie", "onbekend"])).toEqual(["2 Juiste en actuele gegevens", "ESC Escalatie tussen organisaties", "onbekend"]);
  });
});

describe("pairsWithoutAgreement", () => {
  it("lists every uncovered pair once, under the first organisation", () => {
    expect(pairsWithoutAgreement([a, b, c], pairs)).toEqual([{ organisation: a, without: [c] }]);
  });

  it("treats a pair missing from the result as uncovered", () => {
    expect(pairsWithoutAgreement([a, b, c], [covered])).toEqual([
      { organisation: a, without: [c] },
      { organisation: b, without: [c] },
    ]);
  });
});

describe("pairsLackingClauses", () => {
  it("lists covered pairs that miss clauses, not complete or uncovered ones", () => {
    expect(pairsLackingClauses([a, b, c], pairs)).toEqual([{ a, b, pair: covered }]);
  });
});

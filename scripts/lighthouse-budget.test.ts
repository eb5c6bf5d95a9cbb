import { describe, expect, it } from "vitest";
import { BUDGETS, budgetMisses, median, medianFigures, type PageFigures } from "./lighthouse-budget.ts";

const run = (overrides: Partial<PageFigures> = {}, scores: Partial<PageFigures["scores"]> = {}): PageFigures => ({
  scores: { performance: 100, accessibility: 100, "best-practices": 100, seo: 100, ...scores },
  jsKb: 10,
  totalKb: 40,
  lcpMs: 1200,
  tbtMs: 0,
  cls: 0,
  otherOrigins: 0,
  ...overrides,
});

describe("median", () => {
  it("takes the middle value, the mean of the middle two for an even count, and skips NaN", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN, 5])).toBe(5);
    expect(median([])).toBeNaN();
  });
});

describe("medianFigures", () => {
  it("takes each figure's median on its own and keeps the most requests to another origin", () => {
    const row = medianFigures([
      run({ jsKb: 31, lcpMs: 900, otherOrigins: 0 }, { performance: 90 }),
      run({ jsKb: 29, lcpMs: 1500, otherOrigins: 1 }, { performance: 99 }),
      run({ jsKb: 30, lcpMs: 1100, otherOrigins: 0 }, { performance: 96 }),
    ]);
    expect(row).toMatchObject({ jsKb: 30, lcpMs: 1100, otherOrigins: 1, scores: { performance: 96, seo: 100 } });
  });
});

describe("budgetMisses", () => {
  it("passes a public page exactly on the budget (30 kB, performance 95, the rest 100)", () => {
    expect(budgetMisses(run({ jsKb: 30 }, { performance: 95 }), BUDGETS.public)).toEqual([]);
  });

  it("names every miss of a public page", () => {
    expect(budgetMisses(run({ jsKb: 30.1 }, { performance: 94, "best-practices": 96, seo: 92 }), BUDGETS.public)).toEqual([
      "JS 30.1 kB > 30",
      "performance 94 < 95",
      "best-practices 96 < 100",
      "seo 92 < 100",
    ]);
  });

  it("allows no request to another origin on a public page", () => {
    expect(budgetMisses(run({ otherOrigins: 1 }), BUDGETS.public)).toEqual(["1 requests to another origin > 0"]);
    expect(budgetMisses(run({ otherOrigins: 1 }), BUDGETS.portal)).toEqual([]);
  });

  it("counts a figure Lighthouse did not give as a miss", () => {
    expect(budgetMisses(run({ jsKb: Number.NaN }), BUDGETS.public)).toEqual(["JS NaN kB > 30"]);
  });

  it("holds the portal pages to 150 kB and performance 90 only, and enforces it (issue 17, item 8)", () => {
    expect(budgetMisses(run({ jsKb: 150 }, { performance: 90, seo: 50 }), BUDGETS.portal)).toEqual([]);
    expect(budgetMisses(run({ jsKb: 224.5 }, { performance: 87 }), BUDGETS.portal)).toEqual(["JS 224.5 kB > 150", "performance 87 < 90"]);
    expect(BUDGETS.portal.enforced).toBe(true);
  });
});

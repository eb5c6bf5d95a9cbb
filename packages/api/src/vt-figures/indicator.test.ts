import { describe, expect, it } from "vitest";
import {
  computeIndicator,
  computeIndicatorFromParts,
  formatPercentage,
  missingFigure,
  roundedPercentage,
  sumFigures,
  suppressedFigure,
  valueFigure,
} from "./indicator.ts";

describe("sumFigures", () => {
  it("adds parts that are all values, zeros included", () => {
    expect(sumFigures([valueFigure(12), valueFigure(0), valueFigure(30)])).toEqual({ status: "VALUE", value: 42, provisional: false });
  });

  it("never turns a missing part into 0: the total is missing", () => {
    expect(sumFigures([valueFigure(12), missingFigure(), valueFigure(30)]).status).toBe("MISSING");
  });

  it("keeps a part suppressed at the source suppressed in the total", () => {
    expect(sumFigures([valueFigure(12), suppressedFigure(), valueFigure(30)]).status).toBe("SUPPRESSED");
  });

  it("reports missing rather than suppressed when both occur", () => {
    expect(sumFigures([suppressedFigure(), missingFigure()]).status).toBe("MISSING");
  });

  it("has no total without parts", () => {
    expect(sumFigures([]).status).toBe("MISSING");
  });

  it("is provisional when any part is provisional", () => {
    expect(sumFigures([valueFigure(5), valueFigure(7, true)])).toEqual({ status: "VALUE", value: 12, provisional: true });
    expect(sumFigures([missingFigure(true), valueFigure(7)])).toEqual({ status: "MISSING", provisional: true });
  });

  it("refuses negative and fractional counts", () => {
    expect(() => valueFigure(-1)).toThrow(RangeError);
    expect(() => valueFigure(2.5)).toThrow(RangeError);
  });
});

describe("roundedPercentage", () => {
  it("gives the plan's baseline exactly", () => {
    expect(roundedPercentage(157, 5000)).toBe(3.14);
  });

  it("rounds half up, also where floating point would round down", () => {
    expect(roundedPercentage(1, 8, 1)).toBe(12.5);
    expect(roundedPercentage(1, 8, 0)).toBe(13);
    // 1.005% in floating point is 1.00499…; the exact value rounds up.
    expect(roundedPercentage(201, 20000)).toBe(1.01);
    expect(roundedPercentage(2, 3)).toBe(66.67);
    expect(roundedPercentage(1, 3)).toBe(33.33);
  });

  it("handles 0 and 100 percent", () => {
    expect(roundedPercentage(0, 4321)).toBe(0);
    expect(roundedPercentage(4321, 4321)).toBe(100);
  });

  it("refuses a zero denominator", () => {
    expect(() => roundedPercentage(1, 0)).toThrow(RangeError);
  });
});

describe("computeIndicator", () => {
  it("computes the percentage with the inputs it came from", () => {
    expect(computeIndicator({ numerator: valueFigure(314), denominator: valueFigure(10_000) })).toEqual({
      status: "VALUE",
      percentage: 3.14,
      ratio: 0.0314,
      numerator: 314,
      denominator: 10_000,
      provisional: false,
    });
  });

  it("gives 0% for a numerator of 0: zero is a value", () => {
    const result = computeIndicator({ numerator: valueFigure(0), denominator: valueFigure(8000) });
    expect(result).toMatchObject({ status: "VALUE", percentage: 0 });
  });

  it("gives a missing value, never 0%, for a missing numerator", () => {
    expect(computeIndicator({ numerator: missingFigure(), denominator: valueFigure(8000) })).toEqual({
      status: "MISSING",
      reason: "NUMERATOR_MISSING",
      provisional: false,
    });
  });

  it("keeps a numerator suppressed at the source suppressed", () => {
    expect(computeIndicator({ numerator: suppressedFigure(), denominator: valueFigure(8000) })).toMatchObject({
      status: "SUPPRESSED",
      reason: "NUMERATOR_SUPPRESSED",
    });
  });

  it("distinguishes a missing and a suppressed denominator", () => {
    expect(computeIndicator({ numerator: valueFigure(20), denominator: missingFigure() })).toMatchObject({
      status: "MISSING",
      reason: "DENOMINATOR_MISSING",
    });
    expect(computeIndicator({ numerator: valueFigure(20), denominator: suppressedFigure() })).toMatchObject({
      status: "SUPPRESSED",
      reason: "DENOMINATOR_SUPPRESSED",
    });
  });

  it("has no value for an area without children rather than dividing by zero", () => {
    expect(computeIndicator({ numerator: valueFigure(0), denominator: valueFigure(0) })).toMatchObject({
      status: "MISSING",
      reason: "DENOMINATOR_ZERO",
    });
  });

  it("treats more cases than children as a data error, not a percentage above 100", () => {
    expect(computeIndicator({ numerator: valueFigure(11), denominator: valueFigure(10) })).toMatchObject({
      status: "MISSING",
      reason: "NUMERATOR_EXCEEDS_DENOMINATOR",
    });
  });

  it("carries the provisional flag of either input through", () => {
    expect(computeIndicator({ numerator: valueFigure(30, true), denominator: valueFigure(1000) })).toMatchObject({
      status: "VALUE",
      provisional: true,
    });
    expect(computeIndicator({ numerator: valueFigure(30), denominator: valueFigure(1000, true) }).provisional).toBe(true);
    expect(computeIndicator({ numerator: suppressedFigure(true), denominator: valueFigure(1000) }).provisional).toBe(true);
    expect(computeIndicator({ numerator: valueFigure(30), denominator: valueFigure(1000) }).provisional).toBe(false);
  });

  it("rounds to the requested number of decimals", () => {
    expect(computeIndicator({ numerator: valueFigure(1), denominator: valueFigure(3), decimals: 1 })).toMatchObject({ percentage: 33.3 });
  });
});

describe("computeIndicatorFromParts", () => {
  it("weighs areas by their children instead of averaging percentages", () => {
    const result = computeIndicatorFromParts([
      { numerator: valueFigure(10), denominator: valueFigure(100) }, // 10%
      { numerator: valueFigure(30), denominator: valueFigure(900) }, // 3.33%
    ]);
    // (10 + 30) / (100 + 900) = 4%, not the 6.67% mean of the two percentages.
    expect(result).toMatchObject({ status: "VALUE", percentage: 4, numerator: 40, denominator: 1000 });
  });

  it("has no total when one area's numerator is missing or suppressed", () => {
    expect(
      computeIndicatorFromParts([
        { numerator: valueFigure(10), denominator: valueFigure(100) },
        { numerator: missingFigure(), denominator: valueFigure(900) },
      ]),
    ).toMatchObject({ status: "MISSING", reason: "NUMERATOR_MISSING" });
    expect(
      computeIndicatorFromParts([
        { numerator: valueFigure(10), denominator: valueFigure(100) },
        { numerator: suppressedFigure(), denominator: valueFigure(900) },
      ]),
    ).toMatchObject({ status: "SUPPRESSED", reason: "NUMERATOR_SUPPRESSED" });
  });

  it("has no total when one area's population is missing", () => {
    expect(
      computeIndicatorFromParts([
        { numerator: valueFigure(10), denominator: valueFigure(100) },
        { numerator: valueFigure(3), denominator: missingFigure() },
      ]),
    ).toMatchObject({ status: "MISSING", reason: "DENOMINATOR_MISSING" });
  });

  it("is provisional when one area's delivery is", () => {
    const result = computeIndicatorFromParts([
      { numerator: valueFigure(10), denominator: valueFigure(100) },
      { numerator: valueFigure(3, true), denominator: valueFigure(200) },
    ]);
    expect(result).toMatchObject({ status: "VALUE", percentage: 4.33, provisional: true });
  });
});

describe("formatPercentage", () => {
  it("writes Dutch decimals", () => {
    expect(formatPercentage(3.14)).toBe("3,14%");
    expect(formatPercentage(3)).toBe("3,00%");
  });
});

describe("a year from its half years", () => {
  it("sums the half years' cases over the year's children, not over two populations", () => {
    const cases = sumFigures([valueFigure(150), valueFigure(160, true)]);
    const result = computeIndicator({ numerator: cases, denominator: valueFigure(10_000) });
    expect(result).toMatchObject({ status: "VALUE", percentage: 3.1, provisional: true });
  });

  it("has no year value while the second half year is missing", () => {
    const cases = sumFigures([valueFigure(150), missingFigure()]);
    expect(computeIndicator({ numerator: cases, denominator: valueFigure(10_000) })).toMatchObject({ status: "MISSING" });
  });
});

import { describe, expect, it } from "vitest";
import { computeIndicator, computeIndicatorFromParts, type IndicatorValue, missingFigure, suppressedFigure, valueFigure } from "./indicator.ts";
import { assessOnTrack, type OnTrackPeriod, onTrackRuleText, type OnTrackTarget, targetPathValue } from "./on-track.ts";

/** The plan's target: below 3% by 2018-12-31, baseline 3.14% in 2014 (domain.md). */
const PLAN_TARGET: OnTrackTarget = {
  threshold: 3,
  direction: "BELOW",
  deadline: new Date(Date.UTC(2018, 11, 31)),
  baselineValue: 3.14,
  baselineYear: 2014,
};

const year = (y: number): OnTrackPeriod => ({ code: String(y), label: String(y), kind: "YEAR", endsOn: new Date(Date.UTC(y, 11, 31)) });

/** An indicator of exactly `percentage` percent over 10,000 children. */
const percent = (percentage: number, provisional = false): IndicatorValue =>
  computeIndicator({ numerator: valueFigure(Math.round(percentage * 100), provisional), denominator: valueFigure(10_000) });

describe("targetPathValue", () => {
  it("runs straight from 3.14% at the end of 2014 to 3% at the deadline", () => {
    expect(targetPathValue(PLAN_TARGET, new Date(Date.UTC(2014, 11, 31)))).toBe(3.14);
    expect(targetPathValue(PLAN_TARGET, new Date(Date.UTC(2015, 11, 31)))).toBe(3.11);
    expect(targetPathValue(PLAN_TARGET, new Date(Date.UTC(2016, 11, 31)))).toBe(3.07);
    expect(targetPathValue(PLAN_TARGET, new Date(Date.UTC(2017, 11, 31)))).toBe(3.03);
    expect(targetPathValue(PLAN_TARGET, new Date(Date.UTC(2018, 11, 31)))).toBe(3);
  });

  it("has no line before the baseline and stays at the threshold after the deadline", () => {
    expect(targetPathValue(PLAN_TARGET, new Date(Date.UTC(2013, 11, 31)))).toBeNull();
    expect(targetPathValue(PLAN_TARGET, new Date(Date.UTC(2014, 5, 30)))).toBeNull();
    expect(targetPathValue(PLAN_TARGET, new Date(Date.UTC(2020, 11, 31)))).toBe(3);
  });

  it("refuses a deadline that is not after the baseline year", () => {
    expect(() => targetPathValue({ ...PLAN_TARGET, deadline: new Date(Date.UTC(2014, 11, 31)) }, new Date())).toThrow(RangeError);
  });
});

describe("assessOnTrack", () => {
  it("is on track at or below the line, off track above it", () => {
    expect(assessOnTrack(PLAN_TARGET, year(2016), percent(3.05))).toMatchObject({ verdict: "ON_TRACK", pathValue: 3.07, value: 3.05 });
    expect(assessOnTrack(PLAN_TARGET, year(2016), percent(3.07)).verdict).toBe("ON_TRACK");
    expect(assessOnTrack(PLAN_TARGET, year(2016), percent(3.08)).verdict).toBe("OFF_TRACK");
  });

  it("judges the baseline year against the baseline itself", () => {
    expect(assessOnTrack(PLAN_TARGET, year(2014), percent(3.14))).toMatchObject({ verdict: "ON_TRACK", pathValue: 3.14 });
    expect(assessOnTrack(PLAN_TARGET, year(2014), percent(3.15)).verdict).toBe("OFF_TRACK");
  });

  it("does not judge a year before the baseline", () => {
    const result = assessOnTrack(PLAN_TARGET, year(2013), percent(3.5));
    expect(result).toMatchObject({ verdict: "NOT_APPLICABLE", pathValue: null, value: 3.5 });
    expect(result.explanation).toBe("2013: ligt vóór de nulmeting (2014); er is nog geen streeflijn.");
  });

  it("at the deadline requires strictly below 3%, as the target says", () => {
    expect(assessOnTrack(PLAN_TARGET, year(2018), percent(2.99)).verdict).toBe("ON_TRACK");
    const atThreshold = assessOnTrack(PLAN_TARGET, year(2018), percent(3));
    expect(atThreshold.verdict).toBe("OFF_TRACK");
    expect(atThreshold.explanation).toBe("2018: 3,00% ligt op het doel van 3,00%, dus niet op koers.");
  });

  it("after the deadline keeps judging against the target", () => {
    expect(assessOnTrack(PLAN_TARGET, year(2019), percent(2.9)).verdict).toBe("ON_TRACK");
    expect(assessOnTrack(PLAN_TARGET, year(2019), percent(3.01)).verdict).toBe("OFF_TRACK");
  });

  it("marks a verdict on a provisional value as provisional", () => {
    const result = assessOnTrack(PLAN_TARGET, year(2017), percent(3.01, true));
    expect(result).toMatchObject({ verdict: "ON_TRACK", provisional: true, pathValue: 3.03 });
    expect(result.explanation).toBe("2017: 3,01% (voorlopig) ligt onder de streeflijn van 3,03%, dus op koers (voorlopig).");
    expect(assessOnTrack(PLAN_TARGET, year(2017), percent(3.01)).provisional).toBe(false);
  });

  it("is unknown without a value: missing, suppressed or no figure at all, never read as 0%", () => {
    const missing = computeIndicator({ numerator: missingFigure(), denominator: valueFigure(10_000) });
    const suppressed = computeIndicator({ numerator: suppressedFigure(), denominator: valueFigure(10_000) });
    expect(assessOnTrack(PLAN_TARGET, year(2016), missing)).toMatchObject({ verdict: "UNKNOWN", value: null, pathValue: 3.07 });
    expect(assessOnTrack(PLAN_TARGET, year(2016), suppressed).explanation).toBe(
      "2016: het cijfer is door de bron afgeschermd, dus de koers is onbekend.",
    );
    expect(assessOnTrack(PLAN_TARGET, year(2016), null)).toMatchObject({ verdict: "UNKNOWN", value: null });
  });

  it("counts 0% as a value", () => {
    expect(assessOnTrack(PLAN_TARGET, year(2016), percent(0)).verdict).toBe("ON_TRACK");
  });

  it("does not judge half years against a year target", () => {
    const half: OnTrackPeriod = { code: "2017-H1", label: "2017 1e halfjaar", kind: "HALF_YEAR", endsOn: new Date(Date.UTC(2017, 5, 30)) };
    expect(assessOnTrack(PLAN_TARGET, half, percent(1.5))).toMatchObject({ verdict: "NOT_APPLICABLE", pathValue: null });
  });

  it("mirrors for a target that should rise", () => {
    const rise: OnTrackTarget = { threshold: 5, direction: "ABOVE", deadline: new Date(Date.UTC(2018, 11, 31)), baselineValue: 4, baselineYear: 2016 };
    expect(targetPathValue(rise, new Date(Date.UTC(2017, 11, 31)))).toBe(4.5);
    expect(assessOnTrack(rise, year(2017), percent(4.5)).verdict).toBe("ON_TRACK");
    expect(assessOnTrack(rise, year(2017), percent(4.4)).verdict).toBe("OFF_TRACK");
    expect(assessOnTrack(rise, year(2018), percent(5)).verdict).toBe("OFF_TRACK");
    expect(assessOnTrack(rise, year(2018), percent(5.01)).verdict).toBe("ON_TRACK");
  });
});

describe("onTrackRuleText", () => {
  it("states the target, the line and the rule in Dutch", () => {
    const text = onTrackRuleText(PLAN_TARGET);
    expect(text).toContain("Doel: minder dan 3,00% uiterlijk 31 december 2018; nulmeting 3,14% in 2014.");
    expect(text).toContain("De streeflijn loopt recht van 3,14% eind 2014 naar 3,00% op 31 december 2018.");
    expect(text).toContain("op of onder de streeflijn");
    expect(text).toContain("onbekend");
  });
});

describe("the plan's years, computed from the wijken", () => {
  it("judges 2014–2018 from wijk counts, with a provisional last year and an unknown one", () => {
    // Three wijken of 4,000, 3,500 and 2,500 children (10,000 in all), confirmed cases per year.
    const children = [4000, 3500, 2500];
    const casesPerYear: Record<number, (number | "missing")[]> = {
      2014: [130, 110, 74], // 314 = 3.14%
      2015: [128, 108, 75], // 311 = 3.11%: on the line
      2016: [127, 110, 73], // 310 = 3.10%: above 3.07%
      2017: [120, 104, "missing"], // one wijk not delivered: unknown, not 2.24%
      2018: [118, 102, 78], // 298 = 2.98%, provisional
    };
    const verdicts = Object.entries(casesPerYear).map(([y, cases]) => {
      const indicator = computeIndicatorFromParts(
        cases.map((count, index) => ({
          numerator: count === "missing" ? missingFigure() : valueFigure(count, Number(y) === 2018),
          denominator: valueFigure(children[index] ?? 0),
        })),
      );
      const result = assessOnTrack(PLAN_TARGET, year(Number(y)), indicator);
      return [result.periodCode, result.value, result.verdict, result.provisional];
    });
    expect(verdicts).toEqual([
      ["2014", 3.14, "ON_TRACK", false],
      ["2015", 3.11, "ON_TRACK", false],
      ["2016", 3.1, "OFF_TRACK", false],
      ["2017", null, "UNKNOWN", false],
      ["2018", 2.98, "ON_TRACK", true],
    ]);
  });
});

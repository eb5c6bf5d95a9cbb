import { describe, expect, it } from "vitest";
import {
  assertOneReading,
  chartsByReading,
  type DashboardSeries,
  MEASURE_READING,
  type OutcomeSeries,
  type SignalSeries,
  trendReading,
  type WorkloadSeries,
} from "./on-track-series.ts";

const outcome: OutcomeSeries = { kind: "OUTCOME", measure: "ABUSE_CONFIRMED", reading: "HARM", indicatorKey: "bevestigde-kindermishandeling", points: [], assessments: [] };
const reports: SignalSeries = { kind: "SIGNAL", measure: "REPORTS", reading: "SIGNAL", points: [] };
const advice: SignalSeries = { kind: "SIGNAL", measure: "ADVICE_REQUESTS", reading: "SIGNAL", points: [] };
const investigations: WorkloadSeries = { kind: "WORKLOAD", measure: "INVESTIGATIONS_COMPLETED", reading: "WORKLOAD", points: [] };

describe("measure readings", () => {
  it("reads reports and advice requests as signals and only confirmed abuse as harm", () => {
    expect(MEASURE_READING.REPORTS).toBe("SIGNAL");
    expect(MEASURE_READING.CHILD_REPORTS).toBe("SIGNAL");
    expect(MEASURE_READING.ADVICE_REQUESTS).toBe("SIGNAL");
    expect(MEASURE_READING.ABUSE_CONFIRMED).toBe("HARM");
    expect(Object.values(MEASURE_READING).filter((reading) => reading === "HARM")).toHaveLength(1);
  });
});

describe("chartsByReading", () => {
  it("never puts reports and confirmed abuse on one chart", () => {
    const charts = chartsByReading([reports, outcome, investigations, advice]);
    expect(charts.map((chart) => chart.reading)).toEqual(["HARM", "SIGNAL", "WORKLOAD"]);
    expect(charts[0]?.series).toEqual([outcome]);
    expect(charts[1]?.series).toEqual([reports, advice]);
    for (const chart of charts) expect(new Set(chart.series.map((series) => series.reading)).size).toBe(1);
  });

  it("labels the reports chart so a rise is not read as bad news", () => {
    const [chart] = chartsByReading([reports]);
    expect(chart?.readingText).toContain("kan goed nieuws zijn");
  });

  it("leaves out charts without series", () => {
    expect(chartsByReading([outcome]).map((chart) => chart.reading)).toEqual(["HARM"]);
    expect(chartsByReading([])).toEqual([]);
  });

  it("only lets an outcome series carry verdicts (checked by the compiler)", () => {
    // @ts-expect-error a report series cannot be "op koers"
    const wrong: DashboardSeries = { ...reports, assessments: [] };
    expect(wrong.kind).toBe("SIGNAL");
  });
});

describe("assertOneReading", () => {
  it("lets signals be added up", () => {
    expect(assertOneReading(["REPORTS", "ADVICE_REQUESTS"])).toBe("SIGNAL");
  });

  it("refuses to combine reports with confirmed abuse, or nothing at all", () => {
    expect(() => assertOneReading(["REPORTS", "ABUSE_CONFIRMED"])).toThrow(RangeError);
    expect(() => assertOneReading([])).toThrow(RangeError);
  });
});

describe("trendReading", () => {
  it("reads a rise in reports as possibly more willingness to report", () => {
    const trend = trendReading("REPORTS", 400, 460);
    expect(trend.direction).toBe("UP");
    expect(trend.text).toContain("meldingsbereidheid");
    expect(trend.text).not.toContain("ongunstig");
  });

  it("does not call a fall in reports good news", () => {
    expect(trendReading("CHILD_REPORTS", 460, 400).text).not.toContain("gunstig");
  });

  it("reads a rise in confirmed abuse as bad and a fall as good", () => {
    expect(trendReading("ABUSE_CONFIRMED", 300, 320).text).toContain("ongunstig");
    expect(trendReading("ABUSE_CONFIRMED", 320, 300)).toEqual({ direction: "DOWN", text: "Gedaald: minder bevestigde kindermishandeling is gunstig." });
  });

  it("has no direction without both values, and none for an unchanged value", () => {
    expect(trendReading("REPORTS", null, 400).direction).toBe("UNKNOWN");
    expect(trendReading("ABUSE_CONFIRMED", 300, 300).direction).toBe("SAME");
  });

  it("gives workload changes without judgement", () => {
    expect(trendReading("INVESTIGATIONS_COMPLETED", 100, 120).text).toBe("Gestegen.");
  });
});

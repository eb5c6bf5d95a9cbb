import { describe, expect, it } from "vitest";
import type { ChartTableData } from "./chart-table";
import { markSeriesBreakInTable, periodYear, seriesBreak, seriesBreakNote, splitRunsAt } from "./series-break";

describe("seriesBreak (004 footnote 1: AMK until 2014, Veilig Thuis from 2015)", () => {
  it.each([
    { codes: ["2012", "2013", "2014", "2016", "2017"], expected: { before: "2014", after: "2016" } },
    { codes: ["2014", "2015", "2016"], expected: { before: "2014", after: "2015" } },
    { codes: ["2014-H2", "2015-H1", "2015-H2"], expected: { before: "2014-H2", after: "2015-H1" } },
    { codes: ["2016", "2017", "2018"], expected: null },
    { codes: ["2011", "2012", "2013", "2014"], expected: null },
    { codes: ["zuid", "noord"], expected: null },
    { codes: [], expected: null },
  ])("$codes → $expected", ({ codes, expected }) => {
    expect(seriesBreak(codes)).toEqual(expected);
  });

  it.each([
    { code: "2014", year: 2014 },
    { code: "2016-H1", year: 2016 },
    { code: "LICHAMELIJKE_MISHANDELING", year: null },
    { code: "20145", year: null },
  ])("periodYear($code) = $year", ({ code, year }) => {
    expect(periodYear(code)).toBe(year);
  });
});

describe("marking the break", () => {
  const table: ChartTableData = {
    caption: "Percentage",
    rowHeader: "Periode",
    columns: [{ label: "Percentage", numeric: true }],
    rows: [
      { key: "2014", header: "2014", cells: ["3,14%"] },
      { key: "2016", header: "2016", cells: ["2,90%"] },
    ],
  };

  it("marks the first period after the break in the table, and nothing without a break", () => {
    const marked = markSeriesBreakInTable(table, { before: "2014", after: "2016" });
    expect(marked.rows.map((r) => r.header)).toEqual(["2014", "2016 (na breuk in de reeks)"]);
    expect(markSeriesBreakInTable(table, null)).toBe(table);
  });

  it("interrupts a line at the break", () => {
    const runs = [{ dashed: false, points: [{ x: 10, y: 1 }, { x: 20, y: 2 }, { x: 40, y: 3 }, { x: 50, y: 4 }] }];
    expect(splitRunsAt(runs, 30).map((r) => r.points.map((p) => p.x))).toEqual([[10, 20], [40, 50]]);
    expect(splitRunsAt(runs, null)).toEqual(runs);
  });

  it("explains the break with its source, 004 footnote 1", () => {
    const note = seriesBreakNote();
    expect(note).toMatch(/^Breuk in de reeks: tot en met 2014 komen de cijfers uit de registratie van de AMK's, vanaf 2015 van Veilig Thuis\./);
    expect(note).toMatch(/Geïntensiveerde aanpak kindermishandeling 2017-2018.*voetnoot 1/);
  });
});

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BreakdownChart, breakdownChartTable, type BreakdownChartProps } from "./breakdown-chart";
import { LAYOUTS } from "./chart-style";
import { horizontalBarsGeometry } from "./horizontal-bars";
import { RankingChart, rankingChartTable, rankingSummary, rankRows, type RankingRow } from "./ranking-chart";

const rows: RankingRow[] = [
  { key: "a", label: "Noord", value: 2.5, provisional: false },
  { key: "b", label: "Heerjansdam", value: null, provisional: false, noValueText: "afgeschermd" },
  { key: "c", label: "Kort Ambacht", value: 3.41, provisional: false },
  { key: "d", label: "Walburg", value: 2.5, provisional: true },
  { key: "e", label: "Centrum", value: null, provisional: false },
];

describe("rankRows", () => {
  it("ranks known values descending, shares ranks on ties, and lists unknown rows last, unranked", () => {
    expect(rankRows(rows).map((entry) => [entry.row.key, entry.rank])).toEqual([
      ["c", 1],
      ["a", 2],
      ["d", 2],
      ["b", null],
      ["e", null],
    ]);
  });
});

describe("RankingChart", () => {
  const props = { title: "Per wijk", rows, kind: "percentage" as const, rowHeader: "Wijk", valueLabel: "Percentage" };
  const html = renderToStaticMarkup(<RankingChart id="wijken" {...props} />);

  it("writes the values in Dutch at the bar ends and the hidden rows' texts instead of bars", () => {
    expect(html).not.toContain("NaN");
    for (const text of ["3,41%", "2,50%", "afgeschermd", "onbekend"]) expect(html).toContain(`>${text}<`);
  });

  it("has a table in rank order", () => {
    expect(rankingChartTable(props).rows.map((row) => [row.header, ...row.cells])).toEqual([
      ["Kort Ambacht", "1", "3,41%", "definitief"],
      ["Noord", "2", "2,50%", "definitief"],
      ["Walburg", "2", "2,50%", "voorlopig"],
      ["Heerjansdam", "", "afgeschermd", "definitief"],
      ["Centrum", "", "onbekend", "definitief"],
    ]);
  });

  it("summarises top and bottom and counts the unranked", () => {
    expect(rankingSummary(props)).toBe("Hoogste: Kort Ambacht (3,41%). Laagste: Walburg (2,50%). 2 zonder cijfer, onderaan vermeld.");
  });

  it("draws no bar wider than the room and none for null", () => {
    for (const layout of LAYOUTS) {
      const g = horizontalBarsGeometry([{ key: "x", label: "X", bars: rows }], "percentage", layout);
      const [group] = g.placed;
      expect(group?.bars.filter((bar) => bar.width > 0)).toHaveLength(3);
      for (const bar of group?.bars ?? []) expect(bar.end).toBeLessThanOrEqual(layout.width);
    }
  });
});

describe("BreakdownChart", () => {
  const props: Omit<BreakdownChartProps, "id"> = {
    title: "Per vorm van geweld",
    rowHeader: "Vorm van geweld",
    categories: [
      { key: "PHYSICAL", label: "Lichamelijke mishandeling" },
      { key: "SEXUAL", label: "Seksueel misbruik" },
    ],
    periods: [
      { code: "2017", label: "2017", provisional: false, values: { PHYSICAL: 48, SEXUAL: null } },
      { code: "2018", label: "2018", provisional: true, values: { PHYSICAL: 51 }, noValueTexts: { SEXUAL: "< 10" } },
    ],
  };

  it("has a column per period with provisional in its header, and every text", () => {
    const table = breakdownChartTable(props);
    expect(table.columns.map((column) => column.label)).toEqual(["2017", "2018 (voorlopig)"]);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ["48", "51"],
      ["onbekend", "< 10"],
    ]);
  });

  it("puts the caller's extra columns after the periods, per category", () => {
    const table = breakdownChartTable({ ...props, extraColumns: [{ label: "Aandeel", numeric: true, cells: { PHYSICAL: "80,00%" } }] });
    expect(table.columns.map((column) => column.label)).toEqual(["2017", "2018 (voorlopig)", "Aandeel"]);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ["48", "51", "80,00%"],
      ["onbekend", "< 10", ""],
    ]);
  });

  it("renders without NaN, with hidden texts and a legend per period", () => {
    const html = renderToStaticMarkup(<BreakdownChart id="vormen" {...props} />);
    expect(html).not.toContain("NaN");
    expect(html).toContain(">&lt; 10<");
    expect(html).toContain("2018 (voorlopig)");
    expect(html.match(/role="img"/g)).toHaveLength(2);
  });
});

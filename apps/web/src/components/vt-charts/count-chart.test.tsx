import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { chartTableToCsv } from "./chart-table";
import { LAYOUTS } from "./chart-style";
import { CountChart, countChartTable, countGeometry, countSummary, type CountChartProps } from "./count-chart";

const props: CountChartProps = {
  id: "meldingen",
  title: "Meldingen en adviezen",
  description: "Meer meldingen kan betekenen dat mensen eerder melden: een stijging is niet per se slecht nieuws.",
  periods: [
    { code: "2016", label: "2016" },
    { code: "2017", label: "2017" },
    { code: "2018", label: "2018" },
  ],
  series: [
    {
      key: "REPORTS",
      label: "Meldingen",
      points: [
        { periodCode: "2016", value: 1234, provisional: false },
        { periodCode: "2017", value: null, provisional: false },
        { periodCode: "2018", value: 1400, provisional: true },
      ],
    },
    {
      key: "ADVICE_REQUESTS",
      label: "Adviezen",
      points: [
        { periodCode: "2016", value: 8, provisional: false },
        { periodCode: "2017", value: null, provisional: false, noValueText: "< 10" },
      ],
    },
  ],
};

describe("CountChart", () => {
  const html = renderToStaticMarkup(<CountChart {...props} csvHref="/signalen.csv" />);

  it("renders labelled SVGs without NaN and the reading text", () => {
    expect(html.match(/<svg[^>]*role="img"[^>]*aria-labelledby="meldingen-titel"/g)).toHaveLength(2);
    expect(html).not.toContain("NaN");
    expect(html).toContain("niet per se slecht nieuws");
  });

  it("labels gaps instead of drawing a bar of 0", () => {
    expect(html).toContain(">&lt; 10<");
    expect(html).toContain(">onbekend<");
  });

  it("hatches the provisional bar and explains it in the legend", () => {
    expect(html).toContain('stroke-dasharray="6 4"');
    expect(html).toContain("Voorlopig cijfer (gearceerde staaf");
  });

  it("has the table with every value, hidden and unknown texts and the status", () => {
    const table = countChartTable(props);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ["1.234", "8", "definitief"],
      ["onbekend", "< 10", "definitief"],
      ["1.400", "onbekend", "voorlopig"],
    ]);
    for (const text of ["1.234", "1.400", "&lt; 10", "voorlopig"]) expect(html).toContain(text);
    expect(chartTableToCsv(table)).toBe("\uFEFFPeriode;Meldingen;Adviezen;Status\r\n2016;1.234;8;definitief\r\n2017;onbekend;< 10;definitief\r\n2018;1.400;onbekend;voorlopig\r\n");
  });

  it("summarises each series", () => {
    expect(countSummary(props)).toBe("Meldingen: 1.234 in 2016, 1.400 (voorlopig) in 2018. Adviezen: 8 in 2016; de andere perioden hebben geen cijfer.");
  });
});

describe("count geometry", () => {
  it("starts bars at 0 and gives a null value no bar", () => {
    for (const layout of LAYOUTS) {
      const g = countGeometry(props, layout);
      expect(g.y(0)).toBe(g.plotBottom);
      const gap = g.bars.find((bar) => bar.period.code === "2017" && bar.series === 0);
      expect(gap?.y).toBeNull();
      expect(gap?.height).toBe(0);
      const bar = g.bars.find((item) => item.period.code === "2016" && item.series === 0);
      expect((bar?.y ?? 0) + (bar?.height ?? 0)).toBeCloseTo(g.plotBottom, 0);
    }
  });
});

describe("extra columns", () => {
  it("puts the caller's columns before the status, in the table and the CSV, empty where a row has none", () => {
    const table = countChartTable({ ...props, extraColumns: [{ label: "Verandering", wide: true, cells: { "2018": "Gestegen." } }] });
    expect(table.columns.map((column) => column.label)).toEqual(["Meldingen", "Adviezen", "Verandering", "Status"]);
    expect(table.rows[2]?.cells).toEqual(["1.400", "onbekend", "Gestegen.", "voorlopig"]);
    expect(table.rows[0]?.cells[2]).toBe("");
    expect(chartTableToCsv(table)).toContain("2018;1.400;onbekend;Gestegen.;voorlopig\r\n");
    const html = renderToStaticMarkup(<CountChart {...props} extraColumns={[{ label: "Verandering", wide: true, cells: { "2018": "Gestegen." } }]} />);
    expect(html).toContain("min-w-64");
  });
});

describe("CountChart across the AMK → Veilig Thuis break (004 footnote 1)", () => {
  const across: CountChartProps = {
    id: "breuk",
    title: "Meldingen",
    periods: [
      { code: "2014", label: "2014" },
      { code: "2016", label: "2016" },
    ],
    series: [{ key: "REPORTS", label: "Meldingen", points: [{ periodCode: "2014", value: 300, provisional: false }, { periodCode: "2016", value: 410, provisional: false }] }],
  };

  it("draws the break between the bars, marks the table row after it and explains it", () => {
    const html = renderToStaticMarkup(<CountChart {...across} />);
    expect(html.match(/data-series-break=""/g)).toHaveLength(2);
    expect(html).toContain("2016 (na breuk in de reeks)");
    expect(html).toContain("Breuk in de reeks: AMK tot en met 2014, Veilig Thuis vanaf 2015");
    expect(chartTableToCsv(countChartTable(across))).toContain("2016 (na breuk in de reeks);410");
  });

  it("draws nothing for a series after 2015 only", () => {
    expect(renderToStaticMarkup(<CountChart {...props} />)).not.toContain("data-series-break");
  });
});

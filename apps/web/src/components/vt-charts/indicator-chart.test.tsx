import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { chartTableToCsv } from "./chart-table";
import { IndicatorChart, indicatorChartTable, indicatorGeometry, indicatorSummary, type IndicatorChartPoint } from "./indicator-chart";
import { LAYOUTS, textWidth } from "./chart-style";
import { segmentCrossesBox } from "./geometry";

const target = { baselineYear: 2014, baselineValue: 3.14, threshold: 3, deadline: "2018-12-31", direction: "BELOW" as const };
const points: IndicatorChartPoint[] = [
  { periodCode: "2014", label: "2014", endsOn: "2014-12-31", value: 3.14, provisional: false, verdict: "ON_TRACK", pathValue: 3.14 },
  { periodCode: "2015", label: "2015", endsOn: "2015-12-31", value: 3.1, provisional: false, verdict: "ON_TRACK", pathValue: 3.11 },
  { periodCode: "2016", label: "2016", endsOn: "2016-12-31", value: null, provisional: false, verdict: "UNKNOWN", pathValue: 3.07 },
  { periodCode: "2017", label: "2017", endsOn: "2017-12-31", value: 3.08, provisional: false, verdict: "OFF_TRACK", pathValue: 3.04 },
  { periodCode: "2018", label: "2018", endsOn: "2018-12-31", value: 2.97, provisional: true, verdict: "ON_TRACK", pathValue: 3 },
];

describe("IndicatorChart", () => {
  const html = renderToStaticMarkup(<IndicatorChart id="indicator" title="Bevestigde kindermishandeling" points={points} target={target} csvHref="/x.csv" />);

  it("renders an labelled SVG image per layout, without NaN for the unknown year", () => {
    expect(html.match(/<svg[^>]*role="img"[^>]*aria-labelledby="indicator-titel"/g)).toHaveLength(2);
    expect(html).toContain('aria-describedby="indicator-samenvatting"');
    expect(html).not.toContain("NaN");
    expect(html).toContain(">onbekend<");
  });

  it("has the table with every value, the unknown one and the provisional one marked", () => {
    expect(html).toContain("<table");
    for (const text of ["3,14%", "3,10%", "3,08%", "2,97%", "onbekend", "op koers (voorlopig)", "niet op koers", "voorlopig", "definitief"]) {
      expect(html).toContain(text);
    }
    expect(html).toContain('href="/x.csv"');
  });

  it("says the axis does not start at 0", () => {
    expect(html).toContain("begint bij");
  });
});

describe("indicator geometry", () => {
  const wide = LAYOUTS.find((layout) => layout.name === "wide");
  if (!wide) throw new Error("no wide layout");
  const g = indicatorGeometry({ points, target }, wide);

  it("breaks the line at the unknown year and at the AMK → Veilig Thuis break, and dashes the provisional segment", () => {
    expect(g.runs.map((run) => [run.dashed, run.points.length])).toEqual([[true, 2]]);
    // 2017 → 2018 is the dashed one; 2015 → 2017 is not drawn (2016 unknown), nor is 2014 → 2015 (the break, 004 footnote 1).
  });

  it("puts the break marker halfway between 2014 and 2015, and marks it in the table and the notes", () => {
    const x2014 = g.positioned[0]?.x ?? 0;
    const x2015 = g.positioned[1]?.x ?? 0;
    expect(g.breakX).toBe(Math.round(((x2014 + x2015) / 2) * 10) / 10);
    const html = renderToStaticMarkup(<IndicatorChart id="b" title="Met breuk" points={points} target={target} />);
    expect(html.match(/data-series-break=""/g)).toHaveLength(2);
    expect(html).toContain("2015 (na breuk in de reeks)");
    expect(html).toContain("Breuk in de reeks: tot en met 2014 komen de cijfers uit de registratie van de AMK");
    const later = indicatorGeometry({ points: points.slice(2), target }, wide);
    expect(later.breakX).toBeNull();
  });

  it("makes a 3.14 → 2.97 change clearly visible", () => {
    const first = g.positioned[0]?.y ?? 0;
    const last = g.positioned[4]?.y ?? 0;
    expect(last - first).toBeGreaterThan(50);
    expect(g.domain.broken).toBe(true);
  });

  it("starts the target line at the baseline point and ends it at the threshold on the deadline", () => {
    expect(g.baseline).toEqual({ x: g.positioned[0]?.x, y: g.positioned[0]?.y });
    expect(g.deadline?.x).toBe(g.positioned[4]?.x);
    expect(g.deadline?.y).toBe(g.thresholdY);
  });
});

describe("label placement", () => {
  it("keeps the baseline label off a data line that rises from the baseline", () => {
    const rising = points.map((point) => (point.periodCode === "2015" ? { ...point, value: 3.18 } : point));
    for (const layout of LAYOUTS) {
      const g = indicatorGeometry({ points: rising, target }, layout);
      const label = g.baselineLabel;
      if (!label) throw new Error("no baseline label");
      const right = label.x + textWidth(label.text);
      const segments = g.runs.flatMap((run) => run.points.slice(1).map((point, index) => ({ x1: run.points[index]?.x ?? 0, y1: run.points[index]?.y ?? 0, x2: point.x, y2: point.y })));
      for (const segment of segments) {
        expect(segmentCrossesBox(segment, { x1: label.x, x2: right, top: label.y - 11, bottom: label.y + 3 }, 0)).toBe(false);
      }
    }
  });
});

describe("indicator table and summary", () => {
  it("gives CSV with the same texts", () => {
    const csv = chartTableToCsv(indicatorChartTable({ title: "Indicator", points, target }));
    expect(csv.startsWith("\uFEFFPeriode;Percentage;Streeflijn;Koers;Status\r\n")).toBe(true);
    expect(csv).toContain("2016;onbekend;3,07%;onbekend;definitief\r\n");
    expect(csv).toContain("2018;2,97%;3,00%;op koers (voorlopig);voorlopig\r\n");
  });

  it("leaves the target line's column out without a target (half years)", () => {
    expect(indicatorChartTable({ title: "Halfjaren", points }).columns.map((column) => column.label)).toEqual(["Percentage", "Koers", "Status"]);
  });

  it("summarises first and last known values and the target", () => {
    expect(indicatorSummary(points, target)).toBe("3,14% in 2014, 2,97% (voorlopig) in 2018. Doel: onder 3,00% op 31 december 2018.");
    expect(indicatorSummary([{ ...points[2]!, verdict: undefined }])).toContain("geen enkele periode");
  });
});

describe("IndicatorChart for the council and for half years", () => {
  it("shows a hidden rate as 'afgeschermd', not as a number or 0", () => {
    const council = points.map((point) => (point.periodCode === "2016" ? { ...point, noValueText: "afgeschermd" } : point));
    const html = renderToStaticMarkup(<IndicatorChart id="raad" title="Raad" points={council} target={target} />);
    expect(html).toContain(">afgeschermd<");
    expect(indicatorChartTable({ title: "Raad", points: council }).rows[2]?.cells[0]).toBe("afgeschermd");
    expect(html).not.toContain("NaN");
  });

  it("turns long half-year labels upwards on a phone instead of dropping them", () => {
    const halves: IndicatorChartPoint[] = [2016, 2017, 2018].flatMap((year) => [
      { periodCode: `${year}-H1`, label: `${year} 1e halfjaar`, endsOn: `${year}-06-30`, value: 1.5, provisional: false },
      { periodCode: `${year}-H2`, label: `${year} 2e halfjaar`, endsOn: `${year}-12-31`, value: null, provisional: false },
    ]);
    const compact = LAYOUTS.find((layout) => layout.name === "compact");
    if (!compact) throw new Error("no compact layout");
    const g = indicatorGeometry({ points: halves }, compact);
    expect(g.labels).toMatchObject({ rotated: true, stride: 1 });
    expect(g.baseline).toBeNull();
    const html = renderToStaticMarkup(<IndicatorChart id="half" title="Halfjaren" points={halves} />);
    expect(html).toContain("rotate(-90");
    expect(html).toContain(">2018 2e halfjaar<");
    expect(html).not.toContain("Streeflijn");
  });
});

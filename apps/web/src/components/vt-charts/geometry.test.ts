import { describe, expect, it } from "vitest";
import { chartTableToCsv } from "./chart-table";
import { axisTicks, clearLabelY, countDomain, hatchLines, labelStride, lineRuns, percentageDomain, segmentCrossesBox, xLabelLayout } from "./geometry";

describe("percentageDomain", () => {
  it("zooms onto rates around 3% and says the axis is broken", () => {
    const domain = percentageDomain([3.14, 2.97, 3]);
    expect(domain.broken).toBe(true);
    expect(domain.min).toBeLessThanOrEqual(2.97);
    expect(domain.max).toBeGreaterThanOrEqual(3.14);
    expect(domain.max - domain.min).toBeLessThanOrEqual(1);
  });

  it("starts at 0 when the values come close to it", () => {
    expect(percentageDomain([0.4, 1.2])).toMatchObject({ min: 0, broken: false });
  });

  it("has a default without values", () => {
    expect(percentageDomain([])).toEqual({ min: 0, max: 5, broken: false });
  });
});

describe("countDomain and ticks", () => {
  it("starts at 0 with a nice maximum and whole-number ticks", () => {
    expect(countDomain([8, 1234])).toEqual({ min: 0, max: 1400 });
    expect(countDomain([])).toEqual({ min: 0, max: 10 });
    expect(axisTicks({ min: 0, max: 3 }, 6, true)).toEqual([0, 1, 2, 3]);
  });
});

describe("lineRuns", () => {
  it("never bridges a gap and puts provisional pairs in dashed runs", () => {
    const runs = lineRuns([
      { x: 0, y: 10, provisional: false },
      { x: 1, y: 11, provisional: false },
      { x: 2, y: 12, provisional: false },
      { x: 3, y: null, provisional: false },
      { x: 4, y: 14, provisional: false },
      { x: 5, y: 15, provisional: true },
    ]);
    expect(runs).toEqual([
      { dashed: false, points: [{ x: 0, y: 10 }, { x: 1, y: 11 }, { x: 2, y: 12 }] },
      { dashed: true, points: [{ x: 4, y: 14 }, { x: 5, y: 15 }] },
    ]);
  });
});

describe("hatchLines", () => {
  it("keeps every segment inside the rectangle", () => {
    const lines = hatchLines(10, 20, 30, 40, 6);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      for (const [x, y] of [
        [line.x1, line.y1],
        [line.x2, line.y2],
      ] as const) {
        expect(x).toBeGreaterThanOrEqual(10 - 1e-9);
        expect(x).toBeLessThanOrEqual(40 + 1e-9);
        expect(y).toBeGreaterThanOrEqual(20 - 1e-9);
        expect(y).toBeLessThanOrEqual(60 + 1e-9);
      }
    }
    expect(hatchLines(0, 0, 0, 10)).toEqual([]);
  });
});

describe("labelStride", () => {
  it("skips labels that would overlap", () => {
    expect(labelStride(5, 120, 40)).toBe(1);
    expect(labelStride(10, 28, 40)).toBe(2);
  });
});

describe("chartTableToCsv", () => {
  it("writes BOM, semicolons and CRLF, quotes separators and neutralises formulas", () => {
    const csv = chartTableToCsv({
      caption: "x",
      rowHeader: "Wijk",
      columns: [{ label: "Aantal", numeric: true }],
      rows: [
        { key: "1", header: "Noord; Oost", cells: ["=1+1"] },
        { key: "2", header: 'De "Develbuurt"', cells: ["< 10"] },
      ],
    });
    expect(csv).toBe('\uFEFFWijk;Aantal\r\n"Noord; Oost";\'=1+1\r\n"De ""Develbuurt""";< 10\r\n');
  });
});

describe("label placement helpers", () => {
  const box = { x1: 10, x2: 50, top: 10, bottom: 24 };

  it("sees a line through the box and not one beside or above it", () => {
    expect(segmentCrossesBox({ x1: 0, y1: 30, x2: 60, y2: 0 }, box)).toBe(true);
    expect(segmentCrossesBox({ x1: 0, y1: 40, x2: 60, y2: 40 }, box)).toBe(false);
    expect(segmentCrossesBox({ x1: 60, y1: 0, x2: 90, y2: 40 }, box)).toBe(false);
    expect(segmentCrossesBox({ x1: 30, y1: 0, x2: 30, y2: 100 }, box)).toBe(true);
  });

  it("takes the first free candidate, else the first", () => {
    const line = { x1: 0, y1: 20, x2: 100, y2: 20 };
    expect(clearLabelY(10, 50, [22, 50], [line], 14)).toBe(50);
    expect(clearLabelY(10, 50, [22, 26], [line, { x1: 0, y1: 22, x2: 100, y2: 22 }], 14)).toBe(22);
  });
});

describe("xLabelLayout", () => {
  it("keeps labels horizontal when they fit and turns them upwards when not", () => {
    expect(xLabelLayout(5, 120, 31, 14)).toMatchObject({ rotated: false, stride: 1 });
    expect(xLabelLayout(10, 28, 120, 14)).toMatchObject({ rotated: true, stride: 1 });
    expect(xLabelLayout(40, 8, 120, 14).stride).toBeGreaterThan(1);
  });
});

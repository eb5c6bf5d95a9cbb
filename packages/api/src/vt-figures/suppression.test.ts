import { describe, expect, it } from "vitest";
import { computeIndicator, type Figure, missingFigure, suppressedFigure, valueFigure } from "./indicator.ts";
import {
  type CouncilCell,
  councilCellText,
  councilRate,
  type CountTable,
  isSmallCount,
  suppressCouncilTable,
  suppressSmallCount,
} from "./suppression.ts";

const v = (value: number): Figure => valueFigure(value);

/** "P", "C", "S" for suppressed cells by reason, "-" for missing, the number otherwise. */
function shape(cells: CouncilCell[][]): (string | number)[][] {
  return cells.map((row) =>
    row.map((cell) => {
      if (cell.status === "VALUE") return cell.value;
      if (cell.status === "MISSING") return "-";
      return cell.reason === "PRIMARY" ? "P" : cell.reason === "COMPLEMENTARY" ? "C" : "S";
    }),
  );
}

/** The property the rule exists for: no row or column that adds up has exactly one hidden cell. */
function expectNoLoneHiddenCell(table: CountTable, cells: CouncilCell[][]): void {
  const hidden = (cell: CouncilCell | undefined) => cell?.status === "SUPPRESSED";
  if (table.totalColumn !== undefined) {
    for (const row of cells) expect(row.filter(hidden).length).not.toBe(1);
  }
  if (table.totalRow !== undefined) {
    for (let column = 0; column < (cells[0]?.length ?? 0); column++) {
      expect(cells.filter((row) => hidden(row[column])).length).not.toBe(1);
    }
  }
}

describe("primary suppression", () => {
  it("hides counts under 10, including 0, and shows 10 and more", () => {
    expect(isSmallCount(0)).toBe(true);
    expect(isSmallCount(9)).toBe(true);
    expect(isSmallCount(10)).toBe(false);
    expect(suppressSmallCount(v(0))).toEqual({ status: "SUPPRESSED", reason: "PRIMARY", provisional: false });
    expect(suppressSmallCount(v(9))).toEqual({ status: "SUPPRESSED", reason: "PRIMARY", provisional: false });
    expect(suppressSmallCount(v(10))).toEqual({ status: "VALUE", value: 10, provisional: false });
  });

  it("keeps missing apart from suppressed, and marks what the source withheld", () => {
    expect(suppressSmallCount(missingFigure())).toEqual({ status: "MISSING", provisional: false });
    expect(suppressSmallCount(suppressedFigure(true))).toEqual({ status: "SUPPRESSED", reason: "SOURCE", provisional: true });
  });

  it("puts no number in a suppressed cell, so none can reach the council's browser", () => {
    const cell = suppressSmallCount(v(3));
    expect(Object.keys(cell).sort()).toEqual(["provisional", "reason", "status"]);
  });
});

describe("complementary suppression", () => {
  it("in a row: hides the next smallest part so the small one cannot be taken from the total", () => {
    const table: CountTable = { cells: [[25, 4, 12, 30, 71].map(v)], totalColumn: 4 };
    const result = suppressCouncilTable(table);
    expect(shape(result.cells)).toEqual([[25, "P", "C", 30, 71]]);
    expect(result.complementaryPasses).toBe(1);
  });

  it("in a column: areas with the municipality's total below them", () => {
    const table: CountTable = { cells: [[40], [7], [15], [11], [73]].map((row) => row.map(v)), totalRow: 4 };
    const result = suppressCouncilTable(table);
    expect(shape(result.cells)).toEqual([[40], ["P"], [15], ["C"], [73]]);
  });

  it("needs nothing more when two cells in the group are already hidden", () => {
    const result = suppressCouncilTable({ cells: [[25, 4, 6, 30, 65].map(v)], totalColumn: 4 });
    expect(shape(result.cells)).toEqual([[25, "P", "P", 30, 65]]);
    expect(result.complementaryPasses).toBe(0);
  });

  it("hides the whole group when the total itself is small", () => {
    const result = suppressCouncilTable({ cells: [[3, 0, 5, 8].map(v)], totalColumn: 3 });
    expect(shape(result.cells)).toEqual([["P", "P", "P", "P"]]);
  });

  it("protects a total the source withheld, since the parts would add up to it", () => {
    const result = suppressCouncilTable({ cells: [[v(25), v(18), v(30), suppressedFigure()]], totalColumn: 3 });
    expect(shape(result.cells)).toEqual([[25, "C", 30, "S"]]);
  });

  it("does not count a missing cell as protection, but skips a group without a total", () => {
    const withTotal = suppressCouncilTable({ cells: [[v(20), missingFigure(), v(4), v(15), v(60)]], totalColumn: 4 });
    expect(shape(withTotal.cells)).toEqual([[20, "-", "P", "C", 60]]);
    const withoutTotal = suppressCouncilTable({ cells: [[v(20), v(4), v(15), missingFigure()]], totalColumn: 3 });
    expect(shape(withoutTotal.cells)).toEqual([[20, "P", 15, "-"]]);
  });

  it("leaves a table without totals to the primary rule", () => {
    const result = suppressCouncilTable({ cells: [[25, 4, 12].map(v), [30, 40, 50].map(v)] });
    expect(shape(result.cells)).toEqual([
      [25, "P", 12],
      [30, 40, 50],
    ]);
  });

  it("prefers a part over the total on equal values, then the first in reading order", () => {
    // One part: the only part equals the total, so the total goes.
    expect(shape(suppressCouncilTable({ cells: [[v(5), v(5)]], totalColumn: 1 }).cells)).toEqual([["P", "P"]]);
    expect(shape(suppressCouncilTable({ cells: [[v(4), v(12), v(12), v(28)]], totalColumn: 3 }).cells)).toEqual([["P", "C", 12, 28]]);
    // Total 12 against a part 12 (the other parts are 0): the part is hidden, not the total.
    expect(shape(suppressCouncilTable({ cells: [[v(12), v(0), v(12)]], totalColumn: 2 }).cells)).toEqual([["C", "P", 12]]);
  });

  it("in a 2-D table: repeats over rows and columns until no group has a lone hidden cell", () => {
    // Rows: areas A, B, C and the municipality; columns: three forms and the total.
    const table: CountTable = {
      cells: [
        [5, 30, 40, 75],
        [20, 50, 60, 130],
        [25, 12, 70, 107],
        [50, 92, 170, 312],
      ].map((row) => row.map(v)),
      totalRow: 3,
      totalColumn: 3,
    };
    const result = suppressCouncilTable(table);
    // Pass 1: row A hides 30 next to the 5; column 1 then hides B's 20 and column 2 C's 12,
    // which leaves rows B and C with one hidden cell each. Pass 2 hides B's 50 and C's 25.
    expect(shape(result.cells)).toEqual([
      ["P", "C", 40, 75],
      ["C", "C", 60, 130],
      ["C", "C", 70, 107],
      [50, 92, 170, 312],
    ]);
    expect(result.complementaryPasses).toBe(2);
    expectNoLoneHiddenCell(table, result.cells);
  });

  it("protects a small count in the total row (a form that is rare in the whole municipality)", () => {
    const table: CountTable = {
      cells: [
        [40, 3, 43],
        [35, 4, 39],
        [75, 7, 82],
      ].map((row) => row.map(v)),
      totalRow: 2,
      totalColumn: 2,
    };
    const result = suppressCouncilTable(table);
    // Each row has one small count; its smallest other cell is the first form, never the total.
    expect(shape(result.cells)).toEqual([
      ["C", "P", 43],
      ["C", "P", 39],
      ["C", "P", 82],
    ]);
    expectNoLoneHiddenCell(table, result.cells);
  });

  it("keeps the provisional mark on hidden and shown cells", () => {
    const result = suppressCouncilTable({ cells: [[valueFigure(25, true), valueFigure(4, true), valueFigure(12, true), valueFigure(41, true)]], totalColumn: 3 });
    expect(result.cells[0]?.every((cell) => cell.provisional)).toBe(true);
  });

  it("refuses a ragged table or a total outside it", () => {
    expect(() => suppressCouncilTable({ cells: [[v(1), v(2)], [v(3)]] })).toThrow(RangeError);
    expect(() => suppressCouncilTable({ cells: [[v(1), v(2)]], totalColumn: 2 })).toThrow(RangeError);
    expect(() => suppressCouncilTable({ cells: [[v(1), v(2)]], totalRow: -1 })).toThrow(RangeError);
  });

  it("takes a table without rows as empty, whatever its total column (no periods of the kind chosen: issue 14, finding 10)", () => {
    expect(suppressCouncilTable({ cells: [], totalColumn: 6 })).toEqual({ cells: [], complementaryPasses: 0 });
    expect(suppressCouncilTable({ cells: [], totalRow: 0 })).toEqual({ cells: [], complementaryPasses: 0 });
  });

  it("keeps every additive row and column protected in a larger table", () => {
    // 6 areas × 5 reporter groups with scattered small counts, totals computed from the parts.
    const parts = [
      [12, 3, 40, 22, 15],
      [30, 18, 9, 11, 25],
      [14, 16, 28, 0, 35],
      [50, 45, 60, 70, 8],
      [11, 12, 13, 14, 15],
      [6, 20, 21, 22, 23],
    ];
    const withRowTotals = parts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
    const totalRowValues = withRowTotals[0]?.map((_, column) => withRowTotals.reduce((sum, row) => sum + (row[column] ?? 0), 0)) ?? [];
    const table: CountTable = { cells: [...withRowTotals, totalRowValues].map((row) => row.map(v)), totalRow: 6, totalColumn: 5 };
    const result = suppressCouncilTable(table);
    expectNoLoneHiddenCell(table, result.cells);
    expect(result.cells.flat().filter((cell) => cell.status === "SUPPRESSED" && cell.reason === "PRIMARY")).toHaveLength(5);
  });
});

describe("complementary suppression on generated tables", () => {
  /** A fixed linear congruential generator: the same tables on every run. */
  function generator(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
  }

  it("leaves no row or column with a lone hidden cell and never changes a shown number", () => {
    const random = generator(20_181_231);
    for (let run = 0; run < 200; run++) {
      const rows = 1 + Math.floor(random() * 7);
      const columns = 1 + Math.floor(random() * 7);
      const parts = Array.from({ length: rows }, () => Array.from({ length: columns }, () => Math.floor(random() * (random() < 0.3 ? 10 : 80))));
      const withRowTotals = parts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
      const totals = (withRowTotals[0] ?? []).map((_, column) => withRowTotals.reduce((sum, row) => sum + (row[column] ?? 0), 0));
      const values = [...withRowTotals, totals];
      const table: CountTable = { cells: values.map((row) => row.map(v)), totalRow: rows, totalColumn: columns };
      const result = suppressCouncilTable(table);
      expectNoLoneHiddenCell(table, result.cells);
      result.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const original = values[r]?.[c] ?? -1;
          if (cell.status === "VALUE") expect([cell.value, isSmallCount(cell.value)]).toEqual([original, false]);
          else expect(cell.status === "SUPPRESSED" && (cell.reason === "PRIMARY") === isSmallCount(original)).toBe(true);
        }),
      );
    }
  });
});

describe("councilRate", () => {
  const rate = (numerator: Figure, denominator: Figure = valueFigure(2000)) => computeIndicator({ numerator, denominator });

  it("shows a rate whose count is shown", () => {
    expect(councilRate(rate(v(60)))).toEqual({ status: "VALUE", percentage: 3, provisional: false });
  });

  it("hides a rate derived from a small count, 0 included", () => {
    expect(councilRate(rate(v(7)))).toEqual({ status: "SUPPRESSED", reason: "DERIVED", provisional: false });
    expect(councilRate(rate(v(0)))).toMatchObject({ status: "SUPPRESSED", reason: "DERIVED" });
  });

  it("hides a rate whose count was hidden as a complementary cell", () => {
    const cell: CouncilCell = { status: "SUPPRESSED", reason: "COMPLEMENTARY", provisional: false };
    expect(councilRate(rate(v(60)), cell)).toMatchObject({ status: "SUPPRESSED", reason: "DERIVED" });
  });

  it("keeps source suppression and missing values apart", () => {
    expect(councilRate(rate(suppressedFigure()))).toMatchObject({ status: "SUPPRESSED", reason: "SOURCE" });
    expect(councilRate(rate(missingFigure()))).toEqual({ status: "MISSING", provisional: false });
  });

  it("carries the provisional flag", () => {
    expect(councilRate(rate(valueFigure(60, true)))).toMatchObject({ status: "VALUE", provisional: true });
  });
});

describe("councilCellText", () => {
  it("shows '< 10' for small counts and 'afgeschermd' for the others", () => {
    expect(councilCellText({ status: "VALUE", value: 1234, provisional: false })).toBe("1.234");
    expect(councilCellText({ status: "SUPPRESSED", reason: "PRIMARY", provisional: false })).toBe("< 10");
    expect(councilCellText({ status: "SUPPRESSED", reason: "COMPLEMENTARY", provisional: false })).toBe("afgeschermd");
    expect(councilCellText({ status: "SUPPRESSED", reason: "SOURCE", provisional: false })).toBe("afgeschermd");
    expect(councilCellText({ status: "MISSING", provisional: false })).toBe("onbekend");
  });
});

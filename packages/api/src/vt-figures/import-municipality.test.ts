import { describe, expect, it } from "vitest";
import { restrictToOwnMunicipality } from "./import-municipality.ts";
import type { KnownArea, ReadyFigureRow, ValidationResult } from "./validate.ts";

const areas: KnownArea[] = [
  { id: "vt", name: "Veilig Thuis Zuid-Holland Zuid", code: "VT-ZHZ", kind: "VT_REGION", parentId: null },
  { id: "zw", name: "Zwijndrecht", code: "GM0642", kind: "MUNICIPALITY", parentId: "vt" },
  { id: "do", name: "Dordrecht", code: "GM0505", kind: "MUNICIPALITY", parentId: "vt" },
  { id: "do-c", name: "Centrum", code: "WK050501", kind: "WIJK", parentId: "do" },
];
const municipalityOf = new Map<string, string | null>([
  ["vt", null],
  ["zw", "GM0642"],
  ["do", "GM0505"],
  ["do-c", "GM0505"],
]);

function row(rowNumber: number, areaId: string, column: string | null = null): ReadyFigureRow {
  return {
    rowNumber,
    column,
    period: { kind: "YEAR", year: 2021, half: null, code: "2021", label: "2021" } as ReadyFigureRow["period"],
    provisional: false,
    areaId,
    measure: "REPORTS",
    breakdownKind: "NONE",
    breakdownKey: "",
    value: 10,
    status: "VALUE",
  } as ReadyFigureRow;
}

const ready = (rows: ReadyFigureRow[]): Extract<ValidationResult, { ok: true }> => ({
  ok: true,
  rows,
  periods: [{ code: "2021", label: "2021", provisional: false, rowCount: rows.length, action: "NEW", version: 1, notice: null }],
  skipped: [],
});

const zwijndrecht = { municipalityOf, own: { code: "GM0642", name: "Zwijndrecht" } };

describe("restrictToOwnMunicipality", () => {
  it.each([
    {
      case: "own and region rows pass unchanged",
      rows: [row(2, "zw"), row(3, "vt")],
      skip: false,
      expected: { ok: true, rows: 2, skipped: [] as string[] },
    },
    {
      case: "another municipality's row is an error, named once for a wide row",
      rows: [row(2, "zw"), row(3, "do", "a"), row(3, "do", "b")],
      skip: false,
      expected: { ok: false, errors: ["Rij 3: ‘Dordrecht’ (GM0505) hoort bij een andere gemeente. U kunt alleen cijfers van Zwijndrecht importeren."] },
    },
    {
      case: "another municipality's wijk names the wijk and its municipality",
      rows: [row(4, "do-c")],
      skip: false,
      expected: { ok: false, errors: ["Rij 4: ‘Centrum’ (WK050501, gemeente GM0505) hoort bij een andere gemeente. U kunt alleen cijfers van Zwijndrecht importeren."] },
    },
    {
      case: "skipped and listed when asked",
      rows: [row(2, "zw"), row(3, "do", "a"), row(3, "do", "b")],
      skip: true,
      expected: { ok: true, rows: 1, skipped: ["Rij 3: ‘Dordrecht’ (GM0505) hoort bij een andere gemeente en is overgeslagen."] },
    },
    {
      case: "nothing left after skipping is an error",
      rows: [row(3, "do")],
      skip: true,
      expected: { ok: false, errors: ["Geen enkele rij hoort bij een gebied van Zwijndrecht: er is niets te importeren.", "Rij 3: ‘Dordrecht’ (GM0505) hoort bij een andere gemeente en is overgeslagen."] },
    },
  ])("$case", ({ rows, skip, expected }) => {
    const result = restrictToOwnMunicipality(ready(rows), areas, zwijndrecht, { skip, maxErrors: 50 });
    if (expected.ok) {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.rows).toHaveLength(expected.rows ?? 0);
      expect(result.skipped).toEqual(expected.skipped);
      expect(result.periods[0]?.rowCount).toBe(expected.rows);
    } else {
      expect(result).toEqual({ ok: false, errors: expected.errors });
    }
  });

  it("caps the errors and counts the rest", () => {
    const result = restrictToOwnMunicipality(ready([row(2, "do"), row(3, "do"), row(4, "do")]), areas, zwijndrecht, { skip: false, maxErrors: 2 });
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^Rij 2:/), expect.stringMatching(/^Rij 3:/), "En nog 1 rij(en) van een andere gemeente."] });
  });

  it("refuses every municipality's row to an importer without a municipality, and allows the region's", () => {
    const result = restrictToOwnMunicipality(ready([row(2, "vt"), row(3, "zw")]), areas, { municipalityOf, own: null }, { skip: false, maxErrors: 50 });
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^Rij 3: ‘Zwijndrecht’ \(GM0642\) hoort bij een gemeente, en uw account is niet aan een gemeente gekoppeld/)] });
  });
});

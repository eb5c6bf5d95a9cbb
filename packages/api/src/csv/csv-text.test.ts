import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toCsv } from "../directory-export/csv.ts";
import { readImportTable } from "../directory-import/read-table.ts";
import { csvCell, csvText } from "./csv-text.ts";

/*
 * Issue 14, finding 9c: CSV injection is neutralised in every cell (OWASP "CSV Injection"), not
 * only at the file's first character, in the one writer every CSV export uses.
 */
const HOSTILE: Array<[string, string, string]> = [
  ["a formula", "=1+1", "'=1+1"],
  ["a plus", "+31 78 123 45 67", "'+31 78 123 45 67"],
  ["a minus", "-2+3", "'-2+3"],
  ["an at sign", "@SUM(A1)", "'@SUM(A1)"],
  ["a leading tab", "\t=1+1", "\"'\t'=1+1\""],
  ["a leading carriage return", "\r=1+1", "\"'\r'=1+1\""],
  ["a formula after a comma (another locale's separator)", "Zorg,=1+1", "Zorg,'=1+1"],
  ["a Dutch decimal", "3,14", "3,14"],
  ["a formula after a comma and a quote", 'Zorg, "=1+1', `"Zorg, ""'=1+1"`],
  ["a formula after a semicolon", 'Zorg;=HYPERLINK("http://x")', `"Zorg;'=HYPERLINK(""http://x"")"`],
  ["a formula on a second line", "Zorg\n=1+1", `"Zorg\n'=1+1"`],
  ["a formula after a tab", "Zorg\t@SUM(A1)", `"Zorg\t'@SUM(A1)"`],
  ["a hyphen inside a word", "Hendrik-Ido-Ambacht, -", "Hendrik-Ido-Ambacht, '-"],
  ["a quote", 'Het "Huis"', '"Het ""Huis"""'],
  ["a leading space", " =1+1", '" =1+1"'],
  ["DDE", "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
  ["plain text", "Veilig Thuis Zuid-Holland Zuid", "Veilig Thuis Zuid-Holland Zuid"],
  ["an empty cell", "", ""],
];

describe("csvCell", () => {
  it.each(HOSTILE)("writes %s safely", (_, cell, written) => {
    expect(csvCell(cell)).toBe(written);
  });
});

describe("every CSV export neutralises every cell", () => {
  const table = { header: ["naam", "opmerking"], rows: HOSTILE.map(([, cell]) => ["Organisatie", cell]) };

  it.each([",", ";", "\t"])("no cell starts a formula when a spreadsheet splits on %j", (delimiter) => {
    const text = toCsv(table).replace(/^\uFEFF/, "");
    const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true });
    for (const row of parsed.data) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("keeps one row per record and one column per field", () => {
    const parsed = Papa.parse<string[]>(csvText([table.header, ...table.rows]).slice(1), { delimiter: ";", skipEmptyLines: true });
    expect(parsed.data).toHaveLength(HOSTILE.length + 1);
    for (const row of parsed.data) expect(row).toHaveLength(2);
  });

  it("round-trips through the directory import unchanged", async () => {
    const imported = await readImportTable("export.csv", new TextEncoder().encode(toCsv(table)));
    expect(imported.header).toEqual(["naam", "opmerking"]);
    // The import drops rows that are empty; every row here has a name.
    expect(imported.rows.map((row) => row.cells)).toEqual(table.rows);
  });
});

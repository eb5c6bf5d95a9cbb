import Papa from "papaparse";
import type { DirectoryTable } from "./columns.ts";

/*
 * CSV for Excel: a UTF-8 byte order mark (without it Excel reads "Coördinator" as mojibake),
 * ";" as separator (what Excel expects with Dutch regional settings) and CRLF line ends.
 */

const BOM = "\uFEFF";

// A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection,
// OWASP). Prefixing an apostrophe makes it text; the import strips that apostrophe again.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undoes `neutraliseFormula` on import, so a round trip keeps "+31 78 …" as typed. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export function toCsv(table: DirectoryTable): string {
  const body = Papa.unparse(
    { fields: table.header.map(neutraliseFormula), data: table.rows.map((row) => row.map(neutraliseFormula)) },
    { delimiter: ";", newline: "\r\n", quotes: false },
  );
  return `${BOM}${body}\r\n`;
}

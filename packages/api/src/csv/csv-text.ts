/*
 * CSV for Excel, the one writer every CSV export uses (directory, participants, dashboard,
 * chart tables, the figures template): a UTF-8 byte order mark (without it Excel reads
 * "Coördinator" as mojibake), ";" as separator (what Excel expects with Dutch regional settings)
 * and CRLF line ends. Pure, no dependencies: the web's chart tables use it too.
 *
 * CSV injection (OWASP "CSV Injection"; issue 14, finding 9c), for EVERY cell:
 * - a cell starting with = + - @ TAB or CR is run as a formula by spreadsheet programs: it gets an
 *   apostrophe in front, which makes it text; the import strips that apostrophe again;
 * - the same inside a cell after a separator of any locale ("," ";" TAB CR LF, then optional
 *   spaces or quotes): a spreadsheet that splits on "," reads the ";"-file line
 *   `Organisatie;"Zorg,=1+1"` as the cells `Organisatie;"Zorg` and `=1+1"`, quotes or not; so
 *   "Zorg,=1+1" is written "Zorg,'=1+1" (and read back as typed by `restoreFormula`);
 * - a cell containing our separator ";", a double quote, a tab or a line break, or starting or
 *   ending with a space, is wrapped in double quotes with inner quotes doubled. A "," alone does
 *   not quote the cell: Dutch decimals ("3,14") stay plain numbers, and a trigger after a "," is
 *   neutralised by the rule above.
 */

export const CSV_BOM = "\uFEFF";
export const CSV_SEPARATOR = ";";
export const CSV_NEWLINE = "\r\n";

const FORMULA_START = /^[=+\-@\t\r]/;
/** A formula trigger after a separator (and spaces or quotes) inside the cell. */
const INNER_FORMULA = /([,;\t\r\n][ "]*)([=+\-@])/g;
const INNER_NEUTRALISED = /([,;\t\r\n][ "]*)'([=+\-@])/g;
const NEEDS_QUOTES = /[;"\t\r\n]|^ | $/;

export function neutraliseFormula(cell: string): string {
  const inner = cell.replace(INNER_FORMULA, "$1'$2");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

/** Undoes `neutraliseFormula` on import, so a round trip keeps "+31 78 …" and "Zorg,=1+1" as typed. */
export function restoreFormula(cell: string): string {
  const inner = cell.replace(INNER_NEUTRALISED, "$1$2");
  return inner.startsWith("'") && FORMULA_START.test(inner.slice(1)) ? inner.slice(1) : inner;
}

/** One cell as CSV text: neutralised, then quoted when it has to be. */
export function csvCell(cell: string): string {
  const safe = neutraliseFormula(cell);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows (the header first) as a CSV file's text, with the byte order mark and a final line end. */
export function csvText(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return `${CSV_BOM}${rows.map((row) => row.map(csvCell).join(CSV_SEPARATOR)).join(CSV_NEWLINE)}${CSV_NEWLINE}`;
}

/**
 * The data table every chart carries (ADR 0013): the same rows feed the visible <table> under the
 * chart and the CSV download, so what can be read, printed and downloaded is one set of texts.
 *
 *   const table: ChartTableData = { caption, rowHeader: "Periode", columns: [{ label: "Percentage", numeric: true }],
 *     rows: [{ key: "2014", header: "2014", cells: ["3,14%"] }] };
 *   chartTableToCsv(table) // "\uFEFFPeriode;Percentage\r\n2014;3,14%\r\n"
 */

export type ChartTableColumn = {
  label: string;
  /** Right-aligned, not wrapped. */
  numeric?: boolean;
  /** A column of sentences (an explanation): given room instead of squeezed. */
  wide?: boolean;
};

export type ChartTableRow = {
  key: string;
  /** The row's header cell (a period, an area, a form of violence). */
  header: string;
  /** One text per column, already in Dutch notation ("3,14%", "1.234", "onbekend", "< 10"). */
  cells: string[];
};

export type ChartTableData = {
  caption: string;
  /** Header of the first column, e.g. "Periode" or "Wijk". */
  rowHeader: string;
  columns: ChartTableColumn[];
  rows: ChartTableRow[];
};

/**
 * Caller's own columns for a chart's table (e.g. numerator, denominator and the verdict's sentence
 * beside the indicator, or the trend reading beside counts), so a page needs one table, not two.
 * `cells` is keyed by the row's key (the period code, the area key); a missing key is an empty cell.
 */
export type ChartExtraColumn = ChartTableColumn & { cells: Record<string, string> };

/** Inserts extra columns before the last `keepLast` columns (the status column stays last). */
export function withExtraColumns(table: ChartTableData, extra: readonly ChartExtraColumn[] | undefined, keepLast = 1): ChartTableData {
  if (!extra || extra.length === 0) return table;
  const at = Math.max(0, table.columns.length - keepLast);
  const columns: ChartTableColumn[] = extra.map(({ cells: _cells, ...column }) => column);
  return {
    ...table,
    columns: [...table.columns.slice(0, at), ...columns, ...table.columns.slice(at)],
    rows: table.rows.map((row) => ({
      ...row,
      cells: [...row.cells.slice(0, at), ...extra.map((column) => column.cells[row.key] ?? ""), ...row.cells.slice(at)],
    })),
  };
}

/*
 * CSV for Excel as in packages/api/src/directory-export/csv.ts: a UTF-8 byte order mark (Excel
 * reads UTF-8 without it as mojibake), ";" (Dutch regional settings) and CRLF line ends.
 */
const BOM = "\uFEFF";
// A cell starting with one of these runs as a formula in a spreadsheet (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The table as CSV text, header row first; a route handler sends it as text/csv; charset=utf-8. */
export function chartTableToCsv(table: ChartTableData): string {
  const lines = [
    [table.rowHeader, ...table.columns.map((column) => column.label)],
    ...table.rows.map((row) => [row.header, ...row.cells]),
  ].map((cells) => cells.map(csvCell).join(";"));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

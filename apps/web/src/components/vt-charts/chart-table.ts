/**
 * The data table every chart carries (ADR 0013): the same rows feed the visible <table> under the
 * chart and the CSV download, so what can be read, printed and downloaded is one set of texts.
 *
 *   const table: ChartTableData = { caption, rowHeader: "Periode", columns: [{ label: "Percentage", numeric: true }],
 *     rows: [{ key: "2014", header: "2014", cells: ["3,14%"] }] };
 *   chartTableToCsv(table) // "\uFEFFPeriode;Percentage\r\n2014;3,14%\r\n"
 */

import { csvText } from "@kk/api/schemas";

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

/** The table as CSV text, header row first; a route handler sends it as text/csv; charset=utf-8. */
export function chartTableToCsv(table: ChartTableData): string {
  const lines = [
    [table.rowHeader, ...table.columns.map((column) => column.label)],
    ...table.rows.map((row) => [row.header, ...row.cells]),
  ];
  // The portal's one CSV writer (BOM, ";", CRLF; CSV injection neutralised in every cell).
  return csvText(lines);
}

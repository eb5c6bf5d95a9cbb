import { OTHER_STATEMENT_IDS, SOURCES, statementById } from "@kk/legal";
import * as messages from "../../messages/catalogue";
import type { ChartTableData } from "./chart-table";

/*
 * The AMK → Veilig Thuis break in the series (issue 13, item 5). Up to 2014 the figures come from
 * the AMKs (collected and cleaned by CBS for 2011–2014); from 1 January 2015 from Veilig Thuis, and
 * "over het jaar 2015 [zijn] geen gegevens beschikbaar" (source 004, footnote 1). A chart or table
 * whose periods lie on both sides of 1 January 2015 marks the break: a dashed line between the two
 * periods, the line of an indicator interrupted there, the first period after it marked in the
 * table, and the note with its source.
 */

export const SERIES_BREAK_YEAR = 2015;

const t = messages.dashboardCijfers.charts.seriesBreak;

/** The year a period code starts with ("2014", "2016-H1" → 2016); null for other keys. */
export function periodYear(code: string): number | null {
  const match = /^(\d{4})(?:$|-)/.exec(code);
  return match ? Number(match[1]) : null;
}

export interface SeriesBreak {
  /** The last period before 2015. */
  before: string;
  /** The first period from 2015 on. */
  after: string;
}

/** The break in a series of period codes (in chart order), or null when the series is on one side of 2015 only. */
export function seriesBreak(codes: readonly string[]): SeriesBreak | null {
  let before: string | null = null;
  let after: string | null = null;
  for (const code of codes) {
    const year = periodYear(code);
    if (year === null) continue;
    if (year < SERIES_BREAK_YEAR) before = code;
    else if (after === null) after = code;
  }
  return before !== null && after !== null ? { before, after } : null;
}

/** The table with the first row after the break marked in its header ("2016 (na breuk)"). */
export function markSeriesBreakInTable(table: ChartTableData, brk: SeriesBreak | null): ChartTableData {
  if (!brk) return table;
  return { ...table, rows: table.rows.map((row) => (row.key === brk.after ? { ...row, header: `${row.header} ${t.tableMarker}` } : row)) };
}

/** Splits line runs where they cross the break, so the line is not drawn across it. */
export function splitRunsAt<R extends { dashed: boolean; points: { x: number; y: number }[] }>(runs: readonly R[], breakX: number | null): R[] {
  if (breakX === null) return [...runs];
  return runs.flatMap((run) => {
    const left = run.points.filter((p) => p.x < breakX);
    const right = run.points.filter((p) => p.x > breakX);
    return [left, right].filter((points) => points.length >= 2).map((points) => ({ ...run, points }));
  });
}

/** The note under a chart or table with a break: the catalogue's text and its source (004, footnote 1). */
export function seriesBreakNote(): string {
  const statement = statementById(OTHER_STATEMENT_IDS.seriesBreak2015);
  const ref = statement?.sources[0];
  return ref ? `${statement.text} (${t.sourcePrefix} ${SOURCES[ref.source].title}, ${ref.section}.)` : (statement?.text ?? "");
}

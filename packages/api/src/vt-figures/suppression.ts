import type { Figure, IndicatorValue } from "./indicator.ts";

/**
 * What the council (RAAD) may see of Veilig Thuis figures (issue 6, "Council view"): small counts
 * are hidden, rates derived from a hidden count are hidden, and where a total is shown with its
 * parts, enough further cells are hidden that no hidden count can be recomputed from the total.
 * A suppressed cell carries no number at all, so nothing of it can leak through the API.
 */

/** Counts below this are shown as "< 10". */
export const SMALL_COUNT_THRESHOLD = 10;

/**
 * PRIMARY: a small count. COMPLEMENTARY: hidden so that a primary cell in the same row or column
 * cannot be recomputed from the total. SOURCE: already withheld by the source ("." at CBS).
 */
export type CellSuppressionReason = "PRIMARY" | "COMPLEMENTARY" | "SOURCE";

export type CouncilCell =
  | { status: "VALUE"; value: number; provisional: boolean }
  | { status: "MISSING"; provisional: boolean }
  | { status: "SUPPRESSED"; reason: CellSuppressionReason; provisional: boolean };

/**
 * 0 counts as small too. Showing "0" next to "< 10" tells the reader the hidden cells are 1–9,
 * and a 0 in a small area is itself a statement about the families living there; CBS and
 * Veilig Thuis publish small numbers as a range for the same reason.
 */
export function isSmallCount(count: number): boolean {
  return count < SMALL_COUNT_THRESHOLD;
}

/** The primary rule for one count on its own. */
export function suppressSmallCount(figure: Figure): CouncilCell {
  if (figure.status === "MISSING") return { status: "MISSING", provisional: figure.provisional };
  if (figure.status === "SUPPRESSED") return { status: "SUPPRESSED", reason: "SOURCE", provisional: figure.provisional };
  if (isSmallCount(figure.value)) return { status: "SUPPRESSED", reason: "PRIMARY", provisional: figure.provisional };
  return { status: "VALUE", value: figure.value, provisional: figure.provisional };
}

/**
 * A table of counts as the council would see it: rows are e.g. areas, columns e.g. forms of
 * abuse or reporter groups. `totalRow` / `totalColumn` give the index of the row or column that
 * holds the totals, when the table shows one; a table with a single column and a total row is the
 * one-dimensional case (areas + municipality).
 */
export type CountTable = {
  cells: readonly (readonly Figure[])[];
  totalRow?: number;
  totalColumn?: number;
};

export type CouncilTable = {
  cells: CouncilCell[][];
  /** Sweeps over all rows and columns that hid something more (0 when complementary hiding was not needed). */
  complementaryPasses: number;
};

type Position = { row: number; column: number };

/**
 * Primary suppression, then complementary suppression until stable, within one table.
 *
 * The council view no longer uses this: suppression per table does not hold across the answers a
 * council member can combine (issue 14, finding 1). It reads one pattern over every linked table
 * instead (`vt-council/council-pattern.ts`).
 *
 * A group is a row when the table has a total column and a column when it has a total row: in a
 * group the parts add up to the total cell. When exactly one cell of a group is hidden, it equals
 * the total minus the others (or, for a hidden total, the sum of the parts), so the smallest cell
 * still shown in that group is hidden as well; ties go to a part before the total, then to the
 * first in reading order, so the result is deterministic. Hiding a cell in a row can leave its
 * column with a single hidden cell, so the sweep repeats over rows and columns until nothing
 * changes (it ends: every change hides one more cell).
 *
 * A MISSING cell does not count as protection: where the source delivered the totals it can be
 * recomputed itself, so a group with one hidden cell and some missing ones still gets a
 * complementary cell. A group whose total is MISSING has no sum to recompute from and is skipped.
 */
export function suppressCouncilTable(table: CountTable): CouncilTable {
  const { totalRow, totalColumn } = table;
  const rowCount = table.cells.length;
  const columnCount = table.cells[0]?.length ?? 0;
  if (table.cells.some((row) => row.length !== columnCount)) throw new RangeError("Every row of the table must have the same number of cells");
  // A table without rows (no period of the chosen kind in the chosen years) has no cells to check
  // a total row or column against: it is empty, not malformed (issue 14, finding 10).
  if (rowCount > 0 && totalRow !== undefined && !(Number.isInteger(totalRow) && totalRow >= 0 && totalRow < rowCount)) {
    throw new RangeError(`totalRow ${totalRow} is outside the table`);
  }
  if (rowCount > 0 && totalColumn !== undefined && !(Number.isInteger(totalColumn) && totalColumn >= 0 && totalColumn < columnCount)) {
    throw new RangeError(`totalColumn ${totalColumn} is outside the table`);
  }

  const cells = table.cells.map((row) => row.map(suppressSmallCount));
  const cellAt = (position: Position): CouncilCell => {
    const cell = cells[position.row]?.[position.column];
    if (!cell) throw new RangeError(`No cell at ${position.row},${position.column}`);
    return cell;
  };

  const groups: { members: Position[]; total: Position }[] = [];
  if (totalColumn !== undefined) {
    for (let row = 0; row < rowCount; row++) {
      groups.push({ members: Array.from({ length: columnCount }, (_, column) => ({ row, column })), total: { row, column: totalColumn } });
    }
  }
  if (totalRow !== undefined) {
    for (let column = 0; column < columnCount; column++) {
      groups.push({ members: Array.from({ length: rowCount }, (_, row) => ({ row, column })), total: { row: totalRow, column } });
    }
  }

  let complementaryPasses = 0;
  for (;;) {
    let changed = false;
    for (const group of groups) {
      if (cellAt(group.total).status === "MISSING") continue;
      const hidden = group.members.filter((position) => cellAt(position).status === "SUPPRESSED");
      if (hidden.length !== 1) continue;
      const next = smallestShown(group.members, group.total, cellAt);
      if (!next) continue;
      const cell = cellAt(next);
      const row = cells[next.row];
      if (row) row[next.column] = { status: "SUPPRESSED", reason: "COMPLEMENTARY", provisional: cell.provisional };
      changed = true;
    }
    if (!changed) break;
    complementaryPasses++;
  }
  return { cells, complementaryPasses };
}

function smallestShown(members: Position[], total: Position, cellAt: (position: Position) => CouncilCell): Position | undefined {
  let best: { position: Position; value: number; isTotal: boolean } | undefined;
  for (const position of members) {
    const cell = cellAt(position);
    if (cell.status !== "VALUE") continue;
    const isTotal = position.row === total.row && position.column === total.column;
    // Members come in reading order, so keeping the first of equals is the reading-order tie-break.
    if (!best || cell.value < best.value || (cell.value === best.value && best.isTotal && !isTotal)) {
      best = { position, value: cell.value, isTotal };
    }
  }
  return best?.position;
}

export type CouncilRate =
  | { status: "VALUE"; percentage: number; provisional: boolean }
  | { status: "MISSING"; provisional: boolean }
  | { status: "SUPPRESSED"; reason: "DERIVED" | "SOURCE"; provisional: boolean };

/**
 * A rate as the council may see it. A rate times the (public) number of children gives back its
 * count, so a rate whose numerator is hidden in the council's table, for whatever reason, is
 * hidden too (DERIVED). Without a table cell the primary rule is applied to the numerator itself.
 */
export function councilRate(indicator: IndicatorValue, numeratorCell?: CouncilCell): CouncilRate {
  const { provisional } = indicator;
  if (indicator.status === "SUPPRESSED") return { status: "SUPPRESSED", reason: "SOURCE", provisional };
  if (indicator.status === "MISSING") return { status: "MISSING", provisional };
  const numeratorHidden = numeratorCell ? numeratorCell.status === "SUPPRESSED" : isSmallCount(indicator.numerator);
  if (numeratorHidden) return { status: "SUPPRESSED", reason: "DERIVED", provisional };
  return { status: "VALUE", percentage: indicator.percentage, provisional };
}

/** The text in a council table cell. Dutch; the reason is for a footnote or tooltip. */
export function councilCellText(cell: CouncilCell): string {
  if (cell.status === "VALUE") return new Intl.NumberFormat("nl-NL").format(cell.value);
  if (cell.status === "MISSING") return "onbekend";
  return cell.reason === "PRIMARY" ? `< ${SMALL_COUNT_THRESHOLD}` : "afgeschermd";
}

/** Footnote per reason, so the reader knows why a cell is empty. */
export const SUPPRESSION_REASON_TEXT: Record<CellSuppressionReason | "DERIVED", string> = {
  PRIMARY: `Minder dan ${SMALL_COUNT_THRESHOLD} (ook 0): kleine aantallen tonen we niet, om gezinnen niet herkenbaar te maken.`,
  COMPLEMENTARY: "Afgeschermd zodat een verborgen klein aantal niet uit het totaal terug te rekenen is.",
  SOURCE: "Niet gepubliceerd door de bron (onbekend of geheim).",
  DERIVED: "Percentage afgeschermd omdat het aantal waarop het berust niet getoond wordt.",
};

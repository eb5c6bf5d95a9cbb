import { format } from "../../messages";
import * as messages from "../../messages/catalogue";
import { ChartFigure, tableCaption, type LegendItem } from "./chart-figure";
import { formatValue, type ValueKind } from "./chart-format";
import { withExtraColumns, type ChartExtraColumn, type ChartTableData } from "./chart-table";
import { barText, horizontalBarsGeometry, HorizontalBarsSvg } from "./horizontal-bars";

/*
 * RankingChart: rows ranked by value, largest first, as horizontal bars with the value at the
 * bar's end (areas by indicator %, breakdown keys by count). Server component (ADR 0013).
 *
 *   <RankingChart id="wijken" title="Bevestigde kindermishandeling per wijk, 2017" kind="percentage"
 *     rowHeader="Wijk" valueLabel="Percentage"
 *     rows={[{ key: "WK064201", label: "Zwijndrecht-Noord", value: 3.4, provisional: false },
 *            { key: "WK064205", label: "Heerjansdam", value: null, provisional: false, noValueText: "afgeschermd" }]}
 *     csvHref="/dashboard/export/ranking?…" />
 *
 * - Rows without a value are never ranked as 0: they come last, unranked, with their text.
 * - Equal values share a rank (1, 2, 2, 4).
 * - `extraColumns` adds the caller's own columns (e.g. numerator and children per wijk), keyed by row key.
 * - For the CSV route: `chartTableToCsv(rankingChartTable(props))`.
 */

const t = messages.dashboardCijfers.charts;

export type RankingRow = { key: string; label: string; value: number | null; provisional: boolean; noValueText?: string };

export type RankingChartProps = {
  id: string;
  title: string;
  description?: string;
  summary?: string;
  rows: RankingRow[];
  kind: ValueKind;
  /** Header of the label column, e.g. "Wijk" or "Vorm van geweld". */
  rowHeader: string;
  /** Header of the value column, e.g. "Percentage" or "Aantal". */
  valueLabel: string;
  notes?: string[];
  /** The caller's own table columns (see ChartExtraColumn), keyed by period code / row key; in the CSV too. */
  extraColumns?: ChartExtraColumn[];
  csvHref?: string;
};

/** Known values descending (stable for equal values), then the rows without a value in their given order. */
export function rankRows(rows: readonly RankingRow[]): { row: RankingRow; rank: number | null }[] {
  const known = rows.filter((row) => row.value !== null).sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const ranked = known.map((row, index) => ({ row, rank: index + 1 }));
  for (let index = 1; index < ranked.length; index++) {
    const entry = ranked[index];
    const previous = ranked[index - 1];
    if (entry && previous && entry.row.value === previous.row.value) entry.rank = previous.rank;
  }
  return [...ranked, ...rows.filter((row) => row.value === null).map((row) => ({ row, rank: null }))];
}

export function rankingChartTable(props: Pick<RankingChartProps, "title" | "rows" | "kind" | "rowHeader" | "valueLabel" | "extraColumns">): ChartTableData {
  return withExtraColumns(
    {
      caption: tableCaption(props.title),
      rowHeader: props.rowHeader,
      columns: [{ label: t.ranking.rankColumn, numeric: true }, { label: props.valueLabel, numeric: true }, { label: t.status }],
      rows: rankRows(props.rows).map(({ row, rank }) => ({
        key: row.key,
        header: row.label,
        cells: [rank === null ? "" : String(rank), barText(row, props.kind), row.provisional ? t.provisional : t.final],
      })),
    },
    props.extraColumns,
  );
}

export function rankingSummary(props: Pick<RankingChartProps, "rows" | "kind">): string {
  const ranked = rankRows(props.rows).filter((entry) => entry.rank !== null);
  const top = ranked[0]?.row;
  const bottom = ranked.at(-1)?.row;
  const unranked = props.rows.length - ranked.length;
  const unrankedText = unranked > 0 ? ` ${format(t.ranking.unranked, { count: unranked })}` : "";
  if (!top || !bottom || top.value === null || bottom.value === null) return `${t.ranking.summaryNoValues}${unrankedText}`;
  if (ranked.length === 1) return `${format(t.ranking.summaryOne, { top: top.label, value: formatValue(top.value, props.kind) })}${unrankedText}`;
  return `${format(t.ranking.summary, {
    top: top.label,
    value: formatValue(top.value, props.kind),
    bottom: bottom.label,
    bottomValue: formatValue(bottom.value, props.kind),
  })}${unrankedText}`;
}

export function RankingChart(props: RankingChartProps) {
  const groups = rankRows(props.rows).map(({ row }) => ({ key: row.key, label: row.label, bars: [row] }));
  const legend: LegendItem[] = [];
  if (props.rows.some((row) => row.provisional)) legend.push({ swatch: "bar", label: t.final }, { swatch: "bar-provisional", label: t.count.legendProvisional });
  return (
    <ChartFigure
      id={props.id}
      title={props.title}
      {...(props.description ? { description: props.description } : {})}
      summary={props.summary ?? rankingSummary(props)}
      svgHeight={(layout) => horizontalBarsGeometry(groups, props.kind, layout).height}
      renderSvg={(layout) => <HorizontalBarsSvg groups={groups} kind={props.kind} layout={layout} />}
      legend={legend}
      {...(props.notes ? { notes: props.notes } : {})}
      table={rankingChartTable(props)}
      {...(props.csvHref ? { csvHref: props.csvHref } : {})}
    />
  );
}

import * as messages from "../../messages/catalogue";
import { MAX_SERIES, seriesSwatch } from "./bar-rect";
import { ChartFigure, tableCaption, type LegendItem } from "./chart-figure";
import { formatCount } from "./chart-format";
import { withExtraColumns, type ChartExtraColumn, type ChartTableData } from "./chart-table";
import { horizontalBarsGeometry, HorizontalBarsSvg, type HorizontalBarValue } from "./horizontal-bars";

/*
 * BreakdownChart: counts per key (forms of violence, reporter groups) for one to three periods,
 * as grouped horizontal bars in the keys' given order (a fixed order lets periods be compared;
 * use RankingChart to sort one period). Server component (ADR 0013).
 *
 *   <BreakdownChart id="vormen" title="Meldingen per vorm van geweld" rowHeader="Vorm van geweld"
 *     categories={[{ key: "PHYSICAL", label: "Lichamelijke mishandeling" }, …]}
 *     periods={[{ code: "2017", label: "2017", provisional: false, values: { PHYSICAL: 48, SEXUAL: null } },
 *               { code: "2018", label: "2018", provisional: true, values: { PHYSICAL: 51 }, noValueTexts: { SEXUAL: "< 10" } }]}
 *     csvHref="/dashboard/export/breakdowns?…" />
 *
 * - A key missing from `values` (or null) is "onbekend", or its `noValueTexts` entry ("< 10").
 * - Provisional is per period (per delivery): hatched bars, and "(voorlopig)" in the column header.
 * - For the CSV route: `chartTableToCsv(breakdownChartTable(props))`.
 */

const t = messages.dashboardCijfers.charts;

export type BreakdownCategory = { key: string; label: string };
export type BreakdownPeriod = {
  code: string;
  label: string;
  provisional: boolean;
  values: Record<string, number | null>;
  noValueTexts?: Record<string, string>;
};

export type BreakdownChartProps = {
  id: string;
  title: string;
  description?: string;
  summary?: string;
  categories: BreakdownCategory[];
  /** One to three periods; only the first three are drawn. */
  periods: BreakdownPeriod[];
  rowHeader: string;
  notes?: string[];
  /** The caller's own table columns after the periods (e.g. each key's share), keyed by category key; in the CSV too. */
  extraColumns?: ChartExtraColumn[];
  csvHref?: string;
};

function valueOf(period: BreakdownPeriod, key: string): HorizontalBarValue {
  const value = period.values[key] ?? null;
  const noValueText = period.noValueTexts?.[key];
  return { value, provisional: period.provisional, ...(noValueText === undefined ? {} : { noValueText }) };
}

function periodHeader(period: BreakdownPeriod): string {
  return period.provisional ? `${period.label} (${t.provisional})` : period.label;
}

export function breakdownChartTable(props: Pick<BreakdownChartProps, "title" | "categories" | "periods" | "rowHeader" | "extraColumns">): ChartTableData {
  const table: ChartTableData = {
    caption: tableCaption(props.title),
    rowHeader: props.rowHeader,
    columns: props.periods.map((period) => ({ label: periodHeader(period), numeric: true })),
    rows: props.categories.map((category) => ({
      key: category.key,
      header: category.label,
      cells: props.periods.map((period) => {
        const cell = valueOf(period, category.key);
        return cell.value === null ? (cell.noValueText ?? t.unknown) : formatCount(cell.value);
      }),
    })),
  };
  // No status column here: extra columns go after the periods.
  return withExtraColumns(table, props.extraColumns, 0);
}

/** "Meest gemeld in 2018: Lichamelijke mishandeling (51)." — the largest key per period. */
export function breakdownSummary(props: Pick<BreakdownChartProps, "categories" | "periods">): string {
  return props.periods
    .map((period) => {
      const known = props.categories
        .map((category) => ({ category, value: period.values[category.key] ?? null }))
        .filter((entry): entry is { category: BreakdownCategory; value: number } => entry.value !== null);
      const top = known.reduce<{ category: BreakdownCategory; value: number } | null>((best, entry) => (!best || entry.value > best.value ? entry : best), null);
      return top ? `${periodHeader(period)}: ${top.category.label} ${formatCount(top.value)}.` : `${periodHeader(period)}: ${t.noData}`;
    })
    .join(" ");
}

export function BreakdownChart(props: BreakdownChartProps) {
  const periods = props.periods.slice(0, MAX_SERIES);
  const groups = props.categories.map((category) => ({
    key: category.key,
    label: category.label,
    bars: periods.map((period) => valueOf(period, category.key)),
    ...(periods.length > 1 ? { seriesLabels: periods.map((period) => period.label) } : {}),
  }));
  const legend: LegendItem[] = periods.map((period, index) => ({ swatch: seriesSwatch(index, period.provisional), label: periodHeader(period) }));
  return (
    <ChartFigure
      id={props.id}
      title={props.title}
      {...(props.description ? { description: props.description } : {})}
      summary={props.summary ?? breakdownSummary({ categories: props.categories, periods })}
      svgHeight={(layout) => horizontalBarsGeometry(groups, "count", layout).height}
      renderSvg={(layout) => <HorizontalBarsSvg groups={groups} kind="count" layout={layout} />}
      legend={legend}
      {...(props.notes ? { notes: props.notes } : {})}
      table={breakdownChartTable(props)}
      {...(props.csvHref ? { csvHref: props.csvHref } : {})}
    />
  );
}

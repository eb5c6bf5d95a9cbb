import { scaleBand, scaleLinear } from "d3-scale";
import { format } from "../../messages";
import * as messages from "../../messages/catalogue";
import { BarRect, MAX_SERIES, seriesSwatch } from "./bar-rect";
import { ChartFigure, SeriesBreakMarker, tableCaption, type LegendItem } from "./chart-figure";
import { formatCount } from "./chart-format";
import { AXIS_GAP, CHART_COLOURS, FONT_SIZE, textWidth, type ChartLayout } from "./chart-style";
import { withExtraColumns, type ChartExtraColumn, type ChartTableData } from "./chart-table";
import { axisTicks, countDomain, round, xLabelLayout } from "./geometry";
import { markSeriesBreakInTable, seriesBreak, seriesBreakNote } from "./series-break";

/*
 * CountChart: counts per period as vertical bars, one to three series side by side (reports and
 * advice requests). Server component (ADR 0013).
 *
 *   <CountChart id="meldingen" title="Meldingen en adviezen per jaar" description={MEASURE_READING_TEXT.SIGNAL}
 *     periods={[{ code: "2017", label: "2017" }, { code: "2018", label: "2018" }]}
 *     series={[
 *       { key: "REPORTS", label: "Meldingen", points: [{ periodCode: "2017", value: 412, provisional: false }, …] },
 *       { key: "ADVICE_REQUESTS", label: "Adviezen", points: [{ periodCode: "2018", value: null, provisional: true, noValueText: "< 10" }] },
 *     ]}
 *     csvHref="/dashboard/export/signals?…" />
 *
 * - `description` is the subtitle slot for the reading text ("Meer meldingen kan betekenen …").
 * - value null draws no bar: the gap is labelled "onbekend", or `noValueText` ("< 10",
 *   "afgeschermd" from councilCellText) for the council. A period absent from a series is onbekend.
 * - Provisional bars are hatched with a dashed outline; the table says "voorlopig" per period.
 * - Never put series of different readings in one chart (on-track-series.ts chartsByReading).
 * - `extraColumns` adds e.g. the trend reading per period (trendReading) to the same table.
 * - For the CSV route: `chartTableToCsv(countChartTable(props))`.
 */

const t = messages.dashboardCijfers.charts;

export type CountChartPoint = { periodCode: string; value: number | null; provisional: boolean; noValueText?: string };
export type CountChartSeries = { key: string; label: string; points: CountChartPoint[] };
export type ChartPeriod = { code: string; label: string };

export type CountChartProps = {
  id: string;
  title: string;
  /** The reading text under the title. */
  description?: string;
  summary?: string;
  periods: ChartPeriod[];
  /** One to three series; more are not drawn side by side legibly. */
  series: CountChartSeries[];
  notes?: string[];
  /** The caller's own table columns (see ChartExtraColumn), keyed by period code / row key; in the CSV too. */
  extraColumns?: ChartExtraColumn[];
  csvHref?: string;
};

const PLOT_HEIGHT: Record<ChartLayout["name"], number> = { compact: 220, wide: 260 };

function pointOf(series: CountChartSeries, periodCode: string): CountChartPoint {
  return series.points.find((point) => point.periodCode === periodCode) ?? { periodCode, value: null, provisional: false };
}

function countText(point: CountChartPoint): string {
  return point.value === null ? (point.noValueText ?? t.unknown) : formatCount(point.value);
}

/** Rows per period, a column per series and the status ("voorlopig" when any of the row is). */
export function countChartTable(props: Pick<CountChartProps, "title" | "periods" | "series" | "extraColumns">): ChartTableData {
  const table = withExtraColumns(
    {
      caption: tableCaption(props.title),
      rowHeader: t.period,
      columns: [...props.series.map((series) => ({ label: series.label, numeric: true })), { label: t.status }],
      rows: props.periods.map((period) => {
        const points = props.series.map((series) => pointOf(series, period.code));
        return {
          key: period.code,
          header: period.label,
          cells: [...points.map(countText), points.some((point) => point.provisional) ? t.provisional : t.final],
        };
      }),
    },
    props.extraColumns,
  );
  // The AMK → Veilig Thuis break (004 footnote 1) is marked in the table and the CSV too.
  return markSeriesBreakInTable(table, seriesBreak(props.periods.map((period) => period.code)));
}

/** "Meldingen: 412 in 2014, 530 (voorlopig) in 2018. Adviezen: …" */
export function countSummary(props: Pick<CountChartProps, "periods" | "series">): string {
  return props.series
    .map((series) => {
      const known = props.periods
        .map((period) => ({ period, point: pointOf(series, period.code) }))
        .filter((entry): entry is { period: ChartPeriod; point: CountChartPoint & { value: number } } => entry.point.value !== null);
      const first = known[0];
      const last = known.at(-1);
      if (!first || !last) return format(t.count.summaryNoValues, { series: series.label });
      const show = (entry: { point: CountChartPoint & { value: number } }) =>
        `${formatCount(entry.point.value)}${entry.point.provisional ? ` (${t.provisional})` : ""}`;
      return format(first === last ? t.count.summaryOne : t.count.summary, { series: series.label, first: show(first), firstLabel: first.period.label, last: show(last), lastLabel: last.period.label });
    })
    .join(" ");
}

/** Scales and bar positions for one layout; exported for the tests. */
export function countGeometry(props: Pick<CountChartProps, "periods" | "series">, layout: ChartLayout) {
  const { margin, width } = layout;
  const plotHeight = PLOT_HEIGHT[layout.name];
  const series = props.series.slice(0, MAX_SERIES);
  const values = series.flatMap((item) => item.points.flatMap((point) => (point.value === null ? [] : [point.value])));
  const domain = countDomain(values);
  const y = scaleLinear().domain([domain.min, domain.max]).range([margin.top + plotHeight, margin.top]);
  const x = scaleBand<string>()
    .domain(props.periods.map((period) => period.code))
    .range([margin.left, width - margin.right])
    .paddingInner(0.25)
    .paddingOuter(0.15);
  const inner = scaleBand<number>()
    .domain(series.map((_, index) => index))
    .range([0, x.bandwidth()])
    .paddingInner(0.08);
  const barWidth = inner.bandwidth();
  const bars = props.periods.flatMap((period) =>
    series.map((item, index) => {
      const point = pointOf(item, period.code);
      const left = (x(period.code) ?? 0) + (inner(index) ?? 0);
      const top = point.value === null ? null : y(point.value);
      return { period, series: index, point, x: round(left), width: round(barWidth), y: top === null ? null : round(top), height: top === null ? 0 : round(margin.top + plotHeight - top) };
    }),
  );
  const longestLabel = Math.max(0, ...props.periods.map((period) => textWidth(period.label)));
  const labels = xLabelLayout(props.periods.length, x.step(), longestLabel, FONT_SIZE);
  const brk = seriesBreak(props.periods.map((period) => period.code));
  const labelTop = margin.top + plotHeight + AXIS_GAP;
  return {
    height: round(labelTop + labels.height + margin.bottom),
    labelTop,
    labels,
    plotTop: margin.top,
    plotBottom: margin.top + plotHeight,
    plotLeft: margin.left,
    plotRight: width - margin.right,
    y,
    ticks: axisTicks(domain, layout.name === "compact" ? 4 : 6, true),
    bars,
    bandCentre: (code: string) => round((x(code) ?? 0) + x.bandwidth() / 2),
    barWidth,
    /** Between the last period before 2015 and the first after it (the AMK → Veilig Thuis break), or null. */
    breakX: brk ? round(((x(brk.before) ?? 0) + x.bandwidth() + (x(brk.after) ?? 0)) / 2) : null,
  };
}

export function CountChart(props: CountChartProps) {
  const series = props.series.slice(0, MAX_SERIES);
  const legend: LegendItem[] = series.map((item, index) => ({ swatch: seriesSwatch(index, false), label: item.label }));
  if (series.some((item) => item.points.some((point) => point.provisional))) {
    legend.push({ swatch: seriesSwatch(0, true), label: t.count.legendProvisional });
  }
  const hasGap = props.periods.some((period) => series.some((item) => pointOf(item, period.code).value === null));
  if (hasGap) legend.push({ swatch: "unknown", label: t.count.legendUnknown });
  const hasBreak = seriesBreak(props.periods.map((period) => period.code)) !== null;
  if (hasBreak) legend.push({ swatch: "series-break", label: t.seriesBreak.legend });
  const notes = [...(props.notes ?? []), ...(hasBreak ? [seriesBreakNote()] : [])];
  return (
    <ChartFigure
      id={props.id}
      title={props.title}
      {...(props.description ? { description: props.description } : {})}
      summary={props.summary ?? countSummary(props)}
      svgHeight={(layout) => countGeometry(props, layout).height}
      renderSvg={(layout) => <CountSvg {...props} layout={layout} />}
      legend={legend}
      {...(notes.length > 0 ? { notes } : {})}
      table={countChartTable(props)}
      {...(props.csvHref ? { csvHref: props.csvHref } : {})}
    />
  );
}

function CountSvg(props: CountChartProps & { layout: ChartLayout }) {
  const g = countGeometry(props, props.layout);
  const { ink, grid } = CHART_COLOURS;
  return (
    <g fontSize={FONT_SIZE} fill={ink}>
      {g.ticks.map((tick) => (
        <g key={tick}>
          <line x1={g.plotLeft} x2={g.plotRight} y1={round(g.y(tick))} y2={round(g.y(tick))} stroke={grid} strokeWidth="1" />
          <text x={g.plotLeft - 8} y={round(g.y(tick))} dy="0.35em" textAnchor="end">
            {formatCount(tick)}
          </text>
        </g>
      ))}
      {g.bars.map((bar) => {
        const key = `${bar.period.code}-${bar.series}`;
        if (bar.y === null) {
          const text = bar.point.noValueText ?? t.unknown;
          const centre = round(bar.x + bar.width / 2);
          // A gap: no bar, its reason written upwards from the axis (or "?" where even that does not fit).
          return bar.width >= FONT_SIZE + 2 ? (
            <text key={key} x={centre} y={g.plotBottom - 6} dy="0.35em" transform={`rotate(-90 ${centre} ${g.plotBottom - 6})`} fontWeight="700">
              {text}
            </text>
          ) : (
            <text key={key} x={centre} y={g.plotBottom - 6} textAnchor="middle" fontWeight="700">
              {t.unknownShort}
            </text>
          );
        }
        const label = formatCount(bar.point.value ?? 0);
        return (
          <g key={key}>
            <BarRect x={bar.x} y={bar.y} width={bar.width} height={bar.height} series={bar.series} provisional={bar.point.provisional} />
            {textWidth(label) <= bar.width + 8 ? (
              <text x={round(bar.x + bar.width / 2)} y={bar.y - 5} textAnchor="middle">
                {label}
              </text>
            ) : null}
          </g>
        );
      })}
      {g.breakX !== null ? <SeriesBreakMarker x={g.breakX} top={g.plotTop} bottom={g.plotBottom} /> : null}
      <line x1={g.plotLeft} x2={g.plotLeft} y1={g.plotTop} y2={g.plotBottom} stroke={ink} strokeWidth="1.5" />
      <line x1={g.plotLeft} x2={g.plotRight} y1={g.plotBottom} y2={g.plotBottom} stroke={ink} strokeWidth="1.5" />
      {props.periods.map((period, index) => {
        if (index % g.labels.stride !== 0) return null;
        const centre = g.bandCentre(period.code);
        return g.labels.rotated ? (
          <text key={period.code} x={centre} y={g.labelTop} dy="0.35em" textAnchor="end" transform={`rotate(-90 ${centre} ${g.labelTop})`}>
            {period.label}
          </text>
        ) : (
          <text key={period.code} x={centre} y={g.labelTop + FONT_SIZE} textAnchor="middle">
            {period.label}
          </text>
        );
      })}
    </g>
  );
}

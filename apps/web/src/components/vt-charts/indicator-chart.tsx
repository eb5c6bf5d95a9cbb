import { line } from "d3-shape";
import { scaleLinear } from "d3-scale";
import { ON_TRACK_VERDICT_LABEL, type OnTrackVerdict } from "@kk/api/schemas";
import { format } from "../../messages";
import * as messages from "../../messages/catalogue";
import { ChartFigure, SeriesBreakMarker, tableCaption, type LegendItem } from "./chart-figure";
import { formatLongDate, formatPercentage } from "./chart-format";
import { AXIS_GAP, CHART_COLOURS, DASH, FONT_SIZE, textWidth, type ChartLayout } from "./chart-style";
import { withExtraColumns, type ChartExtraColumn, type ChartTableData } from "./chart-table";
import { axisTicks, clearLabelY, lineRuns, percentageDomain, round, timeOf, xLabelLayout, type Segment } from "./geometry";
import { markSeriesBreakInTable, seriesBreak, seriesBreakNote, splitRunsAt } from "./series-break";

/*
 * IndicatorChart: the indicator (e.g. % of children with confirmed abuse) per period as a line
 * with points, against the plan's target (ADR 0013). Server component.
 *
 *   <IndicatorChart id="indicator" title="Bevestigde kindermishandeling, % van de kinderen 0–17"
 *     description={MEASURE_READING_TEXT.HARM}
 *     points={[{ periodCode: "2014", label: "2014", endsOn: "2014-12-31", value: 3.14, provisional: false, verdict: "ON_TRACK", pathValue: 3.14 }, …]}
 *     target={{ baselineYear: 2014, baselineValue: 3.14, threshold: 3, deadline: "2018-12-31", direction: "BELOW" }}
 *     csvHref="/dashboard/export/indicator?van=2014&tot=2018" notes={[onTrackRuleText(target)]} />
 *
 * - x is time: each point sits at the END of its period (where the on-track rule measures), so
 *   the target line runs from the baseline (end of the baseline year) to the deadline.
 * - value null = a gap in the line and "onbekend" (or `noValueText`, e.g. "afgeschermd") under the
 *   axis and in the table; never 0. Provisional points are hollow with a dashed segment.
 * - Pass `target` only for a year series: half-year rates are not comparable to a year target.
 * - The verdict per point (from assessOnTrack) goes into the table's "Koers" column, in words.
 * - `extraColumns` adds the caller's own columns to the same table (numerator, denominator, the
 *   verdict's sentence: `{ label: "Toelichting", wide: true, cells: { "2014": "…" } }`), so the
 *   page needs no second table.
 * - For the CSV route: `chartTableToCsv(indicatorChartTable(props))`.
 */

const t = messages.dashboardCijfers.charts;

export type IndicatorChartPoint = {
  periodCode: string;
  label: string;
  /** End of the period (ISO date or Date): the x position. */
  endsOn: string | Date;
  /** In percent (3.14 = 3,14%); null when missing or hidden. */
  value: number | null;
  provisional: boolean;
  verdict?: OnTrackVerdict;
  /** The target line's value at the end of the period (OnTrackAssessment.pathValue), for the table. */
  pathValue?: number | null;
  /** Shown instead of "onbekend" when value is null, e.g. "afgeschermd" for the council. */
  noValueText?: string;
};

export type IndicatorChartTarget = {
  baselineYear: number;
  /** In percent. */
  baselineValue: number;
  /** In percent. */
  threshold: number;
  deadline: string | Date;
  direction: "BELOW" | "ABOVE";
};

export type IndicatorChartProps = {
  id: string;
  title: string;
  description?: string;
  /** Overrides the generated one-sentence summary. */
  summary?: string;
  points: IndicatorChartPoint[];
  target?: IndicatorChartTarget;
  notes?: string[];
  /** The caller's own table columns (see ChartExtraColumn), keyed by period code / row key; in the CSV too. */
  extraColumns?: ChartExtraColumn[];
  csvHref?: string;
  /** Column header for the value, default "Percentage". */
  valueLabel?: string;
};

const PLOT_HEIGHT: Record<ChartLayout["name"], number> = { compact: 220, wide: 260 };

function valueText(point: IndicatorChartPoint): string {
  return point.value === null ? (point.noValueText ?? t.unknown) : formatPercentage(point.value);
}

function verdictText(point: IndicatorChartPoint): string {
  if (!point.verdict) return "";
  if (point.verdict === "NOT_APPLICABLE") return t.indicator.verdictNotApplicable;
  const label = ON_TRACK_VERDICT_LABEL[point.verdict];
  return point.provisional && point.verdict !== "UNKNOWN" ? `${label} (${t.provisional})` : label;
}

/** The rows under the chart and in the CSV: period, value, target line, verdict, status. */
export function indicatorChartTable(props: Pick<IndicatorChartProps, "title" | "points" | "valueLabel" | "extraColumns" | "target">): ChartTableData {
  // The target line's value only beside a year series with its target: next to a half year's
  // 1,48% a line at 3,05% would suggest a comparison the rule does not make.
  const withPath = props.target !== undefined && props.points.some((point) => point.pathValue !== undefined);
  const withVerdict = props.points.some((point) => point.verdict !== undefined);
  const table = withExtraColumns(
    {
      caption: tableCaption(props.title),
      rowHeader: t.period,
      columns: [
        { label: props.valueLabel ?? t.indicator.valueColumn, numeric: true },
        ...(withPath ? [{ label: t.indicator.pathColumn, numeric: true }] : []),
        ...(withVerdict ? [{ label: t.indicator.verdictColumn }] : []),
        { label: t.status },
      ],
      rows: props.points.map((point) => ({
        key: point.periodCode,
        header: point.label,
        cells: [
          valueText(point),
          ...(withPath ? [point.pathValue === null || point.pathValue === undefined ? "" : formatPercentage(point.pathValue)] : []),
          ...(withVerdict ? [verdictText(point)] : []),
          point.provisional ? t.provisional : t.final,
        ],
      })),
    },
    props.extraColumns,
  );
  // The AMK → Veilig Thuis break (004 footnote 1) is marked in the table and the CSV too.
  return markSeriesBreakInTable(table, seriesBreak(props.points.map((point) => point.periodCode)));
}

/** "3,14% in 2014, 2,97% (voorlopig) in 2018. Doel: onder 3,00% op 31 december 2018." */
export function indicatorSummary(points: readonly IndicatorChartPoint[], target?: IndicatorChartTarget): string {
  const known = points.filter((point): point is IndicatorChartPoint & { value: number } => point.value !== null);
  const first = known[0];
  const last = known.at(-1);
  const show = (point: IndicatorChartPoint & { value: number }) =>
    `${formatPercentage(point.value)}${point.provisional ? ` (${t.provisional})` : ""}`;
  const values =
    first && last
      ? format(first === last ? t.indicator.summaryOne : t.indicator.summary, { first: show(first), firstLabel: first.label, last: show(last), lastLabel: last.label })
      : t.indicator.summaryNoValues;
  if (!target) return values;
  const goal = format(t.indicator.summaryTarget, {
    direction: target.direction === "BELOW" ? t.indicator.directionBelow : t.indicator.directionAbove,
    threshold: formatPercentage(target.threshold),
    deadline: formatLongDate(target.deadline),
  });
  return `${values} ${goal}`;
}

/** Scales and positions for one layout; exported for the tests. */
export function indicatorGeometry(props: Pick<IndicatorChartProps, "points" | "target">, layout: ChartLayout) {
  const { margin, width } = layout;
  const plotHeight = PLOT_HEIGHT[layout.name];
  const target = props.target;
  const baselineTime = target ? Date.UTC(target.baselineYear, 11, 31) : undefined;
  const deadlineTime = target ? timeOf(target.deadline) : undefined;

  const times = props.points.map((point) => timeOf(point.endsOn));
  const allTimes = [...times, ...(baselineTime === undefined ? [] : [baselineTime]), ...(deadlineTime === undefined ? [] : [deadlineTime])];
  const minTime = allTimes.length > 0 ? Math.min(...allTimes) : 0;
  const maxTime = allTimes.length > 0 ? Math.max(...allTimes) : 1;
  const pad = Math.max((maxTime - minTime) * 0.06, 120 * 24 * 3600 * 1000);
  const x = scaleLinear()
    .domain([minTime - pad, maxTime + pad])
    .range([margin.left, width - margin.right]);

  const values = props.points.flatMap((point) => (point.value === null ? [] : [point.value]));
  const domain = percentageDomain([...values, ...(target ? [target.baselineValue, target.threshold] : [])]);
  const y = scaleLinear().domain([domain.min, domain.max]).range([margin.top + plotHeight, margin.top]);

  const positioned = props.points.map((point, index) => ({
    point,
    x: round(x(times[index] ?? 0)),
    y: point.value === null ? null : round(y(point.value)),
    provisional: point.provisional,
  }));
  const step = positioned.length > 1 ? Math.abs((positioned.at(-1)?.x ?? 0) - (positioned[0]?.x ?? 0)) / (positioned.length - 1) : width;
  const longestLabel = Math.max(0, ...props.points.map((point) => textWidth(point.label)));
  const labels = xLabelLayout(positioned.length, step, longestLabel, FONT_SIZE);
  const plotBottom = margin.top + plotHeight;
  // A row right under the axis for the "onbekend" markers, only when a point has no value.
  const hasUnknown = positioned.some((item) => item.y === null);
  const unknownY = plotBottom + AXIS_GAP + FONT_SIZE;
  const labelY = plotBottom + AXIS_GAP + (hasUnknown ? FONT_SIZE * 1.5 : 0) + FONT_SIZE;
  // The line stops at the AMK → Veilig Thuis break (004 footnote 1): a dashed marker halfway between the two periods.
  const brk = seriesBreak(props.points.map((point) => point.periodCode));
  const beforeX = brk ? positioned.find((item) => item.point.periodCode === brk.before)?.x : undefined;
  const afterX = brk ? positioned.find((item) => item.point.periodCode === brk.after)?.x : undefined;
  const breakX = beforeX !== undefined && afterX !== undefined ? round((beforeX + afterX) / 2) : null;
  const runs = splitRunsAt(lineRuns(positioned), breakX);
  const baseline = target && baselineTime !== undefined ? { x: round(x(baselineTime)), y: round(y(target.baselineValue)) } : null;
  const deadline = target && deadlineTime !== undefined ? { x: round(x(deadlineTime)), y: round(y(target.threshold)) } : null;
  const thresholdY = target ? round(y(target.threshold)) : null;
  // Everything a label must not sit on: the data line, its points, the target and threshold lines.
  const obstacles: Segment[] = [
    ...runs.flatMap((run) => run.points.slice(1).map((point, index) => ({ x1: run.points[index]?.x ?? point.x, y1: run.points[index]?.y ?? point.y, x2: point.x, y2: point.y }))),
    ...positioned.flatMap((item) => (item.y === null ? [] : [{ x1: item.x - 6, y1: item.y, x2: item.x + 6, y2: item.y }])),
    ...(baseline && deadline ? [{ x1: baseline.x, y1: baseline.y, x2: deadline.x, y2: deadline.y }] : []),
  ];
  const below = target?.direction !== "ABOVE";
  const baselineText = target ? format(t.indicator.baselineLabel, { value: formatPercentage(target.baselineValue) }) : "";
  const baselineLabel = baseline
    ? {
        x: baseline.x + 8,
        y: round(
          clearLabelY(
            baseline.x + 8,
            baseline.x + 8 + textWidth(baselineText),
            below ? [baseline.y - 10, baseline.y + 22, baseline.y - 28, baseline.y + 40] : [baseline.y + 22, baseline.y - 10, baseline.y + 40, baseline.y - 28],
            [...obstacles, ...(thresholdY === null ? [] : [{ x1: margin.left, y1: thresholdY, x2: width - margin.right, y2: thresholdY }])],
            FONT_SIZE,
          ),
        ),
        text: baselineText,
      }
    : null;
  const thresholdText = target ? format(t.indicator.thresholdLabel, { threshold: formatPercentage(target.threshold) }) : "";
  const thresholdLabel =
    thresholdY === null
      ? null
      : {
          x: margin.left + 6,
          y: round(
            clearLabelY(
              margin.left + 6,
              margin.left + 6 + textWidth(thresholdText),
              below ? [thresholdY + 18, thresholdY - 6, thresholdY + 34] : [thresholdY - 6, thresholdY + 18, thresholdY - 22],
              obstacles,
              FONT_SIZE,
            ),
          ),
          text: thresholdText,
        };
  return {
    height: round(labelY - FONT_SIZE + labels.height + margin.bottom),
    unknownY: round(unknownY),
    labelY: round(labelY),
    labels,
    plotTop: margin.top,
    plotBottom: margin.top + plotHeight,
    plotLeft: margin.left,
    plotRight: width - margin.right,
    domain,
    ticks: axisTicks(domain, layout.name === "compact" ? 4 : 6, false),
    x,
    y,
    positioned,
    runs,
    baselineLabel,
    thresholdLabel,
    /** The gap's own text ("onbekend", "afgeschermd") when it fits between its neighbours, else "?". */
    unknownText: (point: IndicatorChartPoint) => {
      const text = point.noValueText ?? t.unknown;
      return step >= textWidth(text) + 6 ? text : t.unknownShort;
    },
    baseline,
    deadline,
    thresholdY,
    breakX,
  };
}

export function IndicatorChart(props: IndicatorChartProps) {
  const { target } = props;
  const legend: LegendItem[] = [{ swatch: "line", label: t.indicator.legendLine }];
  if (props.points.some((point) => point.provisional)) legend.push({ swatch: "point-provisional", label: t.indicator.legendProvisional });
  if (target) {
    legend.push(
      { swatch: "target", label: t.indicator.legendTarget },
      { swatch: "threshold", label: format(t.indicator.legendThreshold, { threshold: formatPercentage(target.threshold) }) },
      { swatch: "deadline", label: t.indicator.legendDeadline },
    );
  }
  if (props.points.some((point) => point.value === null)) legend.push({ swatch: "unknown", label: t.indicator.legendUnknown });
  const hasBreak = seriesBreak(props.points.map((point) => point.periodCode)) !== null;
  if (hasBreak) legend.push({ swatch: "series-break", label: t.seriesBreak.legend });

  const probe = indicatorGeometry(props, { name: "wide", width: 720, margin: { top: 0, right: 0, bottom: 0, left: 0 } });
  const notes = [
    ...(probe.domain.broken ? [format(t.indicator.axisBreak, { min: formatPercentage(probe.domain.min) })] : []),
    ...(props.notes ?? []),
    ...(hasBreak ? [seriesBreakNote()] : []),
  ];

  return (
    <ChartFigure
      id={props.id}
      title={props.title}
      {...(props.description ? { description: props.description } : {})}
      summary={props.summary ?? indicatorSummary(props.points, target)}
      svgHeight={(layout) => indicatorGeometry(props, layout).height}
      renderSvg={(layout) => <IndicatorSvg {...props} layout={layout} />}
      legend={legend}
      notes={notes}
      table={indicatorChartTable(props)}
      {...(props.csvHref ? { csvHref: props.csvHref } : {})}
    />
  );
}

const pathOf = line<{ x: number; y: number }>()
  .x((point) => point.x)
  .y((point) => point.y);

function IndicatorSvg(props: IndicatorChartProps & { layout: ChartLayout }) {
  const g = indicatorGeometry(props, props.layout);
  const { ink, inkMuted, grid, data, target: targetColour } = CHART_COLOURS;
  return (
    <g fontSize={FONT_SIZE} fill={ink}>
      {/* Grid and y axis */}
      {g.ticks.map((tick) => (
        <g key={tick}>
          <line x1={g.plotLeft} x2={g.plotRight} y1={round(g.y(tick))} y2={round(g.y(tick))} stroke={grid} strokeWidth="1" />
          <text x={g.plotLeft - 8} y={round(g.y(tick))} dy="0.35em" textAnchor="end">
            {formatPercentage(tick)}
          </text>
        </g>
      ))}
      <line x1={g.plotLeft} x2={g.plotLeft} y1={g.plotTop} y2={g.plotBottom} stroke={ink} strokeWidth="1.5" />
      <line x1={g.plotLeft} x2={g.plotRight} y1={g.plotBottom} y2={g.plotBottom} stroke={ink} strokeWidth="1.5" />
      {g.domain.broken ? (
        <path
          d={`M${g.plotLeft - 7},${g.plotBottom - 6} l7,-4 l7,4 M${g.plotLeft - 7},${g.plotBottom - 12} l7,-4 l7,4`}
          fill="none"
          stroke={ink}
          strokeWidth="1.5"
        />
      ) : null}

      {/* Target: threshold, deadline, target line, baseline */}
      {g.thresholdY !== null && props.target ? (
        <g>
          <line x1={g.plotLeft} x2={g.plotRight} y1={g.thresholdY} y2={g.thresholdY} stroke={ink} strokeWidth="1.5" strokeDasharray={DASH.threshold} />
          {g.thresholdLabel ? (
            <text x={g.thresholdLabel.x} y={g.thresholdLabel.y} fill={ink}>
              {g.thresholdLabel.text}
            </text>
          ) : null}
        </g>
      ) : null}
      {g.deadline ? (
        <g>
          <line x1={g.deadline.x} x2={g.deadline.x} y1={g.plotTop} y2={g.plotBottom} stroke={ink} strokeWidth="1.5" strokeDasharray={DASH.deadline} />
          <text x={g.deadline.x - 4} y={g.plotTop} dy="0.9em" textAnchor="end" fill={inkMuted}>
            {t.indicator.deadlineLabel}
          </text>
        </g>
      ) : null}
      {g.baseline && g.deadline && props.target ? (
        <g>
          <line
            x1={g.baseline.x}
            y1={g.baseline.y}
            x2={g.deadline.x}
            y2={g.deadline.y}
            stroke={targetColour}
            strokeWidth="2.5"
            strokeDasharray={DASH.target}
          />
          <rect x={g.baseline.x - 5} y={g.baseline.y - 5} width="10" height="10" fill={CHART_COLOURS.paper} stroke={targetColour} strokeWidth="2" transform={`rotate(45 ${g.baseline.x} ${g.baseline.y})`} />
          {g.baselineLabel ? (
            <text x={g.baselineLabel.x} y={g.baselineLabel.y} fill={ink}>
              {g.baselineLabel.text}
            </text>
          ) : null}
        </g>
      ) : null}

      {g.breakX !== null ? <SeriesBreakMarker x={g.breakX} top={g.plotTop} bottom={g.plotBottom} /> : null}

      {/* The series */}
      {g.runs.map((run, index) => (
        <path
          key={index}
          d={pathOf(run.points) ?? ""}
          fill="none"
          stroke={data}
          strokeWidth="3"
          strokeDasharray={run.dashed ? DASH.provisional : undefined}
          strokeLinejoin="round"
        />
      ))}
      {g.positioned.map(({ point, x, y }) =>
        y === null ? null : point.provisional ? (
          <circle key={point.periodCode} cx={x} cy={y} r="5.5" fill="#fff" stroke={data} strokeWidth="2.5" />
        ) : (
          <circle key={point.periodCode} cx={x} cy={y} r="5.5" fill={data} />
        ),
      )}

      {/* x labels and unknown markers */}
      {g.positioned.map(({ point, x, y }, index) => (
        <g key={point.periodCode}>
          <line x1={x} x2={x} y1={g.plotBottom} y2={g.plotBottom + 5} stroke={ink} strokeWidth="1.5" />
          {y === null ? (
            <text x={x} y={g.unknownY} textAnchor="middle" fontWeight="700">
              {g.unknownText(point)}
            </text>
          ) : null}
          {index % g.labels.stride === 0 ? (
            g.labels.rotated ? (
              <text x={x} y={g.labelY - FONT_SIZE} dy="0.35em" textAnchor="end" transform={`rotate(-90 ${x} ${g.labelY - FONT_SIZE})`}>
                {point.label}
              </text>
            ) : (
              <text x={x} y={g.labelY} textAnchor="middle">
                {point.label}
              </text>
            )
          ) : null}
        </g>
      ))}
    </g>
  );
}

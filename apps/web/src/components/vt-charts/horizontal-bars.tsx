import { scaleLinear } from "d3-scale";
import * as messages from "../../messages/catalogue";
import { BarRect } from "./bar-rect";
import { formatValue, type ValueKind } from "./chart-format";
import { CHART_COLOURS, FONT_SIZE, textWidth, type ChartLayout } from "./chart-style";
import { countDomain, round } from "./geometry";

/*
 * The horizontal bar drawing shared by RankingChart and BreakdownChart: per group a label line,
 * then one bar per series starting at 0, the value written at the bar's end. A value of null
 * draws no bar but its text ("onbekend", "< 10", "afgeschermd") in the bar's place.
 */

const t = messages.dashboardCijfers.charts;

export type HorizontalBarValue = { value: number | null; provisional: boolean; noValueText?: string };
export type HorizontalBarGroup = {
  key: string;
  label: string;
  bars: HorizontalBarValue[];
  /** With more than one bar per group: whose bar each is (a period), written before a missing bar's text. */
  seriesLabels?: string[];
};

const LABEL_HEIGHT = 22;
const BAR_HEIGHT = 20;
const BAR_GAP = 4;
const GROUP_GAP = 14;
const TOP = 8;
const SIDE = 8;

export function horizontalBarsGeometry(groups: readonly HorizontalBarGroup[], kind: ValueKind, layout: ChartLayout) {
  const values = groups.flatMap((group) => group.bars.flatMap((bar) => (bar.value === null ? [] : [bar.value])));
  const max = kind === "percentage" ? Math.max(0, ...values) * 1.05 || 1 : countDomain(values).max;
  const longestValue = Math.max(textWidth(t.unknown), ...groups.flatMap((group) => group.bars.map((bar) => textWidth(barText(bar, kind)))));
  const x = scaleLinear()
    .domain([0, max])
    .range([SIDE, layout.width - SIDE - longestValue - 8]);
  let y = TOP;
  const placed = groups.map((group) => {
    const labelY = y + FONT_SIZE;
    y += LABEL_HEIGHT;
    const bars = group.bars.map((bar, series) => {
      const top = y;
      y += BAR_HEIGHT + BAR_GAP;
      const end = bar.value === null ? null : round(x(bar.value));
      return { bar, series, y: round(top), x: SIDE, width: end === null ? 0 : round(end - SIDE), end: end ?? SIDE };
    });
    y += GROUP_GAP - BAR_GAP;
    return { group, labelY: round(labelY), bars };
  });
  return { height: round(y + TOP), placed };
}

export function barText(bar: HorizontalBarValue, kind: ValueKind): string {
  return bar.value === null ? (bar.noValueText ?? t.unknown) : formatValue(bar.value, kind);
}

export function HorizontalBarsSvg(props: { groups: HorizontalBarGroup[]; kind: ValueKind; layout: ChartLayout }) {
  const g = horizontalBarsGeometry(props.groups, props.kind, props.layout);
  const { ink } = CHART_COLOURS;
  return (
    <g fontSize={FONT_SIZE} fill={ink}>
      {g.placed.map(({ group, labelY, bars }) => (
        <g key={group.key}>
          <text x={SIDE} y={labelY} fontWeight="700">
            {group.label}
          </text>
          {bars.length > 0 ? (
            <line x1={SIDE} x2={SIDE} y1={bars[0]?.y ?? 0} y2={(bars.at(-1)?.y ?? 0) + BAR_HEIGHT} stroke={ink} strokeWidth="1.5" />
          ) : null}
          {bars.map(({ bar, series, y, x, width, end }) => (
            <g key={series}>
              {bar.value === null ? (
                <text x={x + 6} y={y + BAR_HEIGHT / 2} dy="0.35em" fontStyle="italic">
                  {group.seriesLabels?.[series] ? `${group.seriesLabels[series]}: ${barText(bar, props.kind)}` : barText(bar, props.kind)}
                </text>
              ) : (
                <>
                  <BarRect x={x} y={y} width={width} height={BAR_HEIGHT} series={series} provisional={bar.provisional} />
                  <text x={end + 6} y={y + BAR_HEIGHT / 2} dy="0.35em">
                    {barText(bar, props.kind)}
                  </text>
                </>
              )}
            </g>
          ))}
        </g>
      ))}
    </g>
  );
}

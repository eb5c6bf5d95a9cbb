import { CHART_COLOURS, DASH } from "./chart-style";
import type { LegendSwatch } from "./chart-figure";
import { hatchLines, round } from "./geometry";

/*
 * One bar in a bar chart. Series differ by fill (dark blue solid, light blue with black outline,
 * white with black outline), so they stay apart in black and white; a provisional bar is hatched
 * in its series' colour with a dashed outline.
 */

const SERIES_FILL = [CHART_COLOURS.data, CHART_COLOURS.dataSecond, CHART_COLOURS.paper] as const;

export const MAX_SERIES = SERIES_FILL.length;

export function seriesSwatch(index: number, provisional: boolean): LegendSwatch {
  if (index === 0) return provisional ? "bar-provisional" : "bar";
  if (index === 1) return provisional ? "bar-second-provisional" : "bar-second";
  return provisional ? "bar-third-provisional" : "bar-third";
}

export function seriesFill(index: number): string {
  return SERIES_FILL[Math.min(index, SERIES_FILL.length - 1)] ?? CHART_COLOURS.data;
}

export function BarRect(props: { x: number; y: number; width: number; height: number; series: number; provisional: boolean }) {
  const x = round(props.x);
  const y = round(props.y);
  const width = round(Math.max(0, props.width));
  const height = round(Math.max(0, props.height));
  const fill = seriesFill(props.series);
  const outlined = props.series > 0;
  if (props.provisional) {
    // Hatching in the light second colour would vanish on white (and on paper): use darker inks.
    const hatchColour = props.series === 0 ? fill : props.series === 1 ? CHART_COLOURS.dataSecondInk : CHART_COLOURS.inkMuted;
    return (
      <g>
        <rect x={x} y={y} width={width} height={height} fill={CHART_COLOURS.paper} />
        {hatchLines(x, y, width, height, 6).map((segment) => (
          <line
            key={`${segment.x1}-${segment.y1}`}
            x1={round(segment.x1)}
            y1={round(segment.y1)}
            x2={round(segment.x2)}
            y2={round(segment.y2)}
            stroke={hatchColour}
            strokeWidth="2"
          />
        ))}
        <rect x={x} y={y} width={width} height={height} fill="none" stroke={CHART_COLOURS.ink} strokeWidth="1.5" strokeDasharray={DASH.provisional} />
      </g>
    );
  }
  return <rect x={x} y={y} width={width} height={height} fill={fill} stroke={outlined ? CHART_COLOURS.ink : undefined} strokeWidth={outlined ? 1.5 : undefined} />;
}

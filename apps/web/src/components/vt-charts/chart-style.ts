/**
 * Colours, strokes and sizes of the charts (ADR 0013). Calm and high contrast in the spirit of NL
 * Design System: dark blue data, grey dashed target, black reference lines. Nothing relies on
 * colour alone: provisional, unknown, target and threshold differ in dash pattern, fill or shape,
 * so a black-and-white print keeps every distinction.
 */
export const CHART_COLOURS = {
  ink: "#0b0c0c",
  inkMuted: "#484949",
  grid: "#d8dadb",
  axis: "#0b0c0c",
  data: "#154273",
  dataSecond: "#8fa9c8",
  /** Hatching of a provisional second-series bar: the second colour, dark enough to show (about 5:1 on white). */
  dataSecondInk: "#4f6f96",
  target: "#505a5f",
  paper: "#ffffff",
} as const;

export const DASH = {
  provisional: "6 4",
  target: "10 6",
  threshold: "12 4 2 4",
  deadline: "2 4",
  seriesBreak: "4 3",
} as const;

/** Text in viewBox units; each layout is drawn so that one unit is about one CSS pixel. */
export const FONT_SIZE = 14;

/**
 * Two drawings of every chart: `compact` for phones (a 390 px screen leaves ~350 px, so text
 * stays 14 px) and `wide` for larger screens and print. CSS shows one of them
 * (ResponsiveSvg); scaling one viewBox from 350 to 900 px would make text either tiny or huge.
 */
export type ChartLayout = { name: "compact" | "wide"; width: number; margin: { top: number; right: number; bottom: number; left: number } };

export const LAYOUTS: readonly ChartLayout[] = [
  { name: "compact", width: 360, margin: { top: 16, right: 16, bottom: 8, left: 64 } },
  { name: "wide", width: 720, margin: { top: 20, right: 24, bottom: 8, left: 72 } },
];

/** Gap between the x axis and the first row under it (tick marks, markers, labels). */
export const AXIS_GAP = 8;

/** Rough width of a text in viewBox units (system sans-serif at FONT_SIZE), for deciding what fits. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return text.length * fontSize * 0.56;
}

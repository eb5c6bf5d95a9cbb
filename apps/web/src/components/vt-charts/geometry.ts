import { scaleLinear } from "d3-scale";

/*
 * Pure geometry of the charts (ADR 0013), kept apart from the JSX so it can be tested without
 * rendering: domains, ticks, positions, line runs and hatching. All numbers are viewBox units.
 */

export type Segment = { x1: number; y1: number; x2: number; y2: number };

/**
 * The percentage axis. A rate moving from 3.14% to 2.97% would be a 5% change in a bar-style
 * axis from 0, invisible, so the axis is zoomed onto the values, target and threshold, with at
 * least `minSpan` percentage points, rounded to nice ticks; it starts at 0 only when the values
 * come close to it. `broken` says the axis does not start at 0 (drawn as a break marker and said
 * in a note).
 */
export function percentageDomain(values: readonly number[], minSpan = 0.5): { min: number; max: number; broken: boolean } {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return { min: 0, max: 5, broken: false };
  let low = Math.min(...finite);
  let high = Math.max(...finite);
  const pad = Math.max((high - low) * 0.15, 0.05);
  low -= pad;
  high += pad;
  if (high - low < minSpan) {
    const middle = (low + high) / 2;
    low = middle - minSpan / 2;
    high = middle + minSpan / 2;
  }
  // Close to 0 (less than a third of the span away): start at 0 and avoid the break.
  if (low <= (high - low) / 3) low = 0;
  const [min = 0, max = 5] = scaleLinear().domain([low, high]).nice(5).domain();
  const start = Math.max(0, min);
  return { min: start, max, broken: start > 0 };
}

/** The count axis always starts at 0: a bar's length is its value. */
export function countDomain(values: readonly number[]): { min: number; max: number } {
  const high = Math.max(0, ...values.filter((value) => Number.isFinite(value)));
  const [, max = 10] = scaleLinear().domain([0, high === 0 ? 10 : high]).nice(5).domain();
  return { min: 0, max };
}

/** Tick values for an axis, whole numbers only for counts (no "2,5 meldingen"). */
export function axisTicks(domain: { min: number; max: number }, count: number, wholeOnly: boolean): number[] {
  const ticks = scaleLinear().domain([domain.min, domain.max]).ticks(count);
  return wholeOnly ? ticks.filter((tick) => Number.isInteger(tick)) : ticks;
}

/** A date as milliseconds; "2018-12-31" is read as UTC midnight. */
export function timeOf(date: string | Date): number {
  if (date instanceof Date) return date.getTime();
  return new Date(date.length === 10 ? `${date}T00:00:00Z` : date).getTime();
}

/**
 * Consecutive known points joined into runs: a null value ends the run (a gap, never a drop to
 * 0), and a pair with a provisional end goes into a dashed run of its own.
 */
export function lineRuns<P extends { x: number; y: number | null; provisional: boolean }>(
  points: readonly P[],
): { dashed: boolean; points: { x: number; y: number }[] }[] {
  const runs: { dashed: boolean; points: { x: number; y: number }[] }[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const a = points[index];
    const b = points[index + 1];
    if (!a || !b || a.y === null || b.y === null) continue;
    const dashed = a.provisional || b.provisional;
    const last = runs.at(-1);
    const lastPoint = last?.points.at(-1);
    if (last && last.dashed === dashed && lastPoint && lastPoint.x === a.x && lastPoint.y === a.y) {
      last.points.push({ x: b.x, y: b.y });
    } else {
      runs.push({ dashed, points: [{ x: a.x, y: a.y }, { x: b.x, y: b.y }] });
    }
  }
  return runs;
}

/**
 * Diagonal hatching inside a rectangle, as clipped line segments (no SVG <pattern>, so no ids
 * to keep unique and nothing a print driver may drop).
 */
export function hatchLines(x: number, y: number, width: number, height: number, spacing = 6): Segment[] {
  const lines: Segment[] = [];
  if (width <= 0 || height <= 0) return lines;
  // In (u, v) with u to the right and v upwards from the bottom-left corner, the lines are u − v = c.
  for (let c = -height + spacing / 2; c < width; c += spacing) {
    const v1 = Math.max(0, -c);
    const v2 = Math.min(height, width - c);
    if (v2 <= v1) continue;
    lines.push({ x1: x + v1 + c, y1: y + height - v1, x2: x + v2 + c, y2: y + height - v2 });
  }
  return lines;
}

/** Which of n evenly spaced labels to draw so that labels of `labelWidth` do not overlap. */
export function labelStride(count: number, step: number, labelWidth: number): number {
  if (count <= 1 || step <= 0) return 1;
  return Math.max(1, Math.ceil((labelWidth + 6) / step));
}

/**
 * How the x-axis labels go: horizontal when they fit side by side, else at −45° (half-year labels
 * like "2017 1e halfjaar" on a phone), read upwards (−90°) so they never stick out sideways,
 * skipping labels only when even that overlaps. `height` is the room the labels need.
 */
export function xLabelLayout(count: number, step: number, longestLabelWidth: number, fontSize: number): { rotated: boolean; stride: number; height: number } {
  if (count <= 1 || step >= longestLabelWidth + 6) return { rotated: false, stride: 1, height: fontSize * 1.3 };
  return { rotated: true, stride: labelStride(count, step, fontSize * 1.2), height: longestLabelWidth + fontSize * 0.5 };
}

/** Whether a segment passes through the box (x1..x2, top..bottom), with a small margin. */
export function segmentCrossesBox(segment: Segment, box: { x1: number; x2: number; top: number; bottom: number }, margin = 2): boolean {
  const left = Math.min(segment.x1, segment.x2);
  const right = Math.max(segment.x1, segment.x2);
  if (right < box.x1 - margin || left > box.x2 + margin) return false;
  const yAt = (x: number) => (segment.x2 === segment.x1 ? segment.y1 : segment.y1 + ((segment.y2 - segment.y1) * (x - segment.x1)) / (segment.x2 - segment.x1));
  const from = Math.max(left, box.x1 - margin);
  const to = Math.min(right, box.x2 + margin);
  const ys = segment.x2 === segment.x1 ? [segment.y1, segment.y2] : [yAt(from), yAt(to)];
  return Math.max(...ys) >= box.top - margin && Math.min(...ys) <= box.bottom + margin;
}

/**
 * The first text baseline among `candidates` where a label from x1 to x2 crosses none of the
 * lines (so "nulmeting 3,14%" does not sit on the data line); the first candidate when none is free.
 */
export function clearLabelY(x1: number, x2: number, candidates: readonly number[], segments: readonly Segment[], fontSize: number): number {
  const free = candidates.find((y) => !segments.some((segment) => segmentCrossesBox(segment, { x1, x2, top: y - fontSize * 0.8, bottom: y + fontSize * 0.2 })));
  return free ?? candidates[0] ?? 0;
}

/** Round to 0.1 unit for the SVG text (shorter markup, same picture). */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

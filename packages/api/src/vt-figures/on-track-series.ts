import type { IndicatorValue } from "./indicator.ts";
import type { OnTrackAssessment } from "./on-track.ts";

/**
 * The dashboard's series, kept apart by how a rise must be read (issue 6: "more reports can be
 * good news ... never mix the two in one score"). A rise in reports or advice requests may mean
 * people report more readily (meldingsbereidheid, which the plan wants up); a rise in confirmed
 * abuse is bad news. So there is no combined score, and only an outcome series carries an on-track
 * verdict: the types make "meldingen op koers" impossible to build.
 */

/** H's FigureMeasure (prisma/schema.prisma, "Veilig Thuis figures"). */
export type FigureMeasure = "ADVICE_REQUESTS" | "REPORTS" | "CHILD_REPORTS" | "CHILDREN_INVOLVED" | "INVESTIGATIONS_COMPLETED" | "ABUSE_CONFIRMED";

/**
 * SIGNAL: contacts with Veilig Thuis; more can be good (willingness to report) or bad.
 * WORKLOAD: what Veilig Thuis did; says nothing about safety by itself.
 * HARM: confirmed abuse; more is bad.
 */
export type MeasureReading = "SIGNAL" | "WORKLOAD" | "HARM";

export const MEASURE_READING: Record<FigureMeasure, MeasureReading> = {
  ADVICE_REQUESTS: "SIGNAL",
  REPORTS: "SIGNAL",
  CHILD_REPORTS: "SIGNAL",
  CHILDREN_INVOLVED: "SIGNAL",
  INVESTIGATIONS_COMPLETED: "WORKLOAD",
  ABUSE_CONFIRMED: "HARM",
};

/** Shown under every chart of that reading, so a rise is read correctly. */
export const MEASURE_READING_TEXT: Record<MeasureReading, string> = {
  SIGNAL:
    "Meer adviezen en meldingen kan goed nieuws zijn: het kan betekenen dat mensen eerder aan de bel trekken. Het is geen maat voor hoeveel kinderen mishandeld worden.",
  WORKLOAD: "Het aantal afgeronde onderzoeken laat zien wat Veilig Thuis heeft gedaan, niet hoe veilig kinderen zijn.",
  HARM: "Meer bevestigde kindermishandeling is slecht nieuws. Dit is de maat waaraan het doel van de gemeente wordt getoetst.",
};

export type SeriesPoint = { periodCode: string; periodLabel: string; value: IndicatorValue };
export type CountPoint = { periodCode: string; periodLabel: string; count: number | null; status: "VALUE" | "MISSING" | "SUPPRESSED"; provisional: boolean };

/** Confirmed abuse as a percentage of the children, against a target: the only series with a verdict. */
export type OutcomeSeries = {
  kind: "OUTCOME";
  measure: "ABUSE_CONFIRMED";
  reading: "HARM";
  indicatorKey: string;
  points: SeriesPoint[];
  assessments: OnTrackAssessment[];
};

/** Counts of advice requests and reports: a trend to read, never a score or a verdict. */
export type SignalSeries = {
  kind: "SIGNAL";
  measure: Extract<FigureMeasure, "ADVICE_REQUESTS" | "REPORTS" | "CHILD_REPORTS" | "CHILDREN_INVOLVED">;
  reading: "SIGNAL";
  points: CountPoint[];
  assessments?: never;
};

export type WorkloadSeries = {
  kind: "WORKLOAD";
  measure: "INVESTIGATIONS_COMPLETED";
  reading: "WORKLOAD";
  points: CountPoint[];
  assessments?: never;
};

export type DashboardSeries = OutcomeSeries | SignalSeries | WorkloadSeries;

/**
 * Puts series in the charts they may share: one chart per reading, in the order harm, signal,
 * workload. Two series with different readings never end up on one chart, where a falling
 * confirmed-abuse line next to a rising report line would invite one overall reading.
 */
export function chartsByReading(series: readonly DashboardSeries[]): { reading: MeasureReading; readingText: string; series: DashboardSeries[] }[] {
  const order: MeasureReading[] = ["HARM", "SIGNAL", "WORKLOAD"];
  return order
    .map((reading) => ({ reading, readingText: MEASURE_READING_TEXT[reading], series: series.filter((item) => item.reading === reading) }))
    .filter((chart) => chart.series.length > 0);
}

/**
 * For anything that would add or average measures (a total, a composite): refuses measures with
 * different readings, so reports and confirmed abuse cannot be summed into one number.
 */
export function assertOneReading(measures: readonly FigureMeasure[]): MeasureReading {
  const readings = new Set(measures.map((measure) => MEASURE_READING[measure]));
  const [reading] = readings;
  if (readings.size !== 1 || reading === undefined) {
    throw new RangeError(`Measures with different readings cannot be combined: ${measures.join(", ") || "(none)"}`);
  }
  return reading;
}

export type TrendDirection = "UP" | "DOWN" | "SAME" | "UNKNOWN";

/**
 * How to read the change between two periods of one measure, in Dutch. A rise in reports is
 * never called bad and a fall never called good: both can mean either.
 */
export function trendReading(measure: FigureMeasure, previous: number | null, current: number | null): { direction: TrendDirection; text: string } {
  if (previous === null || current === null) return { direction: "UNKNOWN", text: "Geen vergelijking mogelijk: een van beide perioden heeft geen cijfer." };
  const direction: TrendDirection = current > previous ? "UP" : current < previous ? "DOWN" : "SAME";
  if (direction === "SAME") return { direction, text: "Gelijk gebleven." };
  const reading = MEASURE_READING[measure];
  if (reading === "HARM") {
    return direction === "UP"
      ? { direction, text: "Gestegen: meer bevestigde kindermishandeling is ongunstig." }
      : { direction, text: "Gedaald: minder bevestigde kindermishandeling is gunstig." };
  }
  if (reading === "SIGNAL") {
    return direction === "UP"
      ? { direction, text: "Gestegen: dit kan betekenen dat er eerder gemeld wordt (meer meldingsbereidheid), niet per se dat er meer mishandeld wordt." }
      : { direction, text: "Gedaald: dit kan minder geweld betekenen, maar ook dat er minder gemeld wordt." };
  }
  return direction === "UP" ? { direction, text: "Gestegen." } : { direction, text: "Gedaald." };
}

import { formatPercentage, type IndicatorValue, INDICATOR_DECIMALS } from "./indicator.ts";

/**
 * "Op koers / niet op koers" for a target such as the plan's: below 3% of children with confirmed
 * abuse by 2018-12-31, baseline 3.14% in 2014 (domain.md, "The plan the portal serves"). The
 * verdict always comes with the rule in Dutch, so a reader can check it instead of trusting a colour.
 *
 * The rule: a straight line from the baseline at the end of the baseline year to the threshold
 * at the deadline. A year is on track when its value (final, or provisional and marked as such) is
 * at or below the line at the end of that year; from the deadline on the target itself applies
 * (strictly below the threshold: "< 3%"). For a target of direction ABOVE everything mirrors.
 */

/** The fields of H's Target model the rule needs (prisma/schema.prisma, "Veilig Thuis figures"). */
export type OnTrackTarget = {
  /** In percent: 3 means 3%. */
  threshold: number;
  direction: "BELOW" | "ABOVE";
  deadline: Date;
  baselineValue: number;
  baselineYear: number;
};

/** The fields of H's FigurePeriod model the rule needs. */
export type OnTrackPeriod = { code: string; label: string; kind: "YEAR" | "HALF_YEAR"; endsOn: Date };

export type OnTrackVerdict = "ON_TRACK" | "OFF_TRACK" | "UNKNOWN" | "NOT_APPLICABLE";

export const ON_TRACK_VERDICT_LABEL: Record<OnTrackVerdict, string> = {
  ON_TRACK: "op koers",
  OFF_TRACK: "niet op koers",
  UNKNOWN: "onbekend",
  NOT_APPLICABLE: "niet van toepassing",
};

export type OnTrackAssessment = {
  periodCode: string;
  verdict: OnTrackVerdict;
  /** The verdict rests on a provisional figure and may change with the final one. */
  provisional: boolean;
  /** Where the line is at the end of the period (the threshold from the deadline on); null when there is none. */
  pathValue: number | null;
  /** The period's value in percent; null without one. */
  value: number | null;
  /** One Dutch sentence: value, line, verdict. */
  explanation: string;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** The baseline is a year figure, so the line starts at the end of that year. */
export function baselineDate(target: OnTrackTarget): Date {
  return new Date(Date.UTC(target.baselineYear, 11, 31));
}

function assertValidTarget(target: OnTrackTarget): void {
  if (target.deadline.getTime() <= baselineDate(target).getTime()) {
    throw new RangeError("The deadline of a target must lie after the end of its baseline year");
  }
}

function roundToDecimals(value: number): number {
  const factor = 10 ** INDICATOR_DECIMALS;
  return Math.round((value + Number.EPSILON) * factor) / factor;
}

/**
 * The line's value on a date, rounded like the indicator so that what the user sees decides.
 * Null before the baseline; the threshold on and after the deadline.
 */
export function targetPathValue(target: OnTrackTarget, on: Date): number | null {
  assertValidTarget(target);
  const start = baselineDate(target).getTime();
  const end = target.deadline.getTime();
  const at = on.getTime();
  if (at < start) return null;
  if (at >= end) return target.threshold;
  // Whole days, so a period ending on 31 December is not off by the hours of a time zone.
  const fraction = Math.round((at - start) / DAY_MS) / Math.round((end - start) / DAY_MS);
  return roundToDecimals(target.baselineValue + (target.threshold - target.baselineValue) * fraction);
}

const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The rule in Dutch, for beside the chart and on the council's print. */
export function onTrackRuleText(target: OnTrackTarget): string {
  assertValidTarget(target);
  const below = target.direction === "BELOW";
  const threshold = formatPercentage(target.threshold);
  const deadline = dateFormat.format(target.deadline);
  return [
    `Doel: ${below ? "minder" : "meer"} dan ${threshold} uiterlijk ${deadline}; nulmeting ${formatPercentage(target.baselineValue)} in ${target.baselineYear}.`,
    `De streeflijn loopt recht van ${formatPercentage(target.baselineValue)} eind ${target.baselineYear} naar ${threshold} op ${deadline}.`,
    `Een jaar is op koers als het percentage ${below ? "op of onder" : "op of boven"} de streeflijn aan het eind van dat jaar ligt;`,
    `vanaf ${deadline} moet het ${below ? "onder" : "boven"} ${threshold} liggen.`,
    "Zonder cijfer is de koers onbekend. Een oordeel op een voorlopig cijfer is voorlopig.",
    "Halfjaarcijfers tellen niet mee: een halfjaar is niet te vergelijken met een jaardoel.",
  ].join(" ");
}

/**
 * The verdict for one period. Only YEAR periods are judged: a half year counts roughly half the
 * cases of a year against the same children, so its percentage would look on track by
 * construction. A year without a year delivery can be computed from its half years' numerators
 * and the year's children (see computeIndicator) before it is judged here.
 */
export function assessOnTrack(target: OnTrackTarget, period: OnTrackPeriod, indicator: IndicatorValue | null): OnTrackAssessment {
  const provisional = indicator?.provisional ?? false;
  const value = indicator?.status === "VALUE" ? indicator.percentage : null;
  const base = { periodCode: period.code, provisional, value };
  const provisionalNote = provisional ? " (voorlopig)" : "";

  if (period.kind !== "YEAR") {
    return {
      ...base,
      verdict: "NOT_APPLICABLE",
      pathValue: null,
      explanation: `${period.label}: de koers wordt per jaar bepaald, niet per halfjaar.`,
    };
  }
  const pathValue = targetPathValue(target, period.endsOn);
  if (pathValue === null) {
    return {
      ...base,
      verdict: "NOT_APPLICABLE",
      pathValue,
      explanation: `${period.label}: ligt vóór de nulmeting (${target.baselineYear}); er is nog geen streeflijn.`,
    };
  }
  if (indicator === null || indicator.status !== "VALUE") {
    const why = indicator?.status === "SUPPRESSED" ? "het cijfer is door de bron afgeschermd" : "er is geen cijfer";
    return { ...base, verdict: "UNKNOWN", pathValue, explanation: `${period.label}: ${why}, dus de koers is onbekend.` };
  }

  const below = target.direction === "BELOW";
  const pastDeadline = period.endsOn.getTime() >= target.deadline.getTime();
  // Before the deadline the line may be touched; at the deadline the target says "< 3%", so 3.00% is not enough.
  const onTrack = pastDeadline
    ? below
      ? indicator.percentage < target.threshold
      : indicator.percentage > target.threshold
    : below
      ? indicator.percentage <= pathValue
      : indicator.percentage >= pathValue;
  const verdict: OnTrackVerdict = onTrack ? "ON_TRACK" : "OFF_TRACK";
  const against = pastDeadline ? `het doel van ${formatPercentage(target.threshold)}` : `de streeflijn van ${formatPercentage(pathValue)}`;
  const position = indicator.percentage === pathValue ? "ligt op" : indicator.percentage < pathValue ? "ligt onder" : "ligt boven";
  return {
    ...base,
    verdict,
    pathValue,
    explanation: `${period.label}: ${formatPercentage(indicator.percentage)}${provisionalNote} ${position} ${against}, dus ${ON_TRACK_VERDICT_LABEL[verdict]}${provisionalNote}.`,
  };
}

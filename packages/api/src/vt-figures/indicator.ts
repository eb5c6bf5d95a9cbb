/**
 * Indicator values from Veilig Thuis figures (issue 6, "Indicators and targets").
 *
 * A figure delivered by a source is a VALUE, MISSING (not delivered) or SUPPRESSED (withheld at the
 * source, "." in CBS StatLine tables). Neither of the last two is ever turned into 0: a dashboard
 * that silently reads an unknown as zero shows a drop in abuse that did not happen.
 */

export type FigureStatus = "VALUE" | "MISSING" | "SUPPRESSED";

/** One delivered number. `provisional` is the delivery's status (CBS marks it with "*"). */
export type Figure =
  | { status: "VALUE"; value: number; provisional: boolean }
  | { status: "MISSING"; provisional: boolean }
  | { status: "SUPPRESSED"; provisional: boolean };

export function valueFigure(value: number, provisional = false): Figure {
  assertCount(value);
  return { status: "VALUE", value, provisional };
}

export function missingFigure(provisional = false): Figure {
  return { status: "MISSING", provisional };
}

export function suppressedFigure(provisional = false): Figure {
  return { status: "SUPPRESSED", provisional };
}

/** Counts are whole, non-negative numbers; import validation rejects anything else before this. */
function assertCount(value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`A figure must be a whole number of at least 0, got ${value}`);
  }
}

/**
 * The sum of parts (areas into the municipality, half years' counts into a year, forms into a total).
 * Only when every part is a VALUE: one unknown part makes the total unknown, not smaller.
 * MISSING wins over SUPPRESSED because a missing delivery is something the coordinator can chase;
 * either way no number comes out. No parts at all is MISSING, not 0.
 */
export function sumFigures(parts: readonly Figure[]): Figure {
  const provisional = parts.some((part) => part.provisional);
  if (parts.length === 0 || parts.some((part) => part.status === "MISSING")) return missingFigure(provisional);
  if (parts.some((part) => part.status === "SUPPRESSED")) return suppressedFigure(provisional);
  let total = 0;
  for (const part of parts) if (part.status === "VALUE") total += part.value;
  return valueFigure(total, provisional);
}

/** Why an indicator has no value. */
export type NoValueReason =
  | "NUMERATOR_MISSING"
  | "NUMERATOR_SUPPRESSED"
  | "DENOMINATOR_MISSING"
  | "DENOMINATOR_SUPPRESSED"
  | "DENOMINATOR_ZERO"
  | "NUMERATOR_EXCEEDS_DENOMINATOR";

export type IndicatorValue =
  | {
      status: "VALUE";
      /** Percentage rounded half up to `decimals` places, e.g. 3.14 for 3.14%. */
      percentage: number;
      /** Unrounded numerator / denominator, for further computation (never for display). */
      ratio: number;
      numerator: number;
      denominator: number;
      provisional: boolean;
    }
  | { status: "MISSING"; reason: NoValueReason; provisional: boolean }
  | { status: "SUPPRESSED"; reason: NoValueReason; provisional: boolean };

/** Two decimals: the plan's baseline is 3.14% and its target 3%, so one decimal would blur them. */
export const INDICATOR_DECIMALS = 2;

/**
 * Rounds numerator/denominator × 100 half up to `decimals` places in integer arithmetic, so
 * 1/8 gives exactly 12.5 and 157/5000 exactly 3.14 (floating point would sometimes round down).
 */
export function roundedPercentage(numerator: number, denominator: number, decimals = INDICATOR_DECIMALS): number {
  assertCount(numerator);
  assertCount(denominator);
  if (denominator === 0) throw new RangeError("The denominator must not be 0");
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) throw new RangeError(`Unsupported number of decimals: ${decimals}`);
  const scale = 100 * 10 ** decimals;
  // floor((2·n·scale + d) / (2·d)) is n·scale/d rounded half up, exact for whole numbers.
  const scaled = (2n * BigInt(numerator) * BigInt(scale) + BigInt(denominator)) / (2n * BigInt(denominator));
  return Number(scaled) / 10 ** decimals;
}

/**
 * One indicator value (e.g. confirmed child abuse / children 0–17) for one period and area.
 * The numerator decides first: a suppressed numerator with a known denominator is SUPPRESSED,
 * and a missing input anywhere makes the value MISSING unless the numerator is already SUPPRESSED.
 */
export function computeIndicator(input: { numerator: Figure; denominator: Figure; decimals?: number }): IndicatorValue {
  const { numerator, denominator } = input;
  const provisional = numerator.provisional || denominator.provisional;
  if (numerator.status === "MISSING") return { status: "MISSING", reason: "NUMERATOR_MISSING", provisional };
  if (numerator.status === "SUPPRESSED") return { status: "SUPPRESSED", reason: "NUMERATOR_SUPPRESSED", provisional };
  if (denominator.status === "MISSING") return { status: "MISSING", reason: "DENOMINATOR_MISSING", provisional };
  if (denominator.status === "SUPPRESSED") return { status: "SUPPRESSED", reason: "DENOMINATOR_SUPPRESSED", provisional };
  if (denominator.value === 0) return { status: "MISSING", reason: "DENOMINATOR_ZERO", provisional };
  // Children with confirmed abuse cannot outnumber the children in the area: a data error, not 120%.
  if (numerator.value > denominator.value) return { status: "MISSING", reason: "NUMERATOR_EXCEEDS_DENOMINATOR", provisional };
  return {
    status: "VALUE",
    percentage: roundedPercentage(numerator.value, denominator.value, input.decimals ?? INDICATOR_DECIMALS),
    ratio: numerator.value / denominator.value,
    numerator: numerator.value,
    denominator: denominator.value,
    provisional,
  };
}

/**
 * The indicator for an area total (the municipality) from its areas: numerators and denominators
 * are summed first, so a large area weighs more than a small one. Averaging the areas' percentages
 * would be wrong, and an area without a value leaves the total without one rather than computing
 * it from the areas that happen to be known. Only for parts that split the child population:
 * half years do not (the children 0–17 of a year are counted once), so for a year sum the half
 * years' numerators with `sumFigures` and divide by the year's population with `computeIndicator`.
 */
export function computeIndicatorFromParts(
  parts: readonly { numerator: Figure; denominator: Figure }[],
  decimals?: number,
): IndicatorValue {
  return computeIndicator({
    numerator: sumFigures(parts.map((part) => part.numerator)),
    denominator: sumFigures(parts.map((part) => part.denominator)),
    ...(decimals === undefined ? {} : { decimals }),
  });
}

/** Dutch notation for a percentage, e.g. "3,14%". */
export function formatPercentage(percentage: number, decimals = INDICATOR_DECIMALS): string {
  return `${percentageFormat(decimals).format(percentage)}%`;
}

// Building an Intl.NumberFormat costs far more than using one (about 3 ms per dashboard overview).
const percentageFormats = new Map<number, Intl.NumberFormat>();

function percentageFormat(decimals: number): Intl.NumberFormat {
  let formatter = percentageFormats.get(decimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    percentageFormats.set(decimals, formatter);
  }
  return formatter;
}

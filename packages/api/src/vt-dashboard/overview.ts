import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { figureMunicipalityFor } from "../vt-figures/figure-scope.ts";
import { BREAKDOWN_LABELS, KEY_LABELS, MEASURE_LABELS, REPORTER_GROUPS, VIOLENCE_FORMS } from "../vt-figures/import-types.ts";
import { computeIndicator, type Figure, type IndicatorValue, roundedPercentage, sumFigures } from "../vt-figures/indicator.ts";
import {
  type CountPoint,
  MEASURE_READING,
  MEASURE_READING_TEXT,
  type MeasureReading,
  type OutcomeSeries,
  type SignalSeries,
  trendReading,
  type TrendDirection,
  type WorkloadSeries,
} from "../vt-figures/on-track-series.ts";
import { assessOnTrack, type OnTrackAssessment, onTrackRuleText, targetPathValue } from "../vt-figures/on-track.ts";
import { type LoadedArea, type LoadedDelivery, type LoadedFigures, type LoadedPeriod, type LoadedTarget, loadCurrentFigures, NoFigureScopeError, type PeriodKind, resolveScopeAndTarget } from "./load-figures.ts";
import type { DashboardFilter } from "./schemas.ts";

/*
 * The coordinator's dashboard (issue 6): confirmed abuse against the target with a verdict per year
 * and the rule beside it; reports and advice requests as signals with their own reading, never in
 * the same series or score; the workload; breakdowns of child-abuse reports; a ranking of the
 * wijken. Raw (unsuppressed) figures: "figures.read" only. Everything computed here comes from the
 * pure rules in ../vt-figures (indicator, on-track, series), on the current versions only.
 */

export type PeriodSummary = Pick<LoadedPeriod, "code" | "label" | "kind" | "year" | "half" | "endsOn"> & {
  delivery: LoadedDelivery | null;
};

export interface IndicatorRow {
  period: PeriodSummary;
  numerator: Figure;
  denominator: Figure;
  value: IndicatorValue;
  /** A year without a year delivery, computed from the counts of its two half years. */
  fromHalfYears: boolean;
  /** The target line at the end of the period; null before the baseline or without a target. */
  pathValue: number | null;
  assessment: OnTrackAssessment | null;
}

export interface CountRow {
  period: PeriodSummary;
  figure: Figure;
  /** Compared with the previous period of the same kind shown; null for the first. */
  trend: { direction: TrendDirection; text: string } | null;
}

export interface CountSeriesView {
  measure: SignalSeries["measure"] | WorkloadSeries["measure"];
  label: string;
  reading: MeasureReading;
  /** How a rise must be read (shown under the chart). */
  readingText: string;
  rows: CountRow[];
  series: SignalSeries | WorkloadSeries;
}

export interface BreakdownRow {
  key: string;
  label: string;
  figure: Figure;
  /** Share of the total in percent (rounded like the indicator); null without both numbers. */
  share: number | null;
}

export interface BreakdownView {
  kind: "FORM" | "REPORTER_GROUP";
  label: string;
  rows: BreakdownRow[];
  total: Figure;
  /** Reporter groups exclude each other and add up; forms do not (one report can name several). */
  exclusive: boolean;
  /** The sum of the parts, for an exclusive breakdown only. */
  partsSum: Figure | null;
}

export interface RankingRow {
  area: LoadedArea;
  numerator: Figure;
  denominator: Figure;
  value: IndicatorValue;
  /** 1 = the highest percentage; null when the wijk has no value (listed, never ranked as 0). */
  rank: number | null;
}

export type DashboardOverview =
  | { available: false; message: string }
  | {
      available: true;
      scope: LoadedArea;
      /** The municipalities the caller may pick (more than one for a region role), by name. */
      municipalities: { code: string; name: string }[];
      filter: { fromYear: number; toYear: number; periodKind: PeriodKind; periodCode: string | null };
      /** Years that have periods at all, for the filter's choices. */
      years: number[];
      /** Periods of the chosen kind in the chosen years (with or without a delivery), ascending. */
      periods: PeriodSummary[];
      /** The periods the breakdown and ranking can be shown for (delivered, in the filter). */
      selectablePeriods: { code: string; label: string }[];
      indicator: LoadedTarget["indicator"] & { numeratorLabel: string; denominatorLabel: string };
      target: (Omit<LoadedTarget, "indicator"> & { ruleText: string }) | null;
      outcome: { rows: IndicatorRow[]; series: OutcomeSeries; latest: OnTrackAssessment | null; readingText: string };
      signals: CountSeriesView[];
      workload: CountSeriesView | null;
      breakdowns: { period: PeriodSummary | null; views: BreakdownView[] };
      ranking: { period: PeriodSummary | null; total: RankingRow | null; rows: RankingRow[] };
      /** True when anything shown rests on provisional figures (the legend says so). */
      anyProvisional: boolean;
    };

const SIGNAL_MEASURES = ["REPORTS", "CHILD_REPORTS", "ADVICE_REQUESTS"] as const;
const FALLBACK_INDICATOR = {
  id: "",
  key: "bevestigde-kindermishandeling",
  name: "Bevestigde kindermishandeling",
  definition: "",
  numeratorMeasure: "ABUSE_CONFIRMED" as const,
  source: "",
};

function summary(period: LoadedPeriod): PeriodSummary {
  return { code: period.code, label: period.label, kind: period.kind, year: period.year, half: period.half, endsOn: period.endsOn, delivery: period.delivery };
}

/** Default period for breakdowns and ranking: the latest delivered period of the chosen kind in the chosen years. */
function chooseBreakdownPeriod(periods: readonly LoadedPeriod[], filter: { fromYear: number; toYear: number; periodKind: PeriodKind; periodCode?: string | undefined }): string | null {
  const shown = periods.filter((p) => p.delivery && p.year >= filter.fromYear && p.year <= filter.toYear);
  if (filter.periodCode && shown.some((p) => p.code === filter.periodCode)) return filter.periodCode;
  const ofKind = shown.filter((p) => p.kind === filter.periodKind);
  return ofKind.at(-1)?.code ?? null;
}

export async function dashboardOverview(db: Db, actor: SessionUser, filter: DashboardFilter = {}): Promise<DashboardOverview> {
  const periodKind: PeriodKind = filter.periodKind ?? "YEAR";
  let figures: LoadedFigures;
  let breakdownCode: string | null = null;
  let bounds = { fromYear: 0, toYear: 0 };
  let target: LoadedTarget | null;
  let municipalities: { code: string; name: string }[] = [];
  try {
    // Only the caller's municipality (issue 18): another's code is NOT_FOUND.
    const { municipality, scope: figureScope } = await figureMunicipalityFor(db, actor, filter.municipalityCode);
    municipalities = figureScope.municipalities.map((m) => ({ code: m.code, name: m.name }));
    const resolved = await resolveScopeAndTarget(db, { scopeAreaId: municipality.id, targetId: filter.targetId });
    target = resolved.target;
    figures = await loadCurrentFigures(db, {
      scope: resolved.scope,
      // All periods (a few dozen rows): the filter's choices need every year, and a year without
      // a year delivery is computed from its half years. Wijken and breakdowns for one period only.
      include: {
        wijken: (periods) => {
          const years = periods.map((p) => p.year);
          bounds = { fromYear: filter.fromYear ?? Math.min(...years), toYear: filter.toYear ?? Math.max(...years) };
          breakdownCode = chooseBreakdownPeriod(periods, { ...bounds, periodKind, periodCode: filter.periodCode });
          return breakdownCode ? [breakdownCode] : [];
        },
        breakdowns: () => (breakdownCode ? [breakdownCode] : []),
        // The ranking needs the numerator per wijk; the breakdowns are shown for the municipality.
        wijkMeasures: [numeratorMeasureOf(target)],
        wijkBreakdowns: false,
      },
    });
  } catch (error) {
    if (error instanceof NoFigureScopeError) return { available: false, message: error.message };
    throw error;
  }
  const { scope } = figures;
  const indicatorInfo = target?.indicator ?? FALLBACK_INDICATOR;
  const numeratorMeasure = indicatorInfo.numeratorMeasure;
  const onTrackTarget = target ? { threshold: target.threshold, direction: target.direction, deadline: target.deadline, baselineValue: target.baselineValue, baselineYear: target.baselineYear } : null;

  const years = [...new Set(figures.periods.map((p) => p.year))].sort((a, b) => a - b);
  const { fromYear, toYear } = years.length > 0 ? bounds : { fromYear: filter.fromYear ?? 0, toYear: filter.toYear ?? 0 };
  const inFilter = (p: LoadedPeriod): boolean => p.kind === periodKind && p.year >= fromYear && p.year <= toYear;
  const shown = figures.periods.filter(inFilter);
  const periodByCode = new Map(figures.periods.map((p) => [p.code, p]));

  /** The numerator of an area in a period; a year without delivery from its two delivered half years. */
  const numeratorOf = (period: LoadedPeriod, areaId: string, measure = numeratorMeasure): { figure: Figure; fromHalfYears: boolean } => {
    if (period.delivery || period.kind !== "YEAR") return { figure: figures.figure(period.code, areaId, measure), fromHalfYears: false };
    const halves = [periodByCode.get(`${period.year}-H1`), periodByCode.get(`${period.year}-H2`)];
    if (areaId === scope.id && halves.every((h) => h?.delivery)) {
      return { figure: sumFigures(halves.map((h) => figures.figure(h?.code ?? "", areaId, measure))), fromHalfYears: true };
    }
    return { figure: figures.figure(period.code, areaId, measure), fromHalfYears: false };
  };

  // (a) The outcome: the indicator per period against the target.
  const outcomeRows: IndicatorRow[] = shown.map((period) => {
    const { figure: numerator, fromHalfYears } = numeratorOf(period, scope.id);
    const denominator = figures.population(scope.id, period.year);
    const value = computeIndicator({ numerator, denominator });
    const assessment = onTrackTarget ? assessOnTrack(onTrackTarget, period, value) : null;
    const pathValue = onTrackTarget ? targetPathValue(onTrackTarget, period.endsOn) : null;
    return { period: summary(period), numerator, denominator, value, fromHalfYears, pathValue, assessment };
  });
  const judged = outcomeRows.flatMap((row) => (row.assessment && row.assessment.verdict !== "NOT_APPLICABLE" ? [row.assessment] : []));
  const latest = judged.findLast((a) => a.verdict !== "UNKNOWN") ?? judged.at(-1) ?? null;
  const outcomeSeries: OutcomeSeries = {
    kind: "OUTCOME",
    measure: "ABUSE_CONFIRMED",
    reading: "HARM",
    indicatorKey: indicatorInfo.key,
    points: outcomeRows.map((row) => ({ periodCode: row.period.code, periodLabel: row.period.label, value: row.value })),
    assessments: outcomeRows.flatMap((row) => (row.assessment ? [row.assessment] : [])),
  };

  // (b, c) Counts: signals and workload, each series with its own reading and trend texts.
  const countView = (measure: CountSeriesView["measure"]): CountSeriesView => {
    const rows: CountRow[] = [];
    for (const period of shown) {
      const figure = numeratorOf(period, scope.id, measure).figure;
      const previous = rows.at(-1)?.figure;
      const trend = previous ? trendReading(measure, previous.status === "VALUE" ? previous.value : null, figure.status === "VALUE" ? figure.value : null) : null;
      rows.push({ period: summary(period), figure, trend });
    }
    const points: CountPoint[] = rows.map((row) => ({
      periodCode: row.period.code,
      periodLabel: row.period.label,
      count: row.figure.status === "VALUE" ? row.figure.value : null,
      status: row.figure.status,
      provisional: row.figure.provisional,
    }));
    const series: SignalSeries | WorkloadSeries =
      measure === "INVESTIGATIONS_COMPLETED" ? { kind: "WORKLOAD", measure, reading: "WORKLOAD", points } : { kind: "SIGNAL", measure, reading: "SIGNAL", points };
    return { measure, label: capitalise(MEASURE_LABELS[measure]), reading: MEASURE_READING[measure], readingText: MEASURE_READING_TEXT[MEASURE_READING[measure]], rows, series };
  };
  const signals = SIGNAL_MEASURES.map(countView);
  const workloadView = countView("INVESTIGATIONS_COMPLETED");
  const workload = workloadView.rows.some((row) => row.figure.status !== "MISSING") ? workloadView : null;

  // (d) Breakdowns of child-abuse reports in the selected period, for the scope.
  const breakdownPeriod = breakdownCode ? (periodByCode.get(breakdownCode) ?? null) : null;
  const breakdownViews: BreakdownView[] = breakdownPeriod
    ? (["FORM", "REPORTER_GROUP"] as const).map((kind) => {
        const keys: readonly string[] = kind === "FORM" ? VIOLENCE_FORMS : REPORTER_GROUPS;
        const total = figures.figure(breakdownPeriod.code, scope.id, "CHILD_REPORTS");
        const rows = keys.map((key) => {
          const figure = figures.figure(breakdownPeriod.code, scope.id, "CHILD_REPORTS", kind, key);
          const share = figure.status === "VALUE" && total.status === "VALUE" && total.value > 0 ? roundedPercentage(figure.value, total.value) : null;
          return { key, label: capitalise(KEY_LABELS[key as keyof typeof KEY_LABELS]), figure, share };
        });
        const exclusive = kind === "REPORTER_GROUP";
        return { kind, label: capitalise(BREAKDOWN_LABELS[kind]), rows, total, exclusive, partsSum: exclusive ? sumFigures(rows.map((r) => r.figure)) : null };
      })
    : [];

  // (e) Ranking of the wijken on the indicator in the selected period.
  const rankingRow = (area: LoadedArea): RankingRow => {
    const numerator = breakdownPeriod ? figures.figure(breakdownPeriod.code, area.id, numeratorMeasure) : { status: "MISSING" as const, provisional: false };
    const denominator = figures.population(area.id, breakdownPeriod?.year ?? 0);
    return { area, numerator, denominator, value: computeIndicator({ numerator, denominator }), rank: null };
  };
  const wijkRows = breakdownPeriod ? figures.areas.filter((a) => a.id !== scope.id).map(rankingRow) : [];
  const known = wijkRows.filter((r) => r.value.status === "VALUE").sort((a, b) => percentageOf(b) - percentageOf(a) || a.area.name.localeCompare(b.area.name, "nl"));
  // Competition ranking: equal percentages share a rank (1, 2, 2, 4).
  known.forEach((row, i) => {
    const before = known[i - 1];
    row.rank = before && percentageOf(before) === percentageOf(row) ? before.rank : i + 1;
  });
  const unknown = wijkRows.filter((r) => r.value.status !== "VALUE").sort((a, b) => a.area.name.localeCompare(b.area.name, "nl"));

  const periodsShown = shown.map(summary);
  const anyProvisional =
    outcomeRows.some((r) => r.value.provisional || r.numerator.provisional) ||
    signals.some((s) => s.rows.some((r) => r.figure.provisional)) ||
    (breakdownPeriod?.delivery?.provisional ?? false);

  return {
    available: true,
    scope,
    municipalities,
    filter: { fromYear, toYear, periodKind, periodCode: breakdownCode },
    years,
    periods: periodsShown,
    selectablePeriods: figures.periods.filter((p) => p.delivery && p.year >= fromYear && p.year <= toYear).map((p) => ({ code: p.code, label: p.label })),
    indicator: { ...indicatorInfo, numeratorLabel: capitalise(MEASURE_LABELS[numeratorMeasure]), denominatorLabel: "Kinderen van 0 tot en met 17 jaar op 1 januari" },
    target: target && onTrackTarget ? { ...withoutIndicator(target), ruleText: onTrackRuleText(onTrackTarget) } : null,
    outcome: { rows: outcomeRows, series: outcomeSeries, latest, readingText: MEASURE_READING_TEXT.HARM },
    signals,
    workload,
    breakdowns: { period: breakdownPeriod ? summary(breakdownPeriod) : null, views: breakdownViews },
    ranking: { period: breakdownPeriod ? summary(breakdownPeriod) : null, total: breakdownPeriod ? rankingRow(scope) : null, rows: [...known, ...unknown] },
    anyProvisional,
  };
}

function numeratorMeasureOf(target: LoadedTarget | null): LoadedTarget["indicator"]["numeratorMeasure"] {
  return target?.indicator.numeratorMeasure ?? FALLBACK_INDICATOR.numeratorMeasure;
}

function percentageOf(row: RankingRow): number {
  return row.value.status === "VALUE" ? row.value.percentage : Number.NaN;
}

function withoutIndicator(target: LoadedTarget): Omit<LoadedTarget, "indicator"> {
  const { indicator: _indicator, ...rest } = target;
  return rest;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

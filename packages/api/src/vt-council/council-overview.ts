import type { SessionUser } from "@kk/auth/roles";
import type { Db, FigureMeasure } from "@kk/db";
import { figureMunicipalityFor } from "../vt-figures/figure-scope.ts";
import { loadCurrentFigures, type LoadedFigures, type LoadedPeriod, loadTarget, NoFigureScopeError, type PeriodKind } from "../vt-dashboard/load-figures.ts";
import type { DashboardFilter } from "../vt-dashboard/schemas.ts";
import { type BreakdownKind, BREAKDOWN_LABELS, KEY_LABELS, MEASURE_LABELS, REPORTER_GROUPS, VIOLENCE_FORMS } from "../vt-figures/import-types.ts";
import { computeIndicator, type Figure, sumFigures } from "../vt-figures/indicator.ts";
import { MEASURE_READING_TEXT, trendReading } from "../vt-figures/on-track-series.ts";
import { assessOnTrack, ON_TRACK_VERDICT_LABEL, type OnTrackVerdict, onTrackRuleText, type OnTrackTarget } from "../vt-figures/on-track.ts";
import { type CellSuppressionReason, type CouncilCell, councilRate, type CouncilRate, SMALL_COUNT_THRESHOLD, SUPPRESSION_REASON_TEXT } from "../vt-figures/suppression.ts";
import { COUNCIL_SIGNAL_MEASURES, regionPatternFor } from "./council-pattern.ts";
import { councilNumeratorMeasures, loadRegionMembers } from "./region-figures.ts";

/*
 * The council's view (RAAD, issue 6 "Council view"): the same figures as the coordinator's
 * dashboard, but only after suppression (docs/dashboard.md, "Suppression for the council" and
 * "Raadsweergave"). Every count is read from one suppression pattern over everything any filter
 * can show (council-pattern.ts, issue 14 finding 1), never suppressed per answer. Everything that
 * leaves this module is a CouncilCell or CouncilRate, whose hidden variants carry no number, and
 * texts built from shown numbers only.
 */

export interface CouncilPeriod {
  code: string;
  label: string;
  kind: PeriodKind;
  year: number;
  /** ISO date of the period's last day (where the on-track rule measures). */
  endsOn: string;
}

export interface CouncilColumn {
  key: string;
  label: string;
}

export interface CouncilOutcomeRow {
  period: CouncilPeriod;
  rate: CouncilRate;
  /** The target line at the end of the period, in percent; null before the baseline, for half years or without a target. */
  pathValue: number | null;
  verdict: OnTrackVerdict | null;
  verdictLabel: string | null;
  /** One Dutch sentence; never names a hidden percentage. */
  explanation: string | null;
}

export interface CouncilCountSeries {
  measure: "ADVICE_REQUESTS" | "REPORTS" | "CHILD_REPORTS";
  label: string;
  readingText: string;
  rows: { period: CouncilPeriod; cell: CouncilCell; trendText: string | null }[];
}

export interface CouncilTableView {
  caption: string;
  columns: CouncilColumn[];
  rows: { key: string; label: string; isTotal: boolean; cells: CouncilCell[] }[];
}

export interface CouncilSource {
  period: string;
  source: string;
  /** ISO date. */
  deliveredAt: string;
  version: number;
  provisional: boolean;
}

export type CouncilOverview =
  | { available: false; message: string }
  | {
      available: true;
      scope: { name: string; code: string };
      /** The municipalities the caller may pick (more than one for a region role), by name. */
      municipalities: { code: string; name: string }[];
      filter: { fromYear: number; toYear: number; periodKind: PeriodKind; periodCode: string | null };
      years: number[];
      selectablePeriods: { code: string; label: string }[];
      periods: CouncilPeriod[];
      indicator: { name: string; definition: string; source: string; numeratorLabel: string; denominatorLabel: string };
      target: { description: string; threshold: number; direction: "BELOW" | "ABOVE"; deadline: string; baselineValue: number; baselineYear: number; ruleText: string } | null;
      outcome: { rows: CouncilOutcomeRow[]; latest: CouncilOutcomeRow | null; readingText: string };
      signals: CouncilCountSeries[];
      /** Child-abuse reports per wijk by form in the selected period, with the municipality as total row. */
      wijkForms: (CouncilTableView & { period: CouncilPeriod }) | null;
      /** Confirmed abuse per wijk in the selected period: count and percentage of children. */
      wijkRates: { period: CouncilPeriod; rows: { key: string; label: string; isTotal: boolean; count: CouncilCell; rate: CouncilRate }[] } | null;
      /** The municipality's child-abuse reports by reporter group and by form, per period shown. */
      breakdowns: (CouncilTableView & { kind: "REPORTER_GROUP" | "FORM"; exclusive: boolean })[];
      sources: CouncilSource[];
      populationSource: string;
      /** The reasons used on this page, with their footnote text. */
      footnotes: { reason: CellSuppressionReason | "DERIVED"; text: string }[];
      threshold: number;
      anyProvisional: boolean;
    };

const SIGNAL_MEASURES = COUNCIL_SIGNAL_MEASURES;
const TOTAL_KEY = "TOTAAL";
const POPULATION_SOURCE = "CBS, kinderen van 0 tot en met 17 jaar op 1 januari";

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function councilPeriod(period: LoadedPeriod): CouncilPeriod {
  return { code: period.code, label: period.label, kind: period.kind, year: period.year, endsOn: period.endsOn.toISOString().slice(0, 10) };
}

/** Default period for the wijk tables: the latest delivered period of the chosen kind in the chosen years. */
function chooseDetailPeriod(periods: readonly LoadedPeriod[], filter: { fromYear: number; toYear: number; periodKind: PeriodKind; periodCode?: string | undefined }): string | null {
  const shown = periods.filter((p) => p.delivery && p.year >= filter.fromYear && p.year <= filter.toYear);
  if (filter.periodCode && shown.some((p) => p.code === filter.periodCode)) return filter.periodCode;
  return shown.filter((p) => p.kind === filter.periodKind).at(-1)?.code ?? null;
}

export async function councilOverview(db: Db, actor: SessionUser, filter: DashboardFilter = {}, regionDb: Db = db): Promise<CouncilOverview> {
  const periodKind: PeriodKind = filter.periodKind ?? "YEAR";
  let figures: LoadedFigures;
  let detailCode: string | null = null;
  let bounds = { fromYear: 0, toYear: 0 };
  let municipalities: { code: string; name: string }[] = [];
  try {
    // Only the caller's municipality (issue 18): another's code is NOT_FOUND.
    const { municipality, scope: figureScope } = await figureMunicipalityFor(db, actor, filter.municipalityCode);
    municipalities = figureScope.municipalities.map((m) => ({ code: m.code, name: m.name }));
    // Everything: the pattern covers every cell any filter can show.
    figures = await loadCurrentFigures(db, { scope: municipality });
  } catch (error) {
    if (error instanceof NoFigureScopeError) return { available: false, message: error.message };
    throw error;
  }
  const { scope } = figures;
  {
    const years = figures.periods.map((p) => p.year);
    bounds = { fromYear: filter.fromYear ?? Math.min(...years), toYear: filter.toYear ?? Math.max(...years) };
    detailCode = chooseDetailPeriod(figures.periods, { ...bounds, periodKind, periodCode: filter.periodCode });
  }
  const [target, numerators, members] = await Promise.all([loadTarget(db, scope.id, filter.targetId), councilNumeratorMeasures(db), loadRegionMembers(regionDb, scope, figures)]);
  // Every numerator a target can put on the page (any targetId), and the default. One pattern over
  // the whole region (issue 18): the comparison shows the same cells as this view, so no
  // combination of the two gives a hidden count back.
  const pattern = regionPatternFor(members, numerators);
  const numeratorMeasure = target?.indicator.numeratorMeasure ?? "ABUSE_CONFIRMED";
  const onTrackTarget: OnTrackTarget | null = target
    ? { threshold: target.threshold, direction: target.direction, deadline: target.deadline, baselineValue: target.baselineValue, baselineYear: target.baselineYear }
    : null;

  const years = [...new Set(figures.periods.map((p) => p.year))].sort((a, b) => a - b);
  const { fromYear, toYear } = years.length > 0 ? bounds : { fromYear: filter.fromYear ?? 0, toYear: filter.toYear ?? 0 };
  const shown = figures.periods.filter((p) => p.kind === periodKind && p.year >= fromYear && p.year <= toYear);
  const periodByCode = new Map(figures.periods.map((p) => [p.code, p]));
  const usedReasons = new Set<CellSuppressionReason | "DERIVED">();
  const note = <T extends CouncilCell | CouncilRate>(cell: T): T => {
    if (cell.status === "SUPPRESSED") usedReasons.add(cell.reason);
    return cell;
  };

  /** A year without its own delivery counts from its two delivered half years (as on the coordinator's dashboard). */
  const municipalCount = (period: LoadedPeriod, measure: FigureMeasure): Figure => {
    if (period.delivery || period.kind !== "YEAR") return figures.figure(period.code, scope.id, measure);
    const halves = [periodByCode.get(`${period.year}-H1`), periodByCode.get(`${period.year}-H2`)];
    if (halves.every((h) => h?.delivery)) return sumFigures(halves.map((h) => figures.figure(h?.code ?? "", scope.id, measure)));
    return figures.figure(period.code, scope.id, measure);
  };

  // The outcome: the rate per period, hidden when the pattern hides its count; a hidden rate gets no verdict.
  const outcomeRows: CouncilOutcomeRow[] = shown.map((period) => {
    const numerator = municipalCount(period, numeratorMeasure);
    const value = computeIndicator({ numerator, denominator: figures.population(scope.id, period.year) });
    const rate = note(councilRate(value, pattern.cell(period.code, scope.id, numeratorMeasure)));
    if (!onTrackTarget) return { period: councilPeriod(period), rate, pathValue: null, verdict: null, verdictLabel: null, explanation: null };
    const assessment = assessOnTrack(onTrackTarget, period, rate.status === "VALUE" ? value : rate.status === "MISSING" ? null : { status: "SUPPRESSED", reason: "NUMERATOR_SUPPRESSED", provisional: rate.provisional });
    const explanation =
      rate.status === "SUPPRESSED" && rate.reason === "DERIVED" && assessment.verdict === "UNKNOWN"
        ? `${period.label}: het percentage is afgeschermd omdat het aantal niet getoond wordt (kleiner dan ${SMALL_COUNT_THRESHOLD}, of afgeschermd), dus de koers is onbekend.`
        : assessment.explanation;
    return {
      period: councilPeriod(period),
      rate,
      pathValue: assessment.pathValue,
      verdict: assessment.verdict,
      verdictLabel: ON_TRACK_VERDICT_LABEL[assessment.verdict],
      explanation,
    };
  });
  const judged = outcomeRows.filter((row) => row.verdict !== null && row.verdict !== "NOT_APPLICABLE");
  const latest = judged.findLast((row) => row.verdict !== "UNKNOWN") ?? judged.at(-1) ?? null;

  const detail = detailCode ? (periodByCode.get(detailCode) ?? null) : null;
  const wijken = figures.areas.filter((a) => a.id !== scope.id);
  const formColumns: CouncilColumn[] = [...VIOLENCE_FORMS.map((key) => ({ key, label: capitalise(KEY_LABELS[key]) })), { key: TOTAL_KEY, label: "Totaal" }];
  const groupColumns: CouncilColumn[] = [...REPORTER_GROUPS.map((key) => ({ key, label: capitalise(KEY_LABELS[key]) })), { key: TOTAL_KEY, label: "Totaal" }];
  /** Every table cell is the pattern's cell: the same count is hidden alike in every table and every answer. */
  const breakdownCell = (periodCode: string, areaId: string, kind: BreakdownKind, key: string): CouncilCell =>
    note(key === TOTAL_KEY ? pattern.cell(periodCode, areaId, "CHILD_REPORTS") : pattern.cell(periodCode, areaId, "CHILD_REPORTS", kind, key));

  // Signals: counts per period; trends only between shown numbers.
  const signals: CouncilCountSeries[] = SIGNAL_MEASURES.map((measure) => {
    const rows: CouncilCountSeries["rows"] = [];
    for (const period of shown) {
      const cell = note(pattern.cell(period.code, scope.id, measure));
      const previous = rows.at(-1)?.cell;
      const trendText = previous ? trendReading(measure, previous.status === "VALUE" ? previous.value : null, cell.status === "VALUE" ? cell.value : null).text : null;
      rows.push({ period: councilPeriod(period), cell, trendText });
    }
    return { measure, label: capitalise(MEASURE_LABELS[measure]), readingText: MEASURE_READING_TEXT.SIGNAL, rows };
  });

  const areas = [...wijken, scope];
  const areaRows = [...wijken.map((w) => ({ key: w.code, label: w.name, isTotal: false })), { key: scope.code, label: scope.name, isTotal: true }];
  const wijkForms = detail
    ? {
        period: councilPeriod(detail),
        caption: `Meldingen kindermishandeling per wijk en vorm, ${detail.label}`,
        columns: formColumns,
        rows: areaRows.map((row, r) => ({ ...row, cells: formColumns.map((column) => breakdownCell(detail.code, areas[r]?.id ?? "", "FORM", column.key)) })),
      }
    : null;

  // Confirmed abuse per wijk: counts from the pattern, rates hidden with their counts.
  let wijkRates: Extract<CouncilOverview, { available: true }>["wijkRates"] = null;
  if (detail) {
    wijkRates = {
      period: councilPeriod(detail),
      rows: areaRows.map((row, i) => {
        const area = areas[i];
        const count = note(area ? pattern.cell(detail.code, area.id, numeratorMeasure) : { status: "MISSING" as const, provisional: false });
        const value = computeIndicator({
          numerator: area ? figures.figure(detail.code, area.id, numeratorMeasure) : { status: "MISSING", provisional: false },
          denominator: area ? figures.population(area.id, detail.year) : { status: "MISSING", provisional: false },
        });
        return { ...row, count, rate: note(councilRate(value, count)) };
      }),
    };
  }

  const periodRows = shown.map((period) => ({ key: period.code, label: period.label, isTotal: false }));
  const breakdowns = [
    {
      kind: "REPORTER_GROUP" as const,
      exclusive: true,
      caption: `Meldingen kindermishandeling per ${BREAKDOWN_LABELS.REPORTER_GROUP} en periode`,
      columns: groupColumns,
      rows: periodRows.map((row) => ({ ...row, cells: groupColumns.map((column) => breakdownCell(row.key, scope.id, "REPORTER_GROUP", column.key)) })),
    },
    {
      kind: "FORM" as const,
      exclusive: false,
      caption: `Meldingen kindermishandeling per ${BREAKDOWN_LABELS.FORM} en periode`,
      columns: formColumns,
      rows: periodRows.map((row) => ({ ...row, cells: formColumns.map((column) => breakdownCell(row.key, scope.id, "FORM", column.key)) })),
    },
  ];

  const sources: CouncilSource[] = shown.flatMap((period) => {
    const delivered = period.delivery ? [period] : [periodByCode.get(`${period.year}-H1`), periodByCode.get(`${period.year}-H2`)].filter((p): p is LoadedPeriod => Boolean(p?.delivery));
    return delivered.flatMap((p) =>
      p.delivery ? [{ period: p.label, source: p.delivery.source, deliveredAt: p.delivery.deliveredAt.toISOString().slice(0, 10), version: p.delivery.version, provisional: p.delivery.provisional }] : [],
    );
  });
  if (detail?.delivery && !sources.some((s) => s.period === detail.label)) {
    sources.push({ period: detail.label, source: detail.delivery.source, deliveredAt: detail.delivery.deliveredAt.toISOString().slice(0, 10), version: detail.delivery.version, provisional: detail.delivery.provisional });
  }

  const reasonOrder: (CellSuppressionReason | "DERIVED")[] = ["PRIMARY", "COMPLEMENTARY", "DERIVED", "SOURCE"];
  const anyProvisional =
    outcomeRows.some((row) => row.rate.provisional) || signals.some((s) => s.rows.some((row) => row.cell.provisional)) || (detail?.delivery?.provisional ?? false);

  return {
    available: true,
    scope: { name: scope.name, code: scope.code },
    municipalities,
    filter: { fromYear, toYear, periodKind, periodCode: detailCode },
    years,
    selectablePeriods: figures.periods.filter((p) => p.delivery && p.year >= fromYear && p.year <= toYear).map((p) => ({ code: p.code, label: p.label })),
    periods: shown.map(councilPeriod),
    indicator: {
      name: target?.indicator.name ?? capitalise(MEASURE_LABELS[numeratorMeasure]),
      definition: target?.indicator.definition ?? "",
      source: target?.indicator.source ?? "",
      numeratorLabel: capitalise(MEASURE_LABELS[numeratorMeasure]),
      denominatorLabel: "Kinderen van 0 tot en met 17 jaar op 1 januari",
    },
    target:
      target && onTrackTarget
        ? {
            description: target.description,
            threshold: target.threshold,
            direction: target.direction,
            deadline: target.deadline.toISOString().slice(0, 10),
            baselineValue: target.baselineValue,
            baselineYear: target.baselineYear,
            ruleText: onTrackRuleText(onTrackTarget),
          }
        : null,
    outcome: { rows: outcomeRows, latest, readingText: MEASURE_READING_TEXT.HARM },
    signals,
    wijkForms,
    wijkRates,
    breakdowns,
    sources,
    populationSource: POPULATION_SOURCE,
    footnotes: reasonOrder.filter((reason) => usedReasons.has(reason)).map((reason) => ({ reason, text: SUPPRESSION_REASON_TEXT[reason] })),
    threshold: SMALL_COUNT_THRESHOLD,
    anyProvisional,
  };
}


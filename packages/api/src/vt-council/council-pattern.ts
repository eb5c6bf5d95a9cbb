import type { FigureMeasure } from "@kk/db";
import type { BreakdownKind, LoadedFigures, LoadedPeriod } from "../vt-dashboard/load-figures.ts";
import { REPORTER_GROUPS, VIOLENCE_FORMS } from "../vt-figures/import-types.ts";
import { type Figure, missingFigure, sumFigures } from "../vt-figures/indicator.ts";
import type { CouncilCell } from "../vt-figures/suppression.ts";
import { type CellRelation, DEFAULT_PROTECTION, type ProtectedCellInput, protectCells, type ProtectionOptions } from "./protect-cells.ts";

/*
 * The council's suppression pattern (issue 14, finding 1): one pattern over every cell any
 * council.overview answer can show, whatever its filter — every period (years and half years),
 * the municipality and its wijken, every breakdown — with every additive relation between them.
 * Every council response reads its cells from this pattern; none suppresses on its own.
 */

/** The measures shown per period for the municipality as signals (besides the indicator's numerator). */
export const COUNCIL_SIGNAL_MEASURES = ["ADVICE_REQUESTS", "REPORTS", "CHILD_REPORTS"] as const satisfies readonly FigureMeasure[];

export interface CouncilPattern {
  /** The cell as the council sees it; MISSING for a cell outside the cube (a period without figures). */
  cell(periodCode: string, areaId: string, measure: FigureMeasure, breakdownKind?: BreakdownKind, breakdownKey?: string): CouncilCell;
  stats: { cells: number; relations: number; primary: number; secondary: number; rounds: number; unprotected: string[]; millis: number };
}

const seriesKey = (measure: FigureMeasure, kind: BreakdownKind = "NONE", key = ""): string => (kind === "NONE" ? `NONE:${measure}` : `${kind}:${key}`);
const cellKey = (periodCode: string, areaId: string, series: string): string => `${periodCode}|${areaId}|${series}`;

/** Periods in the cube: every delivered one, and a year without its own delivery whose two half years are delivered (counted as their sum, as the dashboard does). */
export interface CubePeriod {
  period: LoadedPeriod;
  /** Set for a year counted from its two half years. */
  halves: [LoadedPeriod, LoadedPeriod] | null;
}

export function cubePeriods(periods: readonly LoadedPeriod[]): CubePeriod[] {
  const byCode = new Map(periods.map((p) => [p.code, p]));
  return periods.flatMap((period): CubePeriod[] => {
    if (period.delivery) return [{ period, halves: null }];
    if (period.kind !== "YEAR") return [];
    const h1 = byCode.get(`${period.year}-H1`);
    const h2 = byCode.get(`${period.year}-H2`);
    return h1?.delivery && h2?.delivery ? [{ period, halves: [h1, h2] as [LoadedPeriod, LoadedPeriod] }] : [];
  });
}

/** A cube cell's figure: a year counted from its two half years is their sum. */
function cubeFigure(figures: LoadedFigures, entry: CubePeriod, areaId: string, [measure, kind, key]: [FigureMeasure, BreakdownKind, string]): Figure {
  return entry.halves ? sumFigures(entry.halves.map((h) => figures.figure(h.code, areaId, measure, kind, key))) : figures.figure(entry.period.code, areaId, measure, kind, key);
}

/**
 * The cube's cells and relations. Scope (municipality): the signals, the numerator measures, and
 * reports of child abuse by reporter group and by form. Wijken: reports of child abuse, by form,
 * and the numerator measures (what the wijk tables show). Relations: breakdown keys add up to the
 * total of reports of child abuse (per area and period); wijken add up to the municipality (per
 * period and series); the two half years add up to the year (per area and series).
 */
export function buildCouncilCube(figures: LoadedFigures, numeratorMeasures: readonly FigureMeasure[]): { cells: ProtectedCellInput[]; relations: CellRelation[] } {
  const { scope } = figures;
  const wijken = figures.areas.filter((a) => a.id !== scope.id);
  const periods = cubePeriods(figures.periods);
  const numerators = [...new Set(numeratorMeasures)];
  const scopeSeries: [FigureMeasure, BreakdownKind, string][] = [
    ...[...new Set<FigureMeasure>([...COUNCIL_SIGNAL_MEASURES, ...numerators])].map((m): [FigureMeasure, BreakdownKind, string] => [m, "NONE", ""]),
    ...REPORTER_GROUPS.map((k): [FigureMeasure, BreakdownKind, string] => ["CHILD_REPORTS", "REPORTER_GROUP", k]),
    ...VIOLENCE_FORMS.map((k): [FigureMeasure, BreakdownKind, string] => ["CHILD_REPORTS", "FORM", k]),
  ];
  const wijkSeries: [FigureMeasure, BreakdownKind, string][] = [
    ...[...new Set<FigureMeasure>(["CHILD_REPORTS", ...numerators])].map((m): [FigureMeasure, BreakdownKind, string] => [m, "NONE", ""]),
    ...VIOLENCE_FORMS.map((k): [FigureMeasure, BreakdownKind, string] => ["CHILD_REPORTS", "FORM", k]),
  ];

  const cells: ProtectedCellInput[] = [];
  const figureOf = (entry: CubePeriod, areaId: string, series: [FigureMeasure, BreakdownKind, string]): Figure => cubeFigure(figures, entry, areaId, series);
  for (const entry of periods) {
    for (const series of scopeSeries) cells.push({ id: cellKey(entry.period.code, scope.id, seriesKey(...series)), figure: figureOf(entry, scope.id, series) });
    for (const wijk of wijken) for (const series of wijkSeries) cells.push({ id: cellKey(entry.period.code, wijk.id, seriesKey(...series)), figure: figureOf(entry, wijk.id, series) });
  }

  const relations: CellRelation[] = [];
  const total = seriesKey("CHILD_REPORTS");
  const codes = new Set(periods.map((p) => p.period.code));
  for (const { period } of periods) {
    const p = period.code;
    relations.push({ total: cellKey(p, scope.id, total), parts: REPORTER_GROUPS.map((k) => cellKey(p, scope.id, seriesKey("CHILD_REPORTS", "REPORTER_GROUP", k))) });
    for (const area of [scope, ...wijken]) relations.push({ total: cellKey(p, area.id, total), parts: VIOLENCE_FORMS.map((k) => cellKey(p, area.id, seriesKey("CHILD_REPORTS", "FORM", k))) });
    if (wijken.length > 0) {
      for (const series of wijkSeries) relations.push({ total: cellKey(p, scope.id, seriesKey(...series)), parts: wijken.map((w) => cellKey(p, w.id, seriesKey(...series))) });
    }
    if (period.kind === "YEAR" && codes.has(`${period.year}-H1`) && codes.has(`${period.year}-H2`)) {
      const halves = (areaId: string, series: string) => [cellKey(`${period.year}-H1`, areaId, series), cellKey(`${period.year}-H2`, areaId, series)];
      for (const series of scopeSeries) relations.push({ total: cellKey(p, scope.id, seriesKey(...series)), parts: halves(scope.id, seriesKey(...series)) });
      for (const wijk of wijken) for (const series of wijkSeries) relations.push({ total: cellKey(p, wijk.id, seriesKey(...series)), parts: halves(wijk.id, seriesKey(...series)) });
    }
  }
  return { cells, relations };
}

export function computeCouncilPattern(figures: LoadedFigures, numeratorMeasures: readonly FigureMeasure[], options: ProtectionOptions = DEFAULT_PROTECTION): CouncilPattern {
  return protectedPattern(() => buildCouncilCube(figures, numeratorMeasures), options);
}

/** The suppression pattern of a cube (its cells and relations), with how long building and protecting took. */
function protectedPattern(build: () => { cells: ProtectedCellInput[]; relations: CellRelation[] }, options: ProtectionOptions): CouncilPattern {
  const started = performance.now();
  const cube = build();
  const result = protectCells(cube.cells, cube.relations, options);
  const millis = performance.now() - started;
  return {
    cell(periodCode, areaId, measure, kind = "NONE", key = "") {
      return result.cells.get(cellKey(periodCode, areaId, seriesKey(measure, kind, key))) ?? (missingFigure() as CouncilCell);
    },
    stats: { cells: cube.cells.length, relations: cube.relations.length, primary: result.primary, secondary: result.secondary, rounds: result.rounds, unprotected: result.unprotected, millis },
  };
}

/** Patterns by figures version (scope, current deliveries, wijken, numerators): the figures change only by an import or correction. */
const cache = new Map<string, CouncilPattern>();
const CACHE_SIZE = 16;

export function figuresVersion(figures: LoadedFigures, numeratorMeasures: readonly FigureMeasure[]): string {
  const deliveries = figures.periods.map((p) => `${p.code}:${p.delivery ? `${p.delivery.id}@${p.delivery.version}` : "-"}`).join(",");
  return [figures.scope.id, figures.areas.map((a) => a.id).join(","), deliveries, [...new Set(numeratorMeasures)].sort().join(",")].join("|");
}

export function councilPatternFor(figures: LoadedFigures, numeratorMeasures: readonly FigureMeasure[]): CouncilPattern {
  return cachedPattern(figuresVersion(figures, numeratorMeasures), () => computeCouncilPattern(figures, numeratorMeasures));
}

/** The pattern under `key`, computed once; the oldest entries leave beyond CACHE_SIZE. */
function cachedPattern(key: string, compute: () => CouncilPattern): CouncilPattern {
  const cached = cache.get(key);
  if (cached) return cached;
  const pattern = compute();
  cache.set(key, pattern);
  while (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return pattern;
}

/*
 * The region (issue 18, docs/adr/0025): the council comparison shows every municipality of the
 * region and the region total side by side. Its cells join the same linked-table protection as
 * each municipality's own council view: one pattern over every municipality's cube plus the region
 * totals, with region = Σ municipalities as one more relation. A small count in a neighbour is
 * hidden, and neither the region total nor any municipality's own view gives it back.
 */

/** The measures of the comparison: the indicator's numerator, reports and advice requests (all in every cube). */
export const COMPARISON_MEASURES = ["ABUSE_CONFIRMED", "REPORTS", "ADVICE_REQUESTS"] as const satisfies readonly FigureMeasure[];

/** The "area" of the region total's cells in the pattern (not an Area id). */
export const REGION_TOTAL = "REGIO";

/**
 * Every member's council cube, plus per year that every member has, a region cell per comparison
 * measure (the sum of the members') and its relation. Members in code order, so the pattern does not
 * depend on who asks. One member: its own cube, nothing more (an install with one municipality).
 */
export function buildRegionCube(members: readonly LoadedFigures[], numeratorMeasures: readonly FigureMeasure[]): { cells: ProtectedCellInput[]; relations: CellRelation[] } {
  const ordered = [...members].sort((a, b) => a.scope.code.localeCompare(b.scope.code));
  const cubes = ordered.map((m) => buildCouncilCube(m, numeratorMeasures));
  const cells = cubes.flatMap((c) => c.cells);
  const relations = cubes.flatMap((c) => c.relations);
  if (ordered.length < 2) return { cells, relations };
  const ids = new Set(cells.map((c) => c.id));
  const periodsOf = ordered.map((m) => new Map(cubePeriods(m.periods).map((entry) => [entry.period.code, entry])));
  const years = [...(periodsOf[0]?.values() ?? [])].filter((entry) => entry.period.kind === "YEAR" && periodsOf.every((p) => p.has(entry.period.code))).map((entry) => entry.period.code);
  for (const code of years) {
    for (const measure of COMPARISON_MEASURES) {
      const parts = ordered.map((m) => cellKey(code, m.scope.id, seriesKey(measure)));
      if (parts.some((id) => !ids.has(id))) continue;
      const figure = sumFigures(ordered.map((m, i) => cubeFigure(m, periodsOf[i]?.get(code) as CubePeriod, m.scope.id, [measure, "NONE", ""])));
      const total = cellKey(code, REGION_TOTAL, seriesKey(measure));
      cells.push({ id: total, figure, preferAsComplement: true });
      relations.push({ total, parts });
    }
  }
  return { cells, relations };
}

export function computeRegionPattern(members: readonly LoadedFigures[], numeratorMeasures: readonly FigureMeasure[], options: ProtectionOptions = DEFAULT_PROTECTION): CouncilPattern {
  return protectedPattern(() => buildRegionCube(members, numeratorMeasures), options);
}

/** The region pattern by figures version of every member (cached like the single pattern). */
export function regionPatternFor(members: readonly LoadedFigures[], numeratorMeasures: readonly FigureMeasure[]): CouncilPattern {
  if (members.length === 1 && members[0]) return councilPatternFor(members[0], numeratorMeasures);
  const key = `region:${[...members]
    .sort((a, b) => a.scope.code.localeCompare(b.scope.code))
    .map((m) => figuresVersion(m, numeratorMeasures))
    .join("||")}`;
  return cachedPattern(key, () => computeRegionPattern(members, numeratorMeasures));
}

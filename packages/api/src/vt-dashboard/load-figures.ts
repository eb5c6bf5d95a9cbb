import type { AreaKind, Db, FigureBreakdownKind, FigureMeasure, TargetDirection } from "@kk/db";
import { type Figure, missingFigure, suppressedFigure, valueFigure } from "../vt-figures/indicator.ts";

/**
 * The current Veilig Thuis figures of one scope (a municipality with its wijken), read in a few
 * round trips and answered from memory: the dashboard, its CSV export and the council view all ask
 * for hundreds of single figures, and each must be the period's current version (the delivery no
 * correction supersedes), never an earlier one, and never 0 where nothing was delivered.
 */

export type BreakdownKind = FigureBreakdownKind;
export type PeriodKind = "YEAR" | "HALF_YEAR";
/** Which periods to read values for; the function form picks them once the periods are known (still one values query). */
export type PeriodSelection = "ALL" | readonly string[] | ((periods: readonly LoadedPeriod[]) => readonly string[]);

export interface FigureQuery {
  /** Default: the area of the first target, else the only active MUNICIPALITY. */
  scopeAreaId?: string;
  /** The scope already read (saves a query); wins over scopeAreaId. */
  scope?: LoadedArea;
  fromYear?: number;
  toYear?: number;
  /** Both kinds when absent. */
  periodKind?: PeriodKind;
  /**
   * Which values to read (default: everything). The dashboard needs the wijken and the breakdowns
   * of one or two periods only; asking `figure()` for something left out throws, so a gap in what
   * was loaded can never pass for a MISSING figure.
   */
  include?: {
    /** Period codes whose wijk values are read: "ALL" (default), a list, or chosen from the periods found. */
    wijken?: PeriodSelection;
    /** Period codes whose breakdown values (by reporter group, by form) are read; as `wijken`. */
    breakdowns?: PeriodSelection;
    /** Only these measures for the wijken (default: all). */
    wijkMeasures?: readonly FigureMeasure[];
    /** Whether the wijken's breakdowns are read for the `breakdowns` periods (default true). */
    wijkBreakdowns?: boolean;
  };
}

export interface LoadedArea {
  id: string;
  name: string;
  code: string;
  kind: AreaKind;
  parentId: string | null;
}

export interface LoadedDelivery {
  id: string;
  version: number;
  provisional: boolean;
  source: string;
  deliveredAt: Date;
  note: string;
}

export interface LoadedPeriod {
  code: string;
  label: string;
  kind: PeriodKind;
  year: number;
  half: 1 | 2 | null;
  endsOn: Date;
  /** The current version for the scope; null when nothing was delivered for this period. */
  delivery: LoadedDelivery | null;
}

export interface LoadedFigures {
  scope: LoadedArea;
  /** The scope first, then its active wijken by name. */
  areas: LoadedArea[];
  /** Ascending by end date (a year after its second half year), then code. */
  periods: LoadedPeriod[];
  /** Children aged 0–17 on 1 January; MISSING when unknown. */
  population(areaId: string, year: number): Figure;
  /**
   * The current version's figure; MISSING when the period has no delivery or the delivery has no
   * such row; provisional from the delivery.
   */
  figure(periodCode: string, areaId: string, measure: FigureMeasure, breakdownKind?: BreakdownKind, breakdownKey?: string): Figure;
}

/** No area to show figures for (a fresh installation, or several municipalities and no target). */
export class NoFigureScopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NoFigureScopeError";
  }
}

const areaSelect = { id: true, name: true, code: true, kind: true, parentId: true } as const;

/** The scope of the dashboard: the given area, the first target's area, or the only active municipality. */
export async function resolveScopeArea(db: Db, scopeAreaId?: string): Promise<LoadedArea> {
  if (scopeAreaId) {
    const area = await db.area.findUnique({ where: { id: scopeAreaId }, select: areaSelect });
    if (!area) throw new NoFigureScopeError("Dit gebied bestaat niet.");
    return area;
  }
  const target = await db.target.findFirst({ where: { areaId: { not: null } }, orderBy: { createdAt: "asc" }, select: { area: { select: areaSelect } } });
  if (target?.area) return target.area;
  const municipalities = await db.area.findMany({ where: { kind: "MUNICIPALITY", active: true }, select: areaSelect, take: 2 });
  const [only] = municipalities;
  if (municipalities.length !== 1 || !only) {
    throw new NoFigureScopeError(
      municipalities.length === 0 ? "Er is nog geen gemeente ingericht voor de cijfers." : "Er zijn meerdere gemeenten en geen doel dat er een kiest.",
    );
  }
  return only;
}

const valueKey = (deliveryId: string, areaId: string, measure: FigureMeasure, breakdownKind: BreakdownKind, breakdownKey: string): string =>
  `${deliveryId}|${areaId}|${measure}|${breakdownKind}|${breakdownKey}`;

/** Ordering of periods: by end date, a year after its second half year (same end), then by code. */
function comparePeriods(a: { endsOn: Date; kind: PeriodKind; code: string }, b: { endsOn: Date; kind: PeriodKind; code: string }): number {
  return a.endsOn.getTime() - b.endsOn.getTime() || (a.kind === b.kind ? 0 : a.kind === "HALF_YEAR" ? -1 : 1) || a.code.localeCompare(b.code);
}

export async function loadCurrentFigures(db: Db, query: FigureQuery = {}): Promise<LoadedFigures> {
  const scope = query.scope ?? (await resolveScopeArea(db, query.scopeAreaId));
  const yearFilter = {
    ...(query.fromYear === undefined ? {} : { gte: query.fromYear }),
    ...(query.toYear === undefined ? {} : { lte: query.toYear }),
  };
  const periodWhere = {
    ...(Object.keys(yearFilter).length > 0 ? { year: yearFilter } : {}),
    ...(query.periodKind ? { kind: query.periodKind } : {}),
  };

  // Flat queries in parallel (a nested select would cost Prisma a second, sequential query).
  const [wijken, periodRows, deliveryRows] = await Promise.all([
    scope.kind === "WIJK"
      ? Promise.resolve([])
      : db.area.findMany({ where: { parentId: scope.id, kind: "WIJK", active: true }, select: areaSelect, orderBy: { name: "asc" } }),
    db.figurePeriod.findMany({ where: periodWhere, select: { id: true, code: true, label: true, kind: true, year: true, half: true, endsOn: true } }),
    // The current versions: the deliveries no correction supersedes.
    db.figureDelivery.findMany({
      where: { scopeAreaId: scope.id, supersededBy: { is: null }, ...(Object.keys(periodWhere).length > 0 ? { period: periodWhere } : {}) },
      select: { id: true, periodId: true, version: true, provisional: true, source: true, deliveredAt: true, note: true },
    }),
  ]);
  const currentByPeriod = new Map<string, LoadedDelivery>();
  for (const { periodId, ...delivery } of deliveryRows) {
    const seen = currentByPeriod.get(periodId);
    if (!seen || seen.version < delivery.version) currentByPeriod.set(periodId, delivery);
  }
  const areas: LoadedArea[] = [scope, ...wijken];
  const periods: LoadedPeriod[] = periodRows
    .map(({ id, half, ...period }): LoadedPeriod => ({ ...period, half: half === 1 || half === 2 ? half : null, delivery: currentByPeriod.get(id) ?? null }))
    .sort(comparePeriods);

  const wijkIds = wijken.map((w) => w.id);
  const deliveryOf = new Map(periods.flatMap((p) => (p.delivery ? [[p.code, p.delivery] as const] : [])));
  const deliveriesFor = (selection: PeriodSelection | undefined): string[] => {
    if (selection === undefined || selection === "ALL") return [...deliveryOf.values()].map((d) => d.id);
    const codes = typeof selection === "function" ? selection(periods) : selection;
    return codes.flatMap((code) => deliveryOf.get(code)?.id ?? []);
  };
  const allDeliveries = deliveriesFor("ALL");
  const wijkDeliveries = deliveriesFor(query.include?.wijken);
  const breakdownDeliveries = deliveriesFor(query.include?.breakdowns);
  const wijkLoaded = new Set(wijkDeliveries);
  const breakdownLoaded = new Set(breakdownDeliveries);
  const wijkMeasures = query.include?.wijkMeasures;
  const wijkBreakdowns = query.include?.wijkBreakdowns ?? true;
  const wijkMeasureFilter = wijkMeasures ? { measure: { in: [...wijkMeasures] } } : {};

  const years = [...new Set(periods.map((p) => p.year))];
  const [valueRows, populationRows] = await Promise.all([
    allDeliveries.length === 0
      ? Promise.resolve([])
      : db.figureValue.findMany({
          where: {
            OR: [
              { deliveryId: { in: allDeliveries }, areaId: scope.id, breakdownKind: "NONE" },
              ...(breakdownDeliveries.length > 0 ? [{ deliveryId: { in: breakdownDeliveries }, areaId: scope.id, breakdownKind: { not: "NONE" as const } }] : []),
              ...(wijkIds.length > 0 && wijkDeliveries.length > 0
                ? [
                    { deliveryId: { in: wijkDeliveries }, areaId: { in: wijkIds }, breakdownKind: "NONE" as const, ...wijkMeasureFilter },
                    ...(wijkBreakdowns && breakdownDeliveries.length > 0
                      ? [{ deliveryId: { in: breakdownDeliveries.filter((id) => wijkLoaded.has(id)) }, areaId: { in: wijkIds }, breakdownKind: { not: "NONE" as const }, ...wijkMeasureFilter }]
                      : []),
                  ]
                : []),
            ],
          },
          select: { deliveryId: true, areaId: true, measure: true, breakdownKind: true, breakdownKey: true, value: true, status: true },
        }),
    years.length === 0
      ? Promise.resolve([])
      : db.areaPopulation.findMany({ where: { areaId: { in: areas.map((a) => a.id) }, year: { in: years } }, select: { areaId: true, year: true, children0to17: true } }),
  ]);

  const values = new Map(valueRows.map((row) => [valueKey(row.deliveryId, row.areaId, row.measure, row.breakdownKind, row.breakdownKey), row]));
  const populations = new Map(populationRows.map((row) => [`${row.areaId}|${row.year}`, row.children0to17]));
  const areaIds = new Set(areas.map((a) => a.id));

  return {
    scope,
    areas,
    periods,
    population(areaId, year) {
      const children = populations.get(`${areaId}|${year}`);
      return children === undefined ? missingFigure() : valueFigure(children);
    },
    figure(periodCode, areaId, measure, breakdownKind = "NONE", breakdownKey = "") {
      const delivery = deliveryOf.get(periodCode);
      if (!delivery) return missingFigure();
      if (!areaIds.has(areaId)) throw new RangeError(`Area ${areaId} is not part of the loaded scope ${scope.code}`);
      if (areaId !== scope.id) {
        if (!wijkLoaded.has(delivery.id) || (wijkMeasures && !wijkMeasures.includes(measure))) throw new RangeError(`The wijk values of ${measure} in period ${periodCode} were not loaded`);
        if (breakdownKind !== "NONE" && !wijkBreakdowns) throw new RangeError(`The wijk breakdowns were not loaded`);
      }
      if (breakdownKind !== "NONE" && !breakdownLoaded.has(delivery.id)) throw new RangeError(`The breakdowns of period ${periodCode} were not loaded`);
      const row = values.get(valueKey(delivery.id, areaId, measure, breakdownKind, breakdownKind === "NONE" ? "" : breakdownKey));
      if (!row) return missingFigure(delivery.provisional);
      if (row.status === "SUPPRESSED") return suppressedFigure(delivery.provisional);
      if (row.status === "MISSING" || row.value === null) return missingFigure(delivery.provisional);
      return valueFigure(row.value, delivery.provisional);
    },
  };
}

export interface LoadedTarget {
  id: string;
  threshold: number;
  direction: TargetDirection;
  deadline: Date;
  baselineValue: number;
  baselineYear: number;
  description: string;
  areaId: string | null;
  indicator: { id: string; key: string; name: string; definition: string; numeratorMeasure: FigureMeasure; source: string };
}

const targetSelect = {
  id: true,
  threshold: true,
  direction: true,
  deadline: true,
  baselineValue: true,
  baselineYear: true,
  description: true,
  areaId: true,
  indicator: { select: { id: true, key: true, name: true, definition: true, numeratorMeasure: true, source: true } },
} as const;

/**
 * The target shown for a scope: the given one, else the first target of the scope's area, else the
 * first target without an area. Null when there is none (the dashboard then shows the figures
 * without a verdict).
 */
export async function loadTarget(db: Db, scopeAreaId: string, targetId?: string): Promise<LoadedTarget | null> {
  // A target of another municipality is not the scope's: none (issue 18).
  if (targetId) return db.target.findFirst({ where: { id: targetId, OR: [{ areaId: scopeAreaId }, { areaId: null }] }, select: targetSelect });
  const targets = await db.target.findMany({ where: { OR: [{ areaId: scopeAreaId }, { areaId: null }] }, select: targetSelect, orderBy: { createdAt: "asc" } });
  return targets.find((t) => t.areaId === scopeAreaId) ?? targets[0] ?? null;
}

/**
 * The scope and its target together, in one query when neither is given (the usual dashboard
 * visit): the targets are few. Scope as in resolveScopeArea; target as in loadTarget.
 */
export async function resolveScopeAndTarget(db: Db, input: { scopeAreaId?: string | undefined; targetId?: string | undefined } = {}): Promise<{ scope: LoadedArea; target: LoadedTarget | null }> {
  // With a scope, only its own targets and those without an area: a target of another
  // municipality is "does not exist" (issue 18).
  const targets = await db.target.findMany({
    where: input.scopeAreaId ? { OR: [{ areaId: input.scopeAreaId }, { areaId: null }] } : {},
    select: { ...targetSelect, area: { select: areaSelect } },
    orderBy: { createdAt: "asc" },
  });
  const chosen = input.targetId ? targets.find((t) => t.id === input.targetId) : undefined;
  if (input.targetId && !chosen) throw new NoFigureScopeError("Dit doel bestaat niet.");
  const scope = input.scopeAreaId
    ? (targets.find((t) => t.area?.id === input.scopeAreaId)?.area ?? (await resolveScopeArea(db, input.scopeAreaId)))
    : (chosen?.area ?? targets.find((t) => t.area)?.area ?? (await resolveScopeArea(db)));
  const target = chosen ?? targets.find((t) => t.areaId === scope.id) ?? targets.find((t) => t.areaId === null) ?? null;
  if (!target) return { scope, target: null };
  const { area: _area, ...rest } = target;
  return { scope, target: rest };
}

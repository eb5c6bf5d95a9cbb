import type { Db } from "@kk/db";
import { TRPCError } from "@trpc/server";
import { notFound } from "../errors.ts";
import { areaInScopeOrNotFound, type FigureScope, ownedWhere } from "../vt-figures/figure-scope.ts";
import { FIGURE_MEASURES, type FigureMeasure, REPORTER_GROUPS, VIOLENCE_FORMS, type BreakdownKind } from "../vt-figures/import-types.ts";
import { periodCodeOf } from "./schemas.ts";

/*
 * The read side of "Cijfers beheren" (docs/dashboard.md): deliveries per period and scope with
 * their versions, one version's values with the cells that changed since the previous version,
 * the hand-entry form's starting values, and children 0-17 per area and year.
 */

export interface AreaRef {
  id: string;
  name: string;
  code: string;
  kind: "VT_REGION" | "MUNICIPALITY" | "WIJK";
}

export type CellStatus = "VALUE" | "MISSING" | "SUPPRESSED";

export interface StoredCell {
  status: CellStatus;
  value: number | null;
}

const areaSelect = { id: true, name: true, code: true, kind: true } as const;

/** The order of scopes: municipalities first (the portal's own figures), then regions, then the rest. */
const SCOPE_KIND_ORDER: Record<AreaRef["kind"], number> = { MUNICIPALITY: 0, VT_REGION: 1, WIJK: 2 };

/**
 * Scope areas: municipalities (active) and any area that already has deliveries as scope, within
 * the caller's municipalities (issue 18; region-level areas for the region roles only);
 * municipalities first, then by name.
 */
async function scopeAreas(db: Db, figureScope: FigureScope): Promise<AreaRef[]> {
  const areas = await db.area.findMany({
    where: { AND: [{ OR: [{ kind: "MUNICIPALITY", active: true }, { deliveries: { some: {} } }] }, ownedWhere(figureScope)] },
    select: areaSelect,
    orderBy: [{ name: "asc" }],
  });
  // Not in the enum's order: VT_REGION comes first there, and after a region delivery was imported
  // the figures pages defaulted to the region (issue 14, finding 10).
  return areas.sort((a, b) => SCOPE_KIND_ORDER[a.kind] - SCOPE_KIND_ORDER[b.kind]);
}

/** The scope and the areas inside it (a municipality's wijken, a region's municipalities), scope first. Callers check the scope first (resolveScope, areaInScopeOrNotFound). */
export async function areasOfScope(db: Db, scopeAreaId: string): Promise<{ scope: AreaRef & { parentId: string | null }; areas: Array<AreaRef & { parentId: string | null }> }> {
  const scope = await db.area.findUnique({ where: { id: scopeAreaId }, select: { ...areaSelect, parentId: true } });
  if (!scope) throw notFound("Het gebied");
  const parts = await db.area.findMany({ where: { parentId: scope.id, active: true }, select: { ...areaSelect, parentId: true }, orderBy: { name: "asc" } });
  return { scope, areas: [scope, ...parts] };
}

/** The scope asked for (NOT_FOUND outside the caller's municipalities), else the caller's first municipality; a region only where there is no municipality. */
export async function resolveScope(db: Db, figureScope: FigureScope, scopeAreaId: string | undefined): Promise<string> {
  if (scopeAreaId) {
    await areaInScopeOrNotFound(db, figureScope, scopeAreaId);
    return scopeAreaId;
  }
  const first = (await scopeAreas(db, figureScope))[0];
  if (!first) throw new TRPCError({ code: "NOT_FOUND", message: "Er is nog geen gemeente ingericht in het portaal." });
  return first.id;
}

const deliverySelect = {
  id: true,
  version: true,
  source: true,
  deliveredAt: true,
  provisional: true,
  method: true,
  note: true,
  fileName: true,
  createdAt: true,
  supersedesId: true,
  supersededBy: { select: { id: true } },
  importedBy: { select: { name: true, email: true } },
} as const;

export interface OverviewPeriod {
  code: string;
  label: string;
  kind: "YEAR" | "HALF_YEAR";
  year: number;
  half: number | null;
  /** Null: the period exists (another scope has figures, or a year is missing between others) but this scope has none. */
  current: {
    id: string;
    version: number;
    provisional: boolean;
    source: string;
    deliveredAt: Date;
    method: string;
    createdAt: Date;
  } | null;
  versionCount: number;
}

export interface PopulationGap {
  areaId: string;
  areaName: string;
  year: number;
}

/** Overview per scope: periods with their current version, periods and years without figures, children per area and the gaps. */
export async function figureOverview(db: Db, figureScope: FigureScope) {
  const scopes = await scopeAreas(db, figureScope);
  const periods = await db.figurePeriod.findMany({ orderBy: [{ year: "asc" }, { half: "asc" }], select: { id: true, code: true, label: true, kind: true, year: true, half: true } });
  const deliveries = await db.figureDelivery.findMany({
    where: { scopeAreaId: { in: scopes.map((s) => s.id) } },
    select: { id: true, periodId: true, scopeAreaId: true, version: true, provisional: true, source: true, deliveredAt: true, method: true, createdAt: true },
    orderBy: { version: "asc" },
  });
  const result = [];
  for (const scope of scopes) {
    const own = deliveries.filter((d) => d.scopeAreaId === scope.id);
    const years = new Set<number>();
    const rows: OverviewPeriod[] = [];
    for (const period of periods) {
      const versions = own.filter((d) => d.periodId === period.id);
      const current = versions.at(-1) ?? null;
      if (current) years.add(period.year);
      rows.push({
        code: period.code,
        label: period.label,
        kind: period.kind,
        year: period.year,
        half: period.half,
        current: current && {
          id: current.id,
          version: current.version,
          provisional: current.provisional,
          source: current.source,
          deliveredAt: current.deliveredAt,
          method: current.method,
          createdAt: current.createdAt,
        },
        versionCount: versions.length,
      });
    }
    // A year between the first and last year with figures that has no year figures at all.
    const sortedYears = [...years].sort((a, b) => a - b);
    const missingYears: number[] = [];
    if (sortedYears.length > 0) {
      for (let y = sortedYears[0]!; y <= sortedYears.at(-1)!; y++) {
        if (!rows.some((r) => r.year === y && r.kind === "YEAR" && r.current)) missingYears.push(y);
      }
    }
    const populations = await populationTable(db, scope.id, sortedYears);
    result.push({
      scope,
      periods: rows.filter((r) => r.current !== null),
      periodsWithoutFigures: rows.filter((r) => r.current === null).map((r) => ({ code: r.code, label: r.label })),
      missingYears,
      populations,
    });
  }
  return { scopes: result };
}

/**
 * Children 0-17 per area of the scope and year: the years that have figures and the years that have
 * a population, with the gaps (a year with figures but no children for an area: its percentage cannot be computed).
 */
export async function populationTable(db: Db, scopeAreaId: string, yearsWithFigures?: readonly number[]) {
  const { scope, areas } = await areasOfScope(db, scopeAreaId);
  const figureYears =
    yearsWithFigures ??
    [...new Set((await db.figureDelivery.findMany({ where: { scopeAreaId }, select: { period: { select: { year: true } } } })).map((d) => d.period.year))];
  const rows = await db.areaPopulation.findMany({
    where: { areaId: { in: areas.map((a) => a.id) } },
    select: { id: true, areaId: true, year: true, children0to17: true, source: true, updatedAt: true },
  });
  const years = [...new Set([...figureYears, ...rows.map((r) => r.year)])].sort((a, b) => a - b);
  const withFigures = new Set(figureYears);
  const gaps: PopulationGap[] = [];
  const table = areas.map((area) => ({
    area: { id: area.id, name: area.name, code: area.code, kind: area.kind },
    years: years.map((year) => {
      const row = rows.find((r) => r.areaId === area.id && r.year === year) ?? null;
      if (!row && withFigures.has(year)) gaps.push({ areaId: area.id, areaName: area.name, year });
      return { year, hasFigures: withFigures.has(year), children0to17: row?.children0to17 ?? null, source: row?.source ?? "" };
    }),
  }));
  return { scope: { id: scope.id, name: scope.name }, years, rows: table, gaps };
}

/** All versions of one period for a scope, newest first. */
export async function listDeliveries(db: Db, figureScope: FigureScope, input: { period: string; scopeAreaId?: string }) {
  const scopeAreaId = await resolveScope(db, figureScope, input.scopeAreaId);
  const scope = await db.area.findUnique({ where: { id: scopeAreaId }, select: areaSelect });
  if (!scope) throw notFound("Het gebied");
  const period = await db.figurePeriod.findUnique({ where: { code: input.period }, select: { id: true, code: true, label: true, kind: true, year: true, half: true } });
  if (!period) throw notFound("De periode");
  const versions = await db.figureDelivery.findMany({
    where: { periodId: period.id, scopeAreaId },
    select: { ...deliverySelect, _count: { select: { values: true } } },
    orderBy: { version: "desc" },
  });
  return {
    scope,
    period,
    versions: versions.map(({ supersededBy, importedBy, _count, ...d }) => ({
      ...d,
      current: supersededBy === null,
      importedBy: importedBy ? importedBy.name || importedBy.email : null,
      valueCount: _count.values,
    })),
  };
}

export interface DeliveryCell extends StoredCell {
  /** The same cell in the previous version; null for version 1. */
  previous: StoredCell | null;
  /** Differs from the previous version (status or value). False for version 1. */
  changed: boolean;
}

function cellKey(areaId: string, measure: string, breakdownKind: string, breakdownKey: string): string {
  return `${areaId}|${measure}|${breakdownKind}|${breakdownKey}`;
}

const ABSENT: StoredCell = { status: "MISSING", value: null };

function sameCell(a: StoredCell, b: StoredCell): boolean {
  return a.status === b.status && a.value === b.value;
}

/** One version's values as tables: areas × measures, and the breakdowns of reports of child abuse; changed cells marked. */
export async function readDelivery(db: Db, figureScope: FigureScope, id: string) {
  // Another municipality's delivery is "not found" (issue 18).
  const delivery = await db.figureDelivery.findFirst({
    where: { id, ...ownedWhere(figureScope) },
    select: {
      ...deliverySelect,
      period: { select: { id: true, code: true, label: true, kind: true, year: true, half: true } },
      scopeArea: { select: areaSelect },
      values: { select: { areaId: true, measure: true, breakdownKind: true, breakdownKey: true, value: true, status: true } },
    },
  });
  if (!delivery) throw notFound("De levering");
  const previousValues = delivery.supersedesId
    ? await db.figureValue.findMany({ where: { deliveryId: delivery.supersedesId }, select: { areaId: true, measure: true, breakdownKind: true, breakdownKey: true, value: true, status: true } })
    : null;
  const previousVersion = delivery.supersedesId ? await db.figureDelivery.findUnique({ where: { id: delivery.supersedesId }, select: { id: true, version: true } }) : null;
  const nextVersion = delivery.supersededBy ? await db.figureDelivery.findUnique({ where: { id: delivery.supersededBy.id }, select: { id: true, version: true } }) : null;

  const current = new Map(delivery.values.map((v) => [cellKey(v.areaId, v.measure, v.breakdownKind, v.breakdownKey), { status: v.status, value: v.value } satisfies StoredCell]));
  const before = previousValues && new Map(previousValues.map((v) => [cellKey(v.areaId, v.measure, v.breakdownKind, v.breakdownKey), { status: v.status, value: v.value } satisfies StoredCell]));
  const cellAt = (areaId: string, measure: FigureMeasure, kind: BreakdownKind, key: string): DeliveryCell => {
    const k = cellKey(areaId, measure, kind, key);
    const cell = current.get(k) ?? ABSENT;
    const previous = before ? (before.get(k) ?? ABSENT) : null;
    return { ...cell, previous, changed: previous !== null && !sameCell(cell, previous) };
  };

  const { areas: scopeParts } = await areasOfScope(db, delivery.scopeArea.id);
  // Areas with values that are no longer active parts of the scope are still shown.
  const extraIds = [...new Set([...delivery.values, ...(previousValues ?? [])].map((v) => v.areaId))].filter((aid) => !scopeParts.some((a) => a.id === aid));
  const extra = extraIds.length > 0 ? await db.area.findMany({ where: { id: { in: extraIds } }, select: { ...areaSelect, parentId: true }, orderBy: { name: "asc" } }) : [];
  const areas = [...scopeParts, ...extra];

  const measures = FIGURE_MEASURES.filter((m) => [...delivery.values, ...(previousValues ?? [])].some((v) => v.measure === m && v.breakdownKind === "NONE"));
  const totals = {
    measures,
    rows: areas.map((area) => ({ area: { id: area.id, name: area.name, kind: area.kind }, cells: measures.map((m) => ({ measure: m, ...cellAt(area.id, m, "NONE", "") })) })),
  };
  const breakdown = (kind: "REPORTER_GROUP" | "FORM", keys: readonly string[]) => {
    const all = [...delivery.values, ...(previousValues ?? [])].filter((v) => v.breakdownKind === kind);
    const columns = areas.filter((a) => all.some((v) => v.areaId === a.id)).map((a) => ({ id: a.id, name: a.name }));
    return { columns, rows: keys.map((key) => ({ key, cells: columns.map((c) => ({ areaId: c.id, ...cellAt(c.id, "CHILD_REPORTS", kind, key) })) })) };
  };
  const reporterGroups = breakdown("REPORTER_GROUP", REPORTER_GROUPS);
  const forms = breakdown("FORM", VIOLENCE_FORMS);
  const cells: DeliveryCell[] = [...totals.rows.flatMap((r) => r.cells), ...reporterGroups.rows.flatMap((r) => r.cells), ...forms.rows.flatMap((r) => r.cells)];
  const { values: _values, supersededBy, importedBy, ...meta } = delivery;
  return {
    delivery: { ...meta, current: supersededBy === null, importedBy: importedBy ? importedBy.name || importedBy.email : null },
    previous: previousVersion,
    next: nextVersion,
    totals,
    reporterGroups,
    forms,
    /** Cells that differ from the previous version (0 for version 1). */
    changedCount: cells.filter((c) => c.changed).length,
  };
}

/** The hand-entry form: the scope's areas, measures, breakdown keys, and the current values of a chosen period. */
export async function entryForm(db: Db, figureScope: FigureScope, input: { scopeAreaId?: string; period?: string }) {
  const scopeAreaId = await resolveScope(db, figureScope, input.scopeAreaId);
  const { scope, areas } = await areasOfScope(db, scopeAreaId);
  const scopes = await scopeAreas(db, figureScope);
  const delivered = await db.figureDelivery.findMany({
    where: { scopeAreaId, supersededBy: { is: null } },
    select: { version: true, period: { select: { code: true, label: true, year: true, half: true } } },
    orderBy: [{ period: { year: "desc" } }, { period: { half: "asc" } }],
  });
  const periods = delivered.map((d) => ({ code: d.period.code, label: d.period.label, version: d.version }));

  let start: null | {
    period: { code: string; label: string; year: number; half: 1 | 2 | null };
    version: number;
    deliveryId: string;
    source: string;
    provisional: boolean;
    values: Array<{ areaId: string; measure: FigureMeasure; breakdownKind: BreakdownKind; breakdownKey: string; status: CellStatus; value: number | null }>;
  } = null;
  if (input.period) {
    const current = await db.figureDelivery.findFirst({
      where: { scopeAreaId, period: { code: input.period }, supersededBy: { is: null } },
      select: {
        id: true,
        version: true,
        source: true,
        provisional: true,
        period: { select: { code: true, label: true, year: true, half: true } },
        values: { select: { areaId: true, measure: true, breakdownKind: true, breakdownKey: true, status: true, value: true } },
      },
    });
    if (current) {
      start = {
        period: { ...current.period, half: current.period.half as 1 | 2 | null },
        version: current.version,
        deliveryId: current.id,
        source: current.source,
        provisional: current.provisional,
        values: current.values,
      };
    }
  }
  return {
    scope: { id: scope.id, name: scope.name, kind: scope.kind },
    scopes,
    areas: areas.map((a) => ({ id: a.id, name: a.name, kind: a.kind })),
    measures: FIGURE_MEASURES,
    reporterGroups: REPORTER_GROUPS,
    forms: VIOLENCE_FORMS,
    periods,
    start,
  };
}

/** The current version number of a period for a scope (0: no figures yet). */
export async function currentVersionOf(db: Pick<Db, "figureDelivery">, scopeAreaId: string, period: { year: number; half: 1 | 2 | null }): Promise<number> {
  const latest = await db.figureDelivery.findFirst({
    where: { scopeAreaId, period: { code: periodCodeOf(period) } },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  return latest?.version ?? 0;
}

import { municipalityScopeOf } from "@kk/auth/policy";
import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { notFound } from "../errors.ts";
import { type LoadedArea, NoFigureScopeError } from "../vt-dashboard/load-figures.ts";

/*
 * Whose figures, populations, targets, plan van aanpak and council view a caller reads and writes
 * (issue 18, docs/adr/0023, docs/dashboard.md "Per municipality and the comparison"): the one place
 * the figures, dashboard, council, figure-entry and plan procedures turn `municipalityScopeOf()`
 * into rows. Every such procedure starts here and writes its own `where` from the answer; nothing
 * relies on row-level security underneath (which says the same thing a second time).
 *
 * Something of another municipality is NOT_FOUND, never FORBIDDEN: a caller does not learn that it
 * exists.
 */

const areaSelect = { id: true, name: true, code: true, kind: true, parentId: true } as const;

export interface FigureScope {
  /** The municipality areas the caller may read figures of, by name (one for COORDINATOR and RAAD). */
  municipalities: LoadedArea[];
  /** Their codes, for `where: { municipalityCode: { in: codes } }`. */
  codes: string[];
  /**
   * Whether region-level rows (no municipality, e.g. a Veilig Thuis region delivery, which holds
   * every municipality's figures) are in scope: for the region roles, and in an install with one
   * municipality (its region is its own).
   */
  region: boolean;
}

/**
 * The municipalities the caller acts for. A user not linked to a municipality acts for none, except
 * in an install with exactly one municipality, where it is that one (the same rule by which the
 * issue 18 migration linked the users of a single-municipality install).
 */
export async function figureScopeOf(db: Db, actor: SessionUser): Promise<FigureScope> {
  const scope = municipalityScopeOf(actor);
  const all = await db.area.findMany({ where: { kind: "MUNICIPALITY", active: true }, select: areaSelect, orderBy: { name: "asc" } });
  const municipalities = scope.kind === "region" ? all : scope.kind === "municipality" ? all.filter((a) => a.code === scope.code) : all.length === 1 ? all : [];
  return { municipalities, codes: municipalities.map((m) => m.code), region: scope.kind === "region" || (all.length === 1 && municipalities.length === 1) };
}

/**
 * The municipality whose figures a page shows: the one asked for (a region role picking one; a
 * code outside the caller's scope is NOT_FOUND), else the caller's own, else the first by name.
 */
export async function figureMunicipalityFor(db: Db, actor: SessionUser, municipalityCode?: string): Promise<{ municipality: LoadedArea; scope: FigureScope }> {
  const scope = await figureScopeOf(db, actor);
  if (municipalityCode !== undefined) {
    const asked = scope.municipalities.find((m) => m.code === municipalityCode);
    if (!asked) throw notFound("De gemeente");
    return { municipality: asked, scope };
  }
  const first = scope.municipalities[0];
  if (!first) throw new NoFigureScopeError("Uw account is niet aan een gemeente gekoppeld, of er is nog geen gemeente ingericht voor de cijfers.");
  return { municipality: first, scope };
}

/** The `where` on a municipality-owned table (FigureDelivery, FigureValue, AreaPopulation, Target, PlanActivity, PlanBudget, Area). */
export function ownedWhere(scope: FigureScope): { municipalityCode: { in: string[] } } | { OR: [{ municipalityCode: { in: string[] } }, { municipalityCode: null }] } {
  return scope.region ? { OR: [{ municipalityCode: { in: scope.codes } }, { municipalityCode: null }] } : { municipalityCode: { in: scope.codes } };
}

/** An area the caller may read or write figures of; NOT_FOUND otherwise (also when it does not exist). */
export async function areaInScopeOrNotFound(db: Pick<Db, "area">, scope: FigureScope, areaId: string): Promise<void> {
  const area = await db.area.findFirst({ where: { id: areaId, ...ownedWhere(scope) }, select: { id: true } });
  if (!area) throw notFound("Het gebied");
}

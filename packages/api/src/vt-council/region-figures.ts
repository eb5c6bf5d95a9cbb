import type { Db, FigureMeasure } from "@kk/db";
import { type LoadedArea, type LoadedFigures, loadCurrentFigures } from "../vt-dashboard/load-figures.ts";

/*
 * The figures of every municipality in the caller's municipality's region, for the suppression
 * pattern only (issue 18, docs/adr/0025). This is the one deliberate read across municipalities in
 * the figures code: the pattern must weigh every cell of the comparison, whoever asks, so that the
 * same cells are hidden for everyone. No neighbour's figure leaves the server except as a cell of
 * that pattern (a shown count, "< 10" or "afgeschermd").
 */

const areaSelect = { id: true, name: true, code: true, kind: true, parentId: true } as const;

/** The active municipalities under the same Veilig Thuis region as `scope`, in code order; only `scope` when it has no region. */
export async function regionMunicipalities(db: Db, scope: LoadedArea): Promise<LoadedArea[]> {
  if (!scope.parentId) return [scope];
  return db.area.findMany({ where: { kind: "MUNICIPALITY", active: true, parentId: scope.parentId }, select: areaSelect, orderBy: { code: "asc" } });
}

/** Every member's current figures; `loaded` (the caller's own, already read) is reused. */
export async function loadRegionMembers(db: Db, scope: LoadedArea, loaded?: LoadedFigures): Promise<LoadedFigures[]> {
  const areas = await regionMunicipalities(db, scope);
  return Promise.all(areas.map((area) => (loaded && loaded.scope.id === area.id ? Promise.resolve(loaded) : loadCurrentFigures(db, { scope: area }))));
}

/** Every numerator a target can put on a council page, and the default: the same list for every council answer, so they share one pattern. */
export async function councilNumeratorMeasures(db: Db): Promise<FigureMeasure[]> {
  const rows = await db.indicator.findMany({ where: { targets: { some: {} } }, select: { numeratorMeasure: true } });
  return ["ABUSE_CONFIRMED", ...rows.map((row) => row.numeratorMeasure)];
}

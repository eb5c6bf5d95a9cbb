import type { KnownArea, ReadyFigureRow, ValidationResult } from "./validate.ts";

/*
 * Issue 18 (docs/adr/0023): an import of Veilig Thuis figures picks each row's municipality from its
 * area — a CBS file names it by gemeentecode (RegioS "GM0505") or name, a template by area code or
 * name — and a coordinator may only import rows of the municipality they act for. Rows of the
 * Veilig Thuis region (no municipality) stay allowed, as before issue 18. Rows of another
 * municipality are refused row by row (all or nothing, as every other row error), or, when the
 * coordinator chose to skip areas that are not theirs, left out and listed.
 */

export interface MunicipalityRestriction {
  /** The owning municipality of each known area by id (null: a region-level area). */
  municipalityOf: ReadonlyMap<string, string | null>;
  /** The municipality the importer acts for (CBS code and name); null when they act for none. */
  own: { code: string; name: string } | null;
}

type Ready = Extract<ValidationResult, { ok: true }>;

function areaText(area: KnownArea | undefined, municipalityCode: string): string {
  if (!area) return municipalityCode;
  return area.code === municipalityCode ? `‘${area.name}’ (${municipalityCode})` : `‘${area.name}’ (${area.code ?? "?"}, gemeente ${municipalityCode})`;
}

/**
 * Keeps the rows the importer may write. Wide (CBS) rows give one ready row per column: a file row
 * is named once. Returns the result unchanged when every row is allowed.
 */
export function restrictToOwnMunicipality(
  result: Ready,
  areas: readonly KnownArea[],
  restriction: MunicipalityRestriction,
  options: { skip: boolean; maxErrors: number },
): ValidationResult {
  const byId = new Map(areas.map((a) => [a.id, a]));
  const allowed = (row: ReadyFigureRow): boolean => {
    const code = restriction.municipalityOf.get(row.areaId) ?? null;
    return code === null || code === restriction.own?.code;
  };
  const foreign = result.rows.filter((row) => !allowed(row));
  if (foreign.length === 0) return result;

  const lines: string[] = [];
  const named = new Set<number>();
  for (const row of foreign) {
    if (named.has(row.rowNumber)) continue;
    named.add(row.rowNumber);
    const what = areaText(byId.get(row.areaId), restriction.municipalityOf.get(row.areaId) ?? "");
    if (options.skip) lines.push(`Rij ${row.rowNumber}: ${what} hoort bij een andere gemeente en is overgeslagen.`);
    else if (restriction.own) lines.push(`Rij ${row.rowNumber}: ${what} hoort bij een andere gemeente. U kunt alleen cijfers van ${restriction.own.name} importeren.`);
    else lines.push(`Rij ${row.rowNumber}: ${what} hoort bij een gemeente, en uw account is niet aan een gemeente gekoppeld. Vraag de beheerder uw gemeente in te stellen.`);
  }
  if (!options.skip) {
    const shown = lines.slice(0, options.maxErrors);
    if (lines.length > shown.length) shown.push(`En nog ${lines.length - shown.length} rij(en) van een andere gemeente.`);
    return { ok: false, errors: shown };
  }
  const rows = result.rows.filter(allowed);
  if (rows.length === 0) {
    const own = restriction.own ? `van ${restriction.own.name}` : "van uw gemeente";
    return { ok: false, errors: [`Geen enkele rij hoort bij een gebied ${own}: er is niets te importeren.`, ...lines] };
  }
  const periods = new Set(rows.map((r) => r.period.code));
  return {
    ok: true,
    rows,
    periods: result.periods.filter((p) => periods.has(p.code)).map((p) => ({ ...p, rowCount: rows.filter((r) => r.period.code === p.code).length })),
    skipped: [...result.skipped, ...lines],
  };
}

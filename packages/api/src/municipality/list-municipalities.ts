import type { Db } from "@kk/db";

export interface MunicipalityRow {
  code: string;
  name: string;
  isDemo: boolean;
  vtRegion: { code: string; name: string } | null;
  wijken: number;
  users: number;
  organisations: number;
}

/**
 * The municipalities of the install with what hangs on them (/beheer/gemeenten): wijken (areas
 * under the municipality), users acting for it, organisations working in it (region-wide ones are
 * not counted per municipality). Few rows (a region has a handful of municipalities).
 */
export async function listMunicipalities(db: Db): Promise<MunicipalityRow[]> {
  const rows = await db.municipality.findMany({
    orderBy: { name: "asc" },
    select: {
      code: true,
      name: true,
      isDemo: true,
      area: { select: { parent: { select: { code: true, name: true } }, _count: { select: { children: { where: { kind: "WIJK" } } } } } },
      _count: { select: { users: true, organisations: true } },
    },
  });
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    isDemo: row.isDemo,
    vtRegion: row.area.parent,
    wijken: row.area._count.children,
    users: row._count.users,
    organisations: row._count.organisations,
  }));
}

/** The municipalities as options for a select (the user form). */
export function municipalityOptions(db: Db): Promise<Array<{ code: string; name: string }>> {
  return db.municipality.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } });
}

/** The name of the municipality a user acts for (the signed-in header); null without one. */
export async function ownMunicipality(db: Db, municipalityCode: string | null): Promise<{ code: string; name: string } | null> {
  if (municipalityCode === null) return null;
  return db.municipality.findUnique({ where: { code: municipalityCode }, select: { code: true, name: true } });
}

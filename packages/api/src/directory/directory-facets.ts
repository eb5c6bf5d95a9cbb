import type { Db, LegalFrame, Sector } from "@kk/db";

export interface FacetValue<T extends string = string> {
  value: T;
  count: number;
}

export interface DirectoryFacets {
  sectors: FacetValue<Sector>[];
  legalFrames: FacetValue<LegalFrame>[];
  types: FacetValue[];
  areas: FacetValue[];
  services: FacetValue[];
}

/** The filter values that exist among active organisations, with how many have each. */
export async function directoryFacets(db: Db): Promise<DirectoryFacets> {
  const rows = await db.$queryRaw<{ kind: keyof DirectoryFacets; value: string; count: number }[]>`
    WITH active AS (SELECT * FROM "Organisation" WHERE "status" = 'ACTIVE')
    SELECT 'sectors' AS "kind", "sector"::text AS "value", count(*)::int AS "count" FROM active GROUP BY "sector"
    UNION ALL
    SELECT 'legalFrames', "legalFrame"::text, count(*)::int FROM active GROUP BY "legalFrame"
    UNION ALL
    SELECT 'types', "type", count(*)::int FROM active WHERE "type" <> '' GROUP BY "type"
    UNION ALL
    SELECT 'areas', "area", count(*)::int FROM active WHERE "area" <> '' GROUP BY "area"
    UNION ALL
    SELECT 'services', s, count(*)::int FROM active, unnest(active."services") AS s WHERE s <> '' GROUP BY s
    ORDER BY 1, 2`;
  const facets: DirectoryFacets = { sectors: [], legalFrames: [], types: [], areas: [], services: [] };
  for (const row of rows) (facets[row.kind] as FacetValue[]).push({ value: row.value, count: row.count });
  return facets;
}

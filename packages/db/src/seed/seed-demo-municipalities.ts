import type { Db } from "../client.ts";
import { writeMunicipality } from "../municipality.ts";
import { DEMO_ACCOUNT_MUNICIPALITIES } from "./demo-accounts.ts";
import { DEMO_REGION_CODE } from "./demo-figures.ts";

/**
 * Adds the demo region's municipalities that the demo accounts act for and that the figures seed
 * has not registered (issue 18): their Area under Veilig Thuis Zuid-Holland Zuid and their
 * Municipality row, marked demo, through the same writeMunicipality() as `npm run region:add`.
 * Idempotent, like createMany with skipDuplicates: an existing municipality is left as it is.
 * Returns how many were added.
 */
export async function seedDemoMunicipalities(db: Db, now: Date): Promise<number> {
  const existing = new Set((await db.municipality.findMany({ select: { code: true } })).map((m) => m.code));
  let added = 0;
  for (const municipality of DEMO_ACCOUNT_MUNICIPALITIES) {
    if (existing.has(municipality.code)) continue;
    await db.$transaction((tx) => writeMunicipality(tx, { ...municipality, vtRegionCode: DEMO_REGION_CODE, isDemo: true, now }));
    added += 1;
  }
  return added;
}

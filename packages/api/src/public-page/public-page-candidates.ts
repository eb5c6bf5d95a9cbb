import type { Db } from "@kk/db";
import { worksIn } from "@kk/public-site";
import { loadPublicSnapshot } from "../public-site/snapshot.ts";

export interface PublicPageCandidate {
  id: string;
  name: string;
  type: string;
  /** The wijk it names, "" when none. */
  area: string;
}

/**
 * The organisations a municipality's public page may show first: exactly those the public page
 * lists for it (public, active, working in the municipality or region-wide, not for professionals
 * only), read through the public site's own snapshot so the two never disagree. The sociale kaart
 * is shared data (ADR 0023): no row-level security. By name.
 */
export async function publicPageCandidates(db: Db, municipalityCode: string): Promise<PublicPageCandidate[]> {
  const snapshot = await loadPublicSnapshot(db);
  return snapshot.organisations.filter((organisation) => worksIn(organisation, municipalityCode)).map(({ id, name, type, area }) => ({ id, name, type, area }));
}

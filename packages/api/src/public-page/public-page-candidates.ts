import type { Db, Tx } from "@kk/db";

export interface PublicPageCandidate {
  id: string;
  name: string;
  type: string;
  /** The wijk it names, "" when none. */
  area: string;
}

/**
 * The organisations a municipality's public page may show first: public entries of the sociale
 * kaart (`isPublic`), active, working in that municipality (region-wide, or with the municipality
 * in their working area). The sociale kaart is shared data (ADR 0023): no row-level security.
 */
export function publicPageCandidates(db: Db | Tx, municipalityCode: string): Promise<PublicPageCandidate[]> {
  return db.organisation.findMany({
    where: { isPublic: true, status: "ACTIVE", OR: [{ regionWide: true }, { municipalities: { some: { municipalityCode } } }] },
    select: { id: true, name: true, type: true, area: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

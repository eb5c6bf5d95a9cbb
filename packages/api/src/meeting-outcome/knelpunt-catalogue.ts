import type { Db } from "@kk/db";

/** The knelpunten catalogue, active entries first, with the number of meetings that discussed each. */
export interface KnelpuntCatalogueEntry {
  id: string;
  key: string | null;
  title: string;
  description: string;
  remedy: string;
  active: boolean;
  meetings: number;
}

export async function knelpuntCatalogue(db: Db): Promise<KnelpuntCatalogueEntry[]> {
  const rows = await db.knelpunt.findMany({ include: { _count: { select: { meetings: true } } }, orderBy: [{ active: "desc" }, { title: "asc" }] });
  return rows.map(({ _count, createdAt: _createdAt, ...k }) => ({ ...k, meetings: _count.meetings }));
}

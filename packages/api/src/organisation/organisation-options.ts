import type { Db } from "@kk/db";

/**
 * Names and ids for pickers (linking a user to an organisation, an agreement's parties, the
 * escalatie and informatieverzoek choosers): every organisation that has not closed, by name.
 */
export function listOrganisationOptions(db: Db) {
  return db.organisation.findMany({
    where: { status: { not: "CLOSED" } },
    select: { id: true, name: true, legalFrame: true, sector: true },
    orderBy: { name: "asc" },
  });
}

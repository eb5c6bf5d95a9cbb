import type { SessionUser } from "@kk/auth/roles";
import { Prisma, type Db } from "@kk/db";
import { canSeeClosedOrganisations } from "../organisation/read-organisation.ts";
import { ORGANISATION_PICKER_LIMIT } from "./schemas.ts";

export interface OrganisationChoice {
  id: string;
  name: string;
  type: string;
  area: string;
}

export interface OrganisationChoices {
  /** How many organisations match; more than `results.length` when the list was cut at the limit. */
  total: number;
  results: OrganisationChoice[];
}

/** Lower case without accents, as the database's "searchText" column (unaccent + lower). */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The organisation picker of "Mag ik delen met …?" (search-as-you-type, and the GET form without
 * JavaScript): organisations whose name or type contains every typed word, best first (name starts
 * with the query, then a word of the name starts with the first word, then alphabetical), at most
 * ORGANISATION_PICKER_LIMIT. Each word is also matched against the trigram-indexed "searchText"
 * (which contains name and type), so at 10,000 organisations the index narrows the rows before the
 * name check; docs/mag-ik-delen.md has the measurement. Closed organisations only for the
 * coordinator, as on the organisation page.
 */
export async function findOrganisationsByName(db: Db, user: SessionUser, q: string): Promise<OrganisationChoices> {
  const folded = foldForSearch(q).replace(/\s+/g, " ").trim();
  const words = [...new Set(folded.split(" ").filter((w) => w !== ""))].slice(0, 5);
  if (words.length === 0) return { total: 0, results: [] };
  const conditions: Prisma.Sql[] = [];
  if (!canSeeClosedOrganisations(user)) conditions.push(Prisma.sql`o."status" <> 'CLOSED'`);
  for (const word of words) {
    const pattern = likePattern(word);
    conditions.push(Prisma.sql`o."searchText" LIKE ${pattern}`);
    conditions.push(Prisma.sql`lower(unaccent(o."name" || ' ' || o."type")) LIKE ${pattern}`);
  }
  const prefix = `${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const firstWord = ` ${words[0] ?? ""}`;
  const rows = await db.$queryRaw<Array<OrganisationChoice & { total: number }>>(Prisma.sql`
    SELECT o."id", o."name", o."type", o."area", (count(*) OVER ())::int AS "total"
      FROM "Organisation" o
     WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY CASE
                WHEN lower(unaccent(o."name")) LIKE ${prefix} THEN 0
                WHEN position(${firstWord} IN ' ' || lower(unaccent(o."name"))) > 0 THEN 1
                ELSE 2
              END,
              lower(o."name"), o."id"
     LIMIT ${ORGANISATION_PICKER_LIMIT}`);
  return {
    total: rows[0]?.total ?? 0,
    results: rows.map(({ id, name, type, area }) => ({ id, name, type, area })),
  };
}

/** The organisations behind ids in the URL (the pickers' current choice), under the same visibility rule. */
export async function findOrganisationsById(db: Db, user: SessionUser, ids: readonly string[]): Promise<OrganisationChoice[]> {
  if (ids.length === 0) return [];
  return db.organisation.findMany({
    where: { id: { in: [...ids] }, ...(canSeeClosedOrganisations(user) ? {} : { status: { not: "CLOSED" as const } }) },
    select: { id: true, name: true, type: true, area: true },
  });
}

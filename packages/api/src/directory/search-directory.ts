import { isSharedDataCoordinator } from "@kk/auth/policy";
import type { SessionUser } from "@kk/auth/roles";
import { Prisma, type Db, type LegalFrame, type Sector } from "@kk/db";
import { getStaleAfterMonths, isStale } from "../freshness/staleness.ts";
import { DIRECTORY_PAGE_SIZE, type DirectorySearch } from "./schemas.ts";
import { correctedTsquery, getVocabulary } from "./spelling.ts";

export interface DirectoryResult {
  id: string;
  slug: string;
  name: string;
  type: string;
  sector: Sector;
  legalFrame: LegalFrame;
  area: string;
  services: string[];
  /** The first part of the description, for the result card. */
  description: string;
  verifiedAt: Date | null;
  /** Working area (issue 18): region-wide, else the names of its municipalities. */
  regionWide: boolean;
  municipalityNames: string[];
  stale: boolean;
}

export interface DirectorySearchResult {
  total: number;
  /**
   * No exact (full-text) match: these are near matches for a misspelt query, at most
   * FUZZY_MATCH_CAP of them, so a total equal to the cap means "at least".
   */
  approximate: boolean;
  /** The near matches hit the cap: there are at least `total`. */
  totalIsMinimum: boolean;
  page: number;
  pageSize: number;
  pageCount: number;
  results: DirectoryResult[];
}

interface Row {
  total: number;
  approximate: boolean;
  id: string | null;
  slug: string;
  name: string;
  type: string;
  sector: Sector;
  legalFrame: LegalFrame;
  area: string;
  services: string[];
  description: string;
  verifiedAt: Date | null;
  /** Working area (issue 18): region-wide, else the names of its municipalities. */
  regionWide: boolean | null;
  municipalityNames: string[] | null;
}

/** Coordinators and admins also see contacts marked "alleen coördinatoren". */
function seesAllContacts(viewer: SessionUser): boolean {
  return isSharedDataCoordinator(viewer) || viewer.role === "BEHEERDER";
}

/** The most near matches a typo search ranks; beyond this the total is "at least". */
export const FUZZY_MATCH_CAP = 100;

/**
 * The SQL for one search: filter, match, rank and page in a single statement, with the total
 * count alongside the page. Every user value is a bound parameter (tagged template).
 *
 * Matching (docs/adr/0008-search.md), each step only when the one before found nothing:
 * 1. Dutch full text on "searchVector" (stems, so "jeugdartsen" finds "jeugdarts"; GIN index,
 *    a few ms at 10,000 organisations);
 * 2. full text with misspelt words ORed with their closest directory words (`correctedTsquery`
 *    from ./spelling.ts: "veilig tuis" → veilig & (tuis | thuis | …)), same index;
 * 3. trigram word similarity of the whole query against "searchText", for what the word list
 *    does not know yet: every trigram candidate is re-checked against its whole search text
 *    (about 0.1 ms a row), so near matches are capped at FUZZY_MATCH_CAP and ranked with a bonus
 *    for closeness to the name, so Veilig Thuis comes before entries that mention it.
 * The query's derived values sit in scalar sub-selects: evaluated once, and usable as index
 * conditions (a plain STABLE call like unaccent($1) would be re-run for every row).
 * "searchText"/"searchVector" only hold contacts visible to every signed-in user, so a
 * coordinators-only contact is never found by name. Only ACTIVE organisations are listed, for
 * every role: inactive and closed entries are managed from the coordinator's overview.
 */
export function directorySearchSql(viewer: SessionUser, input: DirectorySearch, correctedTsquery: string | null = null): Prisma.Sql {
  const filters: Prisma.Sql[] = [Prisma.sql`o."status" = 'ACTIVE'`];
  if (input.sector.length > 0) filters.push(Prisma.sql`o."sector" = ANY(${input.sector}::"Sector"[])`);
  if (input.legalFrame.length > 0) filters.push(Prisma.sql`o."legalFrame" = ANY(${input.legalFrame}::"LegalFrame"[])`);
  if (input.type.length > 0) filters.push(Prisma.sql`o."type" = ANY(${input.type}::text[])`);
  if (input.area.length > 0) filters.push(Prisma.sql`o."area" = ANY(${input.area}::text[])`);
  if (input.service.length > 0) filters.push(Prisma.sql`o."services" && ${input.service}::text[]`);
  // Issue 18: working in the municipality, or region-wide (index on OrganisationMunicipality's code).
  if (input.municipality !== null) {
    filters.push(
      Prisma.sql`(o."regionWide" OR EXISTS (SELECT 1 FROM "OrganisationMunicipality" om WHERE om."organisationId" = o."id" AND om."municipalityCode" = ${input.municipality}))`,
    );
  }
  if (input.contactRole.length > 0) {
    const visible = seesAllContacts(viewer) ? Prisma.empty : Prisma.sql`AND c."visibility" = 'SIGNED_IN'`;
    filters.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Contact" c WHERE c."organisationId" = o."id" AND c."roles" && ${input.contactRole}::"ContactRole"[] ${visible})`,
    );
  }
  const where = Prisma.join(filters, " AND ");
  const q = input.q.trim();

  const matches =
    q === ""
      ? Prisma.sql`
    matches AS (SELECT o."id", o."name", 0::float8 AS "rank", false AS "approximate" FROM "Organisation" o WHERE ${where})`
      : Prisma.sql`
    fts AS (
      SELECT o."id", o."name", ts_rank(o."searchVector", (SELECT websearch_to_tsquery('dutch', unaccent(${q}::text))))::float8 AS "rank"
        FROM "Organisation" o
       WHERE ${where} AND o."searchVector" @@ (SELECT websearch_to_tsquery('dutch', unaccent(${q}::text)))
    ),
    ${
      correctedTsquery === null
        ? Prisma.empty
        : Prisma.sql`corrected AS (
      SELECT o."id", o."name", ts_rank(o."searchVector", (SELECT to_tsquery('dutch', ${correctedTsquery}::text)))::float8 AS "rank"
        FROM "Organisation" o
       WHERE NOT EXISTS (SELECT 1 FROM fts) AND ${where}
         AND o."searchVector" @@ (SELECT to_tsquery('dutch', ${correctedTsquery}::text))
    ),`
    }
    fuzzy AS (
      SELECT n."id", n."name",
             (word_similarity((SELECT lower(unaccent(${q}::text))), n."searchText")
               + 2 * word_similarity((SELECT lower(unaccent(${q}::text))), lower(unaccent(n."name"))))::float8 AS "rank"
        FROM (SELECT o."id", o."name", o."searchText" FROM "Organisation" o
               WHERE NOT EXISTS (SELECT 1 FROM fts) ${correctedTsquery === null ? Prisma.empty : Prisma.sql`AND NOT EXISTS (SELECT 1 FROM corrected)`}
                 AND ${where}
                 AND (SELECT lower(unaccent(${q}::text))) <% o."searchText"
               LIMIT ${FUZZY_MATCH_CAP}) n
    ),
    matches AS (
      SELECT fts.*, false AS "approximate" FROM fts
      UNION ALL
      ${correctedTsquery === null ? Prisma.empty : Prisma.sql`SELECT corrected.*, true FROM corrected UNION ALL`}
      SELECT fuzzy.*, true FROM fuzzy
    )`;

  const offset = (input.page - 1) * DIRECTORY_PAGE_SIZE;
  return Prisma.sql`
    WITH ${matches}
    SELECT t."total"::int AS "total", coalesce(t."approximate", false) AS "approximate",
           o."id", o."slug", o."name", o."type", o."sector", o."legalFrame", o."area", o."services",
           left(o."description", 240) AS "description", o."verifiedAt", o."regionWide",
           (SELECT array_agg(mu."name" ORDER BY mu."name") FROM "OrganisationMunicipality" om
              JOIN "Municipality" mu ON mu."code" = om."municipalityCode" WHERE om."organisationId" = o."id") AS "municipalityNames"
      FROM (SELECT count(*) AS "total", bool_or("approximate") AS "approximate" FROM matches) t
      LEFT JOIN LATERAL (
        SELECT "id", "rank", "name" FROM matches ORDER BY "rank" DESC, lower("name"), "id" LIMIT ${DIRECTORY_PAGE_SIZE} OFFSET ${offset}
      ) m ON true
      LEFT JOIN "Organisation" o ON o."id" = m."id"
     ORDER BY m."rank" DESC, lower(m."name"), m."id"`;
}

export async function searchDirectory(db: Db, viewer: SessionUser, input: DirectorySearch, now: Date): Promise<DirectorySearchResult> {
  const q = input.q.trim();
  const corrected = q === "" ? null : correctedTsquery(await getVocabulary(db, now.getTime()), q);
  const [rows, staleAfterMonths] = await Promise.all([
    db.$queryRaw<Row[]>(directorySearchSql(viewer, input, corrected)),
    getStaleAfterMonths(db),
  ]);
  const total = rows[0]?.total ?? 0;
  const approximate = rows[0]?.approximate ?? false;
  const results = rows
    .filter((row): row is Row & { id: string } => row.id !== null)
    .map((row) => ({
      id: row.id,
      slug: row.slug,
      name: row.name,
      type: row.type,
      sector: row.sector,
      legalFrame: row.legalFrame,
      area: row.area,
      services: row.services,
      description: row.description,
      verifiedAt: row.verifiedAt,
      regionWide: row.regionWide ?? false,
      municipalityNames: row.municipalityNames ?? [],
      stale: isStale(row.verifiedAt, now, staleAfterMonths),
    }));
  return {
    total,
    approximate,
    totalIsMinimum: approximate && total >= FUZZY_MATCH_CAP,
    page: input.page,
    pageSize: DIRECTORY_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)),
    results,
  };
}

import type { SessionUser } from "@kk/auth/roles";
import { Prisma, type Db, type LegalFrame, type Sector } from "@kk/db";
import { getStaleAfterMonths, isStale } from "../freshness/staleness.ts";
import { DIRECTORY_PAGE_SIZE, type DirectorySearch } from "./schemas.ts";

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
  stale: boolean;
}

export interface DirectorySearchResult {
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  results: DirectoryResult[];
}

interface Row {
  total: number;
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
}

/** Coordinators and admins also see contacts marked "alleen coördinatoren". */
function seesAllContacts(viewer: SessionUser): boolean {
  return viewer.role === "COORDINATOR" || viewer.role === "BEHEERDER";
}

/**
 * The SQL for one search: filter, match, rank and page in a single statement, with the total
 * count alongside the page. Every user value is a bound parameter (tagged template).
 *
 * Matching (docs/adr/0008-search.md): Dutch full text on "searchVector" (stems, so "jeugdartsen"
 * finds "jeugdarts") OR trigram word similarity of the whole query against "searchText" (typos:
 * "veilig tuis"), both served by GIN indexes. "searchText" only holds contacts visible to every
 * signed-in user, so a coordinators-only contact can never be found by name.
 * Only ACTIVE organisations are listed, for every role: inactive and closed entries are managed
 * from the coordinator's overview, not found through the search.
 */
export function directorySearchSql(viewer: SessionUser, input: DirectorySearch): Prisma.Sql {
  const filters: Prisma.Sql[] = [Prisma.sql`o."status" = 'ACTIVE'`];
  if (input.sector.length > 0) filters.push(Prisma.sql`o."sector" = ANY(${input.sector}::"Sector"[])`);
  if (input.legalFrame.length > 0) filters.push(Prisma.sql`o."legalFrame" = ANY(${input.legalFrame}::"LegalFrame"[])`);
  if (input.type.length > 0) filters.push(Prisma.sql`o."type" = ANY(${input.type}::text[])`);
  if (input.area.length > 0) filters.push(Prisma.sql`o."area" = ANY(${input.area}::text[])`);
  if (input.service.length > 0) filters.push(Prisma.sql`o."services" && ${input.service}::text[]`);
  if (input.contactRole.length > 0) {
    const visible = seesAllContacts(viewer) ? Prisma.empty : Prisma.sql`AND c."visibility" = 'SIGNED_IN'`;
    filters.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Contact" c WHERE c."organisationId" = o."id" AND c."roles" && ${input.contactRole}::"ContactRole"[] ${visible})`,
    );
  }

  let rank = Prisma.sql`0::real`;
  const q = input.q.trim();
  if (q !== "") {
    const tsquery = Prisma.sql`websearch_to_tsquery('dutch', unaccent(${q}::text))`;
    const folded = Prisma.sql`lower(unaccent(${q}::text))`;
    filters.push(Prisma.sql`(o."searchVector" @@ ${tsquery} OR ${folded} <% o."searchText")`);
    // Full-text rank plus trigram closeness, with a bonus when the query is close to the name
    // itself, so "veilig tuis" puts Veilig Thuis above entries that merely mention it.
    rank = Prisma.sql`(ts_rank(o."searchVector", ${tsquery})
      + word_similarity(${folded}, o."searchText")
      + 2 * word_similarity(${folded}, lower(unaccent(o."name"))))::real`;
  }

  const offset = (input.page - 1) * DIRECTORY_PAGE_SIZE;
  return Prisma.sql`
    WITH matches AS (
      SELECT o."id", o."slug", o."name", o."type", o."sector", o."legalFrame", o."area", o."services",
             left(o."description", 240) AS "description", o."verifiedAt", ${rank} AS "rank"
        FROM "Organisation" o
       WHERE ${Prisma.join(filters, " AND ")}
    )
    SELECT t."total"::int AS "total", m."id", m."slug", m."name", m."type", m."sector", m."legalFrame",
           m."area", m."services", m."description", m."verifiedAt"
      FROM (SELECT count(*) AS "total" FROM matches) t
      LEFT JOIN LATERAL (
        SELECT * FROM matches ORDER BY "rank" DESC, lower("name"), "id" LIMIT ${DIRECTORY_PAGE_SIZE} OFFSET ${offset}
      ) m ON true`;
}

export async function searchDirectory(db: Db, viewer: SessionUser, input: DirectorySearch, now = new Date()): Promise<DirectorySearchResult> {
  const [rows, staleAfterMonths] = await Promise.all([
    db.$queryRaw<Row[]>(directorySearchSql(viewer, input)),
    getStaleAfterMonths(db),
  ]);
  const total = rows[0]?.total ?? 0;
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
      stale: isStale(row.verifiedAt, now, staleAfterMonths),
    }));
  return {
    total,
    page: input.page,
    pageSize: DIRECTORY_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)),
    results,
  };
}

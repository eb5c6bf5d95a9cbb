import { isSharedDataCoordinator } from "@kk/auth/policy";
import type { SessionUser } from "@kk/auth/roles";
import { databaseSettings, Prisma, prepared, type Db, type LegalFrame, type Sector, type SettingsSource } from "@kk/db";
import { isStale, staleAfterMonthsOf } from "../freshness/staleness.ts";
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
  /** Exact, unless `totalIsMinimum` or `moreThanTotal` says otherwise. */
  total: number;
  /**
   * No exact (full-text) match: these are near matches for a misspelt query, at most
   * FUZZY_MATCH_CAP of them, so a total equal to the cap means "at least".
   */
  approximate: boolean;
  /** The near matches hit the cap: there are at least `total` ("100 of meer"). */
  totalIsMinimum: boolean;
  /**
   * Counting stopped at `total` (RESULT_WINDOW, or further for a deep page of the alphabetical
   * list): there are more hits than that ("meer dan 1.000").
   */
  moreThanTotal: boolean;
  page: number;
  pageSize: number;
  /** The pages that can be shown: with `morePages`, the last one is not the end of the list. */
  pageCount: number;
  /** The alphabetical list goes on beyond `pageCount` (only when the total is not known). */
  morePages: boolean;
  /**
   * A query with more than RESULT_WINDOW hits: only the first RESULT_WINDOW are ranked and
   * shown (pages 1 to RESULT_WINDOW / pageSize); the page asks to search more precisely.
   */
  windowed: boolean;
  results: DirectoryResult[];
}

interface Row {
  total: number;
  step: number;
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
 * The most hits a search counts, and the most hits of a query it ranks (docs/adr/0008-search.md,
 * "Broad queries"). A broad query ("basisschool": 1,745 hits at 10,000 organisations, 17,451 at
 * 100,000) would otherwise fetch and rank every hit to show twenty: the cost grew with the size of
 * the directory (41 ms at 100,000). Beyond the window the page says "meer dan 1.000".
 */
export const RESULT_WINDOW = 1000;

/**
 * How far the count goes for this search: RESULT_WINDOW, and for the alphabetical list (no
 * query; read in name order from an index, so every page is exact) at least one row past the page,
 * so a page beyond the window still knows whether another follows.
 */
export function countLimit(input: DirectorySearch): number {
  const end = input.page * DIRECTORY_PAGE_SIZE;
  return input.q.trim() === "" ? Math.max(RESULT_WINDOW, end) : RESULT_WINDOW;
}

/**
 * How many organisations the alphabetical list reads in name order before it gives up on the
 * index and sorts the filtered ones instead. The read is index-only (the index includes the filter
 * columns: ~0.3 µs an entry), so it may go far: a broad filter whose hits come late in the
 * alphabet (a sector: "Jeugdbescherming", "Politie", "Veilig Thuis") still fills its page from the
 * index; only a filter that matches fewer than one in 200 names (checked after 20,000) sorts its own
 * hits (docs/performance.md, "The search statement at 10k and 100k").
 */
function nameOrderScan(offset: number): number {
  return Math.max(20_000, 200 * (offset + DIRECTORY_PAGE_SIZE));
}

/**
 * The SQL for one search: filter, match, rank and page in a single statement, with the count
 * (up to `countLimit(input) + 1`, so "more than" can be told apart) alongside the page. Every
 * user value is a bound parameter (tagged template).
 *
 * Matching (docs/adr/0008-search.md), each step only when the one before found nothing:
 * 1. Dutch full text on "searchVector" (stems, so "jeugdartsen" finds "jeugdarts"; GIN index);
 * 2. full text with misspelt words ORed with their closest directory words (`correctedTsquery`
 *    from ./spelling.ts: "veilig tuis" → veilig & (tuis | thuis | …)), same index;
 * 3. trigram word similarity of the whole query against "searchText", for what the word list
 *    does not know yet: every trigram candidate is re-checked against its whole search text
 *    (about 0.1 ms a row), so near matches are capped at FUZZY_MATCH_CAP and ranked with a bonus
 *    for closeness to the name, so Veilig Thuis comes before entries that mention it.
 * Steps 1 and 2 stop after RESULT_WINDOW + 1 hits (in index order) and rank only those: a broad
 * query never fetches more rows than that, whatever the size of the directory.
 * Without a query the list is alphabetical and exact on every page. Up to the count's limit the
 * counted organisations ("listed") are simply sorted ("rest"); beyond it, the first rows in name order come
 * from the partial index "Organisation_active_name_order_idx" on (lower(name), id) and are
 * filtered ("head"), and only when those do not fill the page are all filtered organisations
 * sorted after all. The count stops at its limit either way.
 * The query's derived values sit in scalar sub-selects: evaluated once, and usable as index
 * conditions (a plain STABLE call like unaccent($1) would be re-run for every row).
 * "searchText"/"searchVector" only hold contacts visible to every signed-in user, so a
 * coordinators-only contact is never found by name. Only ACTIVE organisations are listed, for
 * every role: inactive and closed entries are managed from the coordinator's overview.
 */
export function directorySearchSql(
  viewer: SessionUser,
  input: DirectorySearch,
  correctedTsquery: string | null = null,
  /** How far the alphabetical list reads in name order (tests set it low to reach the fallback). */
  nameOrderRead: number = nameOrderScan((input.page - 1) * DIRECTORY_PAGE_SIZE),
): Prisma.Sql {
  // The filters besides the status: the name-order read below gets its status from its index.
  const filters: Prisma.Sql[] = [];
  if (input.sector.length > 0) filters.push(Prisma.sql`o."sector" = ANY(${input.sector}::"Sector"[])`);
  if (input.legalFrame.length > 0) filters.push(Prisma.sql`o."legalFrame" = ANY(${input.legalFrame}::"LegalFrame"[])`);
  if (input.type.length > 0) filters.push(Prisma.sql`o."type" = ANY(${input.type}::text[])`);
  if (input.area.length > 0) filters.push(Prisma.sql`o."area" = ANY(${input.area}::text[])`);
  if (input.service.length > 0) filters.push(Prisma.sql`o."services" && ${input.service}::text[]`);
  // Issue 18: working in the municipality, or region-wide. A scalar sub-select probes the primary
  // key per row: the scans below stop after a page or a capped count, and an EXISTS here becomes
  // a hash of every organisation in the municipality, built before the first row (~10 ms at 100,000).
  if (input.municipality !== null) {
    filters.push(
      Prisma.sql`(o."regionWide" OR (SELECT true FROM "OrganisationMunicipality" om WHERE om."organisationId" = o."id" AND om."municipalityCode" = ${input.municipality} LIMIT 1))`,
    );
  }
  if (input.contactRole.length > 0) {
    const visible = seesAllContacts(viewer) ? Prisma.empty : Prisma.sql`AND c."visibility" = 'SIGNED_IN'`;
    filters.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Contact" c WHERE c."organisationId" = o."id" AND c."roles" && ${input.contactRole}::"ContactRole"[] ${visible})`,
    );
  }
  const where = Prisma.join([Prisma.sql`o."status" = 'ACTIVE'`, ...filters], " AND ");
  const indexedWhere = filters.length > 0 ? Prisma.join(filters, " AND ") : Prisma.sql`true`;
  const q = input.q.trim();
  const offset = (input.page - 1) * DIRECTORY_PAGE_SIZE;
  const limit = countLimit(input) + 1;

  const ctes =
    q === ""
      ? Prisma.sql`
    listed AS MATERIALIZED (SELECT o."id", o."name" FROM "Organisation" o WHERE ${where} LIMIT ${limit}),
    counted AS (SELECT count(*) AS "total", 0 AS "step" FROM listed),
    -- Only columns in the index (and sub-selects on o."id"), so the read is index-only.
    head AS MATERIALIZED (
      SELECT o."id", o."name"
        FROM (SELECT o."id", o."name", o."sector", o."legalFrame", o."type", o."area", o."regionWide", o."services",
                     lower(o."name") AS "sortName"
                FROM "Organisation" o
               WHERE o."status" = 'ACTIVE' ORDER BY lower(o."name"), o."id" LIMIT ${nameOrderRead}) o
       WHERE (SELECT "total" FROM counted) = ${limit} AND ${indexedWhere}
       -- The sub-select's own order (its output column, so no second sort): stops at the page's end.
       ORDER BY o."sortName", o."id" LIMIT ${offset + DIRECTORY_PAGE_SIZE}
    ),
    complete AS (SELECT (SELECT count(*) FROM head) = ${offset + DIRECTORY_PAGE_SIZE} AS "ok"),
    rest AS MATERIALIZED (
      SELECT "id", "name" FROM listed WHERE (SELECT "total" FROM counted) < ${limit}
      UNION ALL
      SELECT o."id", o."name" FROM "Organisation" o
       WHERE (SELECT "total" FROM counted) = ${limit} AND NOT (SELECT "ok" FROM complete) AND ${where}
    ),
    page AS (
      SELECT p."id", 0::float8 AS "rank", p."name"
        FROM (SELECT * FROM head WHERE (SELECT "ok" FROM complete) UNION ALL SELECT * FROM rest) p
       ORDER BY lower(p."name"), p."id" LIMIT ${DIRECTORY_PAGE_SIZE} OFFSET ${offset}
    )`
      : Prisma.sql`
    fts AS (
      SELECT o."id", o."name", ts_rank(o."searchVector", (SELECT websearch_to_tsquery('dutch', unaccent(${q}::text))))::float8 AS "rank"
        FROM "Organisation" o
       WHERE ${where} AND o."searchVector" @@ (SELECT websearch_to_tsquery('dutch', unaccent(${q}::text)))
       LIMIT ${limit}
    ),
    ${
      correctedTsquery === null
        ? Prisma.empty
        : Prisma.sql`corrected AS (
      SELECT o."id", o."name", ts_rank(o."searchVector", (SELECT to_tsquery('dutch', ${correctedTsquery}::text)))::float8 AS "rank"
        FROM "Organisation" o
       WHERE NOT EXISTS (SELECT 1 FROM fts) AND ${where}
         AND o."searchVector" @@ (SELECT to_tsquery('dutch', ${correctedTsquery}::text))
       LIMIT ${limit}
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
      SELECT fts.*, 0 AS "step" FROM fts
      UNION ALL
      ${correctedTsquery === null ? Prisma.empty : Prisma.sql`SELECT corrected.*, 1 FROM corrected UNION ALL`}
      SELECT fuzzy.*, 2 FROM fuzzy
    ),
    counted AS (SELECT count(*) AS "total", max("step") AS "step" FROM matches),
    page AS (
      SELECT "id", "rank", "name" FROM matches
       ORDER BY "rank" DESC, lower("name"), "id" LIMIT ${offset < RESULT_WINDOW ? DIRECTORY_PAGE_SIZE : 0} OFFSET ${offset}
    )`;

  return Prisma.sql`
    WITH ${ctes}
    SELECT t."total"::int AS "total", coalesce(t."step", 0)::int AS "step",
           o."id", o."slug", o."name", o."type", o."sector", o."legalFrame", o."area", o."services",
           left(o."description", 240) AS "description", o."verifiedAt", o."regionWide",
           (SELECT array_agg(mu."name" ORDER BY mu."name") FROM "OrganisationMunicipality" om
              JOIN "Municipality" mu ON mu."code" = om."municipalityCode" WHERE om."organisationId" = o."id") AS "municipalityNames"
      FROM counted t
      LEFT JOIN page m ON true
      LEFT JOIN "Organisation" o ON o."id" = m."id"
     ORDER BY m."rank" DESC, lower(m."name"), m."id"`;
}

export async function searchDirectory(
  db: Db,
  viewer: SessionUser,
  input: DirectorySearch,
  now: Date,
  /** Where the staleness period comes from: the web process's copy on the request path (ADR 0030). */
  settings: SettingsSource = databaseSettings(db),
): Promise<DirectorySearchResult> {
  const q = input.q.trim();
  const corrected = q === "" ? null : correctedTsquery(await getVocabulary(db, now.getTime()), q);
  const [rows, staleAfterMonths] = await Promise.all([
    // A named prepared statement: parsed and planned once per connection (docs/adr/0029-prepared-search-statement.md).
    db.$queryRaw<Row[]>(prepared(directorySearchSql(viewer, input, corrected))),
    staleAfterMonthsOf(settings),
  ]);
  // The statement counts one row past the limit, so "exactly the limit" and "more" differ.
  const counted = rows[0]?.total ?? 0;
  const limit = countLimit(input);
  const moreThanTotal = counted > limit;
  const total = Math.min(counted, limit);
  // Which step found the hits: 0 full text, 1 spelling-corrected full text, 2 trigram near matches.
  const step = rows[0]?.step ?? 0;
  const approximate = step > 0;
  const windowed = q !== "" && moreThanTotal;
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
  const pageCount = Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
  return {
    total,
    approximate,
    totalIsMinimum: step === 2 && total >= FUZZY_MATCH_CAP,
    moreThanTotal,
    page: input.page,
    pageSize: DIRECTORY_PAGE_SIZE,
    pageCount,
    morePages: moreThanTotal && !windowed,
    windowed,
    results,
  };
}

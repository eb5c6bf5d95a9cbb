import type { Db, Prisma, Sector } from "@kk/db";
import { CLAUSE_CATALOGUE } from "../agreement/clause-catalogue.ts";
import { amsterdamToday } from "../agreement-reminders/amsterdam-date.ts";
import { agreementsApplyingIn, organisationsWorkingIn } from "../organisation/working-area.ts";
import { computeCoverage, type CoverageAgreement, type CoverageOrganisation, type CoveragePair } from "./compute-coverage.ts";

/** More columns than this is no longer a matrix anyone can read; the page asks to pick sectors. */
export const MATRIX_LIMIT = 60;

export interface CoverageFilters {
  /** Only organisations in these sectors, as rows AND columns (both of a pair in the selection). */
  sectors?: readonly Sector[];
  /** Issue 18: organisations working in this municipality, agreements applying there; null/absent = the region. */
  municipality?: string | null;
}

export interface CoverageMatrix {
  today: string;
  organisations: CoverageOrganisation[];
  /** Active organisations matching the filter, also when more than MATRIX_LIMIT. */
  organisationTotal: number;
  truncated: boolean;
  clauses: { key: string; code: string; title: string }[];
  pairs: CoveragePair[];
  coveredPairs: number;
  totalPairs: number;
}

/**
 * ACTIEF agreements that cover information exchange, with their parties and COVERED clauses.
 * Start and end dates are checked by computeCoverage (isInForce), against today in Amsterdam.
 */
export async function loadCoverageAgreements(db: Db, where: Prisma.AgreementWhereInput = {}): Promise<CoverageAgreement[]> {
  const rows = await db.agreement.findMany({
    where: { AND: [{ status: "ACTIEF", coversInformationExchange: true }, where] },
    select: {
      id: true,
      title: true,
      status: true,
      coversInformationExchange: true,
      startDate: true,
      endDate: true,
      parties: { select: { organisationId: true } },
      clauses: { where: { coverage: "COVERED" }, select: { clauseKey: true } },
    },
    orderBy: { title: "asc" },
  });
  return rows.map(({ parties, clauses, ...row }) => ({
    ...row,
    partyOrganisationIds: parties.map((p) => p.organisationId),
    coveredClauseKeys: clauses.map((c) => c.clauseKey),
  }));
}

export const CATALOGUE_KEYS: readonly string[] = CLAUSE_CATALOGUE.map((c) => c.key);

/** The coverage matrix over active organisations (ordered by name), optionally by sector. */
export async function loadCoverageMatrix(db: Db, filters: CoverageFilters, now: Date): Promise<CoverageMatrix> {
  const today = amsterdamToday(now);
  const where: Prisma.OrganisationWhereInput = {
    status: "ACTIVE",
    ...(filters.sectors && filters.sectors.length > 0 ? { sector: { in: [...filters.sectors] } } : {}),
    ...organisationsWorkingIn(filters.municipality),
  };
  const [organisationTotal, organisations] = await Promise.all([
    db.organisation.count({ where }),
    db.organisation.findMany({
      where,
      select: { id: true, name: true, slug: true, sector: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: MATRIX_LIMIT,
    }),
  ]);
  const ids = organisations.map((o) => o.id);
  const agreements = await loadCoverageAgreements(db, { parties: { some: { organisationId: { in: ids } } }, ...agreementsApplyingIn(filters.municipality) });
  const result = computeCoverage(organisations, agreements, CATALOGUE_KEYS, today);
  return {
    today,
    organisations,
    organisationTotal,
    truncated: organisationTotal > organisations.length,
    clauses: CLAUSE_CATALOGUE.map(({ key, code, title }) => ({ key, code, title })),
    ...result,
  };
}

import type { SessionUser } from "@kk/auth/roles";
import type { Db, Prisma } from "@kk/db";
import { agreementVisibilityWhere } from "../agreement/agreement-access.ts";
import { amsterdamToday } from "../agreement-reminders/amsterdam-date.ts";
import { computeCoverage, isInForce } from "./compute-coverage.ts";
import { CATALOGUE_KEYS } from "./load-coverage.ts";

export interface AgreementSummary {
  id: string;
  title: string;
  kind: string;
  status: string;
  startDate: Date | null;
  endDate: Date | null;
  reviewDate: Date | null;
  coversInformationExchange: boolean;
  /** Counts for the coverage matrix today (compute-coverage.ts, isInForce). */
  inForce: boolean;
  parties: { organisationId: string; name: string; slug: string }[];
}

const summarySelect = {
  id: true,
  title: true,
  kind: true,
  status: true,
  startDate: true,
  endDate: true,
  reviewDate: true,
  coversInformationExchange: true,
  parties: { select: { organisationId: true, organisation: { select: { name: true, slug: true } } }, orderBy: { organisation: { name: "asc" } } },
  clauses: { where: { coverage: "COVERED" }, select: { clauseKey: true } },
} satisfies Prisma.AgreementSelect;

type SummaryRow = Prisma.AgreementGetPayload<{ select: typeof summarySelect }>;

/** In force first, then by status and title: what applies today on top. */
const STATUS_ORDER = ["ACTIEF", "IN_BESPREKING", "CONCEPT", "VERLOPEN", "BEEINDIGD"];

function toSummary(row: SummaryRow, today: string): AgreementSummary {
  const { parties, clauses: _clauses, ...rest } = row;
  return {
    ...rest,
    inForce: isInForce(row, today),
    parties: parties.map((p) => ({ organisationId: p.organisationId, name: p.organisation.name, slug: p.organisation.slug })),
  };
}

function sortSummaries(rows: AgreementSummary[]): AgreementSummary[] {
  return rows.sort(
    (x, y) =>
      Number(y.inForce) - Number(x.inForce) ||
      STATUS_ORDER.indexOf(x.status) - STATUS_ORDER.indexOf(y.status) ||
      x.title.localeCompare(y.title, "nl"),
  );
}

async function visibleAgreements(db: Db, user: SessionUser, where: Prisma.AgreementWhereInput): Promise<SummaryRow[]> {
  return db.agreement.findMany({ where: { AND: [agreementVisibilityWhere(user), where] }, select: summarySelect });
}

export interface AgreementsBetween {
  agreements: AgreementSummary[];
  /** An agreement in force covers information exchange between the two. */
  covered: boolean;
  /** Catalogue keys none of the agreements in force covers (empty when not covered). */
  lacks: string[];
}

/**
 * The agreements with both organisations as parties that the caller may read, and what the ones
 * in force leave out. Coverage counts only ACTIEF agreements, which every reader may see, so the
 * answer does not depend on who asks; the list does (a partner also sees its own concepts).
 */
export async function agreementsBetween(db: Db, user: SessionUser, organisationA: string, organisationB: string, now: Date): Promise<AgreementsBetween> {
  const today = amsterdamToday(now);
  const rows = await visibleAgreements(db, user, {
    AND: [{ parties: { some: { organisationId: organisationA } } }, { parties: { some: { organisationId: organisationB } } }],
  });
  const coverage = computeCoverage(
    [
      { id: organisationA, name: "", slug: "", sector: "" },
      { id: organisationB, name: "", slug: "", sector: "" },
    ],
    rows.map((row) => ({
      ...row,
      partyOrganisationIds: row.parties.map((p) => p.organisationId),
      coveredClauseKeys: row.clauses.map((c) => c.clauseKey),
    })),
    CATALOGUE_KEYS,
    today,
  );
  const pair = coverage.pairs[0];
  return {
    agreements: sortSummaries(rows.map((row) => toSummary(row, today))),
    covered: pair?.covered ?? false,
    lacks: pair?.lacks ?? [],
  };
}

/** The agreements an organisation is party to that the caller may read (organisation page). */
export async function agreementsOfOrganisation(db: Db, user: SessionUser, organisationId: string, now: Date): Promise<AgreementSummary[]> {
  const today = amsterdamToday(now);
  const rows = await visibleAgreements(db, user, { parties: { some: { organisationId } } });
  return sortSummaries(rows.map((row) => toSummary(row, today)));
}

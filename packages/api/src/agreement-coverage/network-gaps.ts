import type { Db, Prisma } from "@kk/db";
import { amsterdamToday, toDbDate } from "../agreement-reminders/amsterdam-date.ts";
import { agreementsApplyingIn, organisationsWorkingIn } from "../organisation/working-area.ts";
import { WITHOUT_ESCALATION_CONTACT } from "../freshness/freshness-overview.ts";
import { getStaleAfterMonths, isStale, staleBefore } from "../freshness/staleness.ts";

/** Enough rows to act on; the totals say how many there are. */
export const NETWORK_GAPS_LIMIT = 300;

export interface NetworkGapRow {
  id: string;
  name: string;
  slug: string;
  sector: string;
  type: string;
  withoutActiveAgreement: boolean;
  withoutEscalationContact: boolean;
  notVerifiedRecently: boolean;
  verifiedAt: Date | null;
}

export interface NetworkGaps {
  staleAfterMonths: number;
  activeOrganisations: number;
  totals: { withoutActiveAgreement: number; withoutEscalationContact: number; notVerifiedRecently: number; any: number };
  rows: NetworkGapRow[];
}

/**
 * The coordinator's overview of holes in the network (issue 4, "Network gaps"): active
 * organisations that are party to no agreement in force (ACTIEF, started, not past its end date
 * in Europe/Amsterdam), that name no escalation contact (the freshness rule,
 * freshness-overview.ts), or that nobody confirmed within the staleness setting (staleness.ts).
 * One row per organisation with a flag per gap, most gaps first.
 */
export async function getNetworkGaps(db: Db, now: Date, municipality: string | null = null): Promise<NetworkGaps> {
  const today = toDbDate(amsterdamToday(now));
  const staleAfterMonths = await getStaleAfterMonths(db);
  // Issue 18: in one municipality, only agreements applying there count, and only organisations working there are listed.
  const inForce: Prisma.AgreementWhereInput = {
    status: "ACTIEF",
    AND: [
      { OR: [{ startDate: null }, { startDate: { lte: today } }] },
      { OR: [{ endDate: null }, { endDate: { gte: today } }] },
      agreementsApplyingIn(municipality),
    ],
  };
  const withoutAgreement: Prisma.OrganisationWhereInput = { agreementParties: { none: { agreement: inForce } } };
  const notVerified: Prisma.OrganisationWhereInput = { OR: [{ verifiedAt: null }, { verifiedAt: { lt: staleBefore(now, staleAfterMonths) } }] };
  // An AND, so the gaps' own OR-clauses spread beside it do not replace the working-area one.
  const active: Prisma.OrganisationWhereInput = { AND: [{ status: "ACTIVE" }, organisationsWorkingIn(municipality)] };
  const anyGap: Prisma.OrganisationWhereInput = { ...active, OR: [withoutAgreement, WITHOUT_ESCALATION_CONTACT, notVerified] };

  const [activeOrganisations, noAgreement, noEscalation, stale, any, rows] = await Promise.all([
    db.organisation.count({ where: active }),
    db.organisation.count({ where: { ...active, ...withoutAgreement } }),
    db.organisation.count({ where: { ...active, ...WITHOUT_ESCALATION_CONTACT } }),
    db.organisation.count({ where: { ...active, ...notVerified } }),
    db.organisation.count({ where: anyGap }),
    db.organisation.findMany({
      where: anyGap,
      select: {
        id: true,
        name: true,
        slug: true,
        sector: true,
        type: true,
        verifiedAt: true,
        agreementParties: { where: { agreement: inForce }, select: { id: true }, take: 1 },
        escalationSteps: { where: { contactId: { not: null } }, select: { id: true }, take: 1 },
        contacts: { where: { roles: { has: "ESCALATIE_AANSPREEKPUNT" } }, select: { id: true }, take: 1 },
      },
      orderBy: { name: "asc" },
    }),
  ]);

  const flagged = rows.map(({ agreementParties, escalationSteps, contacts, ...row }) => ({
    ...row,
    withoutActiveAgreement: agreementParties.length === 0,
    withoutEscalationContact: escalationSteps.length === 0 && contacts.length === 0,
    notVerifiedRecently: isStale(row.verifiedAt, now, staleAfterMonths),
  }));
  const gapCount = (row: NetworkGapRow) => Number(row.withoutActiveAgreement) + Number(row.withoutEscalationContact) + Number(row.notVerifiedRecently);
  flagged.sort((x, y) => gapCount(y) - gapCount(x) || x.name.localeCompare(y.name, "nl"));

  return {
    staleAfterMonths,
    activeOrganisations,
    totals: { withoutActiveAgreement: noAgreement, withoutEscalationContact: noEscalation, notVerifiedRecently: stale, any },
    rows: flagged.slice(0, NETWORK_GAPS_LIMIT),
  };
}

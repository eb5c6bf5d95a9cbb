import type { Db, Prisma } from "@kk/db";
import { getStaleAfterMonths, STALE_AFTER_MONTHS_SETTING, staleBefore } from "./staleness.ts";

/** Enough rows for a coordinator to act on; the count says how many there are in all. */
export const OVERVIEW_LIMIT = 200;

export interface StaleOrganisationRow {
  id: string;
  name: string;
  slug: string;
  verifiedAt: Date | null;
  /** Whole calendar months since the last confirmation; null when never confirmed. */
  monthsSinceVerified: number | null;
  partnerEditors: number;
}

export interface OrganisationWithoutEscalationRow {
  id: string;
  name: string;
  slug: string;
  type: string;
  /** Route steps without a contact: a route exists but names nobody. */
  escalationSteps: number;
}

export interface FreshnessOverview {
  staleAfterMonths: number;
  /** When the setting was last changed (null: never, the default applies); sent back on change. */
  settingUpdatedAt: Date | null;
  stale: { total: number; rows: StaleOrganisationRow[] };
  withoutEscalationContact: { total: number; rows: OrganisationWithoutEscalationRow[] };
}

/**
 * The rule for "no escalation contact": no route step names a contact, and no contact has the
 * role escalatie-aanspreekpunt. Also used by the network gaps overview (agreement-coverage).
 */
export const WITHOUT_ESCALATION_CONTACT = {
  escalationSteps: { none: { contactId: { not: null } } },
  contacts: { none: { roles: { has: "ESCALATIE_AANSPREEKPUNT" as const } } },
} satisfies Prisma.OrganisationWhereInput;

export function monthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  return to.getUTCDate() < from.getUTCDate() ? months - 1 : months;
}

/**
 * The coordinator's to-do list for a sociale kaart that does not rot: active entries nobody
 * confirmed within the setting's months (oldest first, never-confirmed on top), and active
 * organisations that name no escalation contact, neither on a route step nor as a contact with
 * the role escalatie-aanspreekpunt.
 */
export async function getFreshnessOverview(db: Db, now: Date): Promise<FreshnessOverview> {
  const [staleAfterMonths, setting] = await Promise.all([
    getStaleAfterMonths(db),
    db.setting.findUnique({ where: { key: STALE_AFTER_MONTHS_SETTING }, select: { updatedAt: true } }),
  ]);
  const staleWhere = {
    status: "ACTIVE" as const,
    OR: [{ verifiedAt: null }, { verifiedAt: { lt: staleBefore(now, staleAfterMonths) } }],
  };
  const withoutEscalationWhere = { status: "ACTIVE" as const, ...WITHOUT_ESCALATION_CONTACT };
  const [staleTotal, staleRows, withoutTotal, withoutRows] = await Promise.all([
    db.organisation.count({ where: staleWhere }),
    db.organisation.findMany({
      where: staleWhere,
      select: {
        id: true,
        name: true,
        slug: true,
        verifiedAt: true,
        _count: { select: { users: { where: { role: "PARTNER", active: true } } } },
      },
      orderBy: [{ verifiedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
      take: OVERVIEW_LIMIT,
    }),
    db.organisation.count({ where: withoutEscalationWhere }),
    db.organisation.findMany({
      where: withoutEscalationWhere,
      select: { id: true, name: true, slug: true, type: true, _count: { select: { escalationSteps: true } } },
      orderBy: { name: "asc" },
      take: OVERVIEW_LIMIT,
    }),
  ]);
  return {
    staleAfterMonths,
    settingUpdatedAt: setting?.updatedAt ?? null,
    stale: {
      total: staleTotal,
      rows: staleRows.map(({ _count, ...row }) => ({
        ...row,
        monthsSinceVerified: row.verifiedAt ? monthsBetween(row.verifiedAt, now) : null,
        partnerEditors: _count.users,
      })),
    },
    withoutEscalationContact: {
      total: withoutTotal,
      rows: withoutRows.map(({ _count, ...row }) => ({ ...row, escalationSteps: _count.escalationSteps })),
    },
  };
}

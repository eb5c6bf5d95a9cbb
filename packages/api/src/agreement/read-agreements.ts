import type { SessionUser } from "@kk/auth/roles";
import { can, SHARED_DATA_COORDINATORS } from "@kk/auth/policy";
import type { AgreementStatus, ClauseCoverage, Db, Prisma } from "@kk/db";
import { addDays, amsterdamToday, toDbDate } from "../agreement-reminders/amsterdam-date.ts";
import { notFound } from "../errors.ts";
import { agreementsApplyingIn } from "../organisation/working-area.ts";
import { agreementVisibilityWhere, canReadAgreement } from "./agreement-access.ts";
import { CLAUSE_CATALOGUE } from "./clause-catalogue.ts";
import type { listAgreementsInput } from "./schemas.ts";
import { ALLOWED_TRANSITIONS } from "./status-transitions.ts";
import type { z } from "zod";


export interface CoverageCounts {
  covered: number;
  notCovered: number;
  notApplicable: number;
  /** Catalogue entries without an assessment. */
  notAssessed: number;
}

export function coverageCounts(clauses: ReadonlyArray<{ clauseKey: string; coverage: ClauseCoverage }>): CoverageCounts {
  const byKey = new Map(clauses.map((c) => [c.clauseKey, c.coverage]));
  const counts: CoverageCounts = { covered: 0, notCovered: 0, notApplicable: 0, notAssessed: 0 };
  for (const entry of CLAUSE_CATALOGUE) {
    const coverage = byKey.get(entry.key);
    if (coverage === "COVERED") counts.covered += 1;
    else if (coverage === "NOT_COVERED") counts.notCovered += 1;
    else if (coverage === "NOT_APPLICABLE") counts.notApplicable += 1;
    else counts.notAssessed += 1;
  }
  return counts;
}

const listFields = {
  id: true,
  title: true,
  kind: true,
  status: true,
  startDate: true,
  endDate: true,
  reviewDate: true,
  municipalityRole: true,
  coversInformationExchange: true,
  regionWide: true,
  municipalities: { select: { municipality: { select: { code: true, name: true } } }, orderBy: { municipality: { name: "asc" } } },
  version: true,
  owner: { select: { id: true, name: true } },
  parties: { select: { organisation: { select: { id: true, name: true, slug: true } } }, orderBy: { organisation: { name: "asc" } } },
  clauses: { select: { clauseKey: true, coverage: true } },
} satisfies Prisma.AgreementSelect;

type ListValues = z.output<typeof listAgreementsInput>;

export async function listAgreements(db: Db, user: SessionUser, input: ListValues, now: Date) {
  const and: Prisma.AgreementWhereInput[] = [agreementVisibilityWhere(user)];
  if (input.status.length > 0) and.push({ status: { in: input.status } });
  if (input.kind.length > 0) and.push({ kind: { in: input.kind } });
  if (input.organisationId) and.push({ parties: { some: { organisationId: input.organisationId } } });
  if (input.q) and.push({ title: { contains: input.q, mode: "insensitive" } });
  if (input.municipality) and.push(agreementsApplyingIn(input.municipality));
  if (input.lapsesWithinDays !== undefined) {
    // "Today" is the Dutch date, as for the reminders and the expiry job (amsterdam-date.ts).
    const today = amsterdamToday(now);
    const window = { gte: toDbDate(today), lte: toDbDate(addDays(today, input.lapsesWithinDays)) };
    and.push({ OR: [{ endDate: window }, { reviewDate: window }] });
  }
  const rows = await db.agreement.findMany({ where: { AND: and }, select: listFields, orderBy: [{ title: "asc" }, { id: "asc" }], take: 500 });
  return rows.map(({ clauses, parties, ...row }) => ({
    ...row,
    parties: parties.map((p) => p.organisation),
    coverage: coverageCounts(clauses),
  }));
}
export type AgreementListItem = Awaited<ReturnType<typeof listAgreements>>[number];

const detailFields = {
  id: true,
  title: true,
  kind: true,
  purpose: true,
  scope: true,
  legalBasisNotes: true,
  status: true,
  startDate: true,
  endDate: true,
  reviewDate: true,
  municipalityRole: true,
  coversInformationExchange: true,
  responseWorkingDays: true,
  regionWide: true,
  municipalities: { select: { municipality: { select: { code: true, name: true } } }, orderBy: { municipality: { name: "asc" } } },
  version: true,
  createdAt: true,
  updatedAt: true,
  owner: { select: { id: true, name: true, email: true } },
  parties: {
    select: {
      organisationId: true,
      signatoryName: true,
      signatoryFunction: true,
      signedAt: true,
      organisation: { select: { id: true, name: true, slug: true } },
    },
    orderBy: { organisation: { name: "asc" } },
  },
  clauses: { select: { clauseKey: true, coverage: true, reference: true } },
} satisfies Prisma.AgreementSelect;

/**
 * One agreement with its checklist merged into the catalogue: every catalogue entry appears,
 * with coverage null when not assessed. An agreement the user may not read is "not found",
 * so a draft's existence does not leak.
 */
export async function readAgreement(db: Db, user: SessionUser, id: string) {
  const row = await db.agreement.findUnique({ where: { id }, select: detailFields });
  if (!row || !canReadAgreement(user, row)) throw notFound("De afspraak");
  const byKey = new Map(row.clauses.map((c) => [c.clauseKey, c]));
  const checklist = CLAUSE_CATALOGUE.map((entry) => {
    const stored = byKey.get(entry.key);
    return { ...entry, coverage: stored?.coverage ?? null, reference: stored?.reference ?? "" };
  });
  const { clauses, ...rest } = row;
  const allowedTransitions: AgreementStatus[] = can(user, "agreement.manage") ? [...ALLOWED_TRANSITIONS[row.status]] : [];
  return { ...rest, checklist, coverage: coverageCounts(clauses), allowedTransitions };
}
export type AgreementDetail = Awaited<ReturnType<typeof readAgreement>>;

/** The audit events of one agreement, newest first (who, what, when). */
export async function agreementHistory(db: Db, user: SessionUser, id: string) {
  const row = await db.agreement.findUnique({ where: { id }, select: { status: true, parties: { select: { organisationId: true } } } });
  if (!row || !canReadAgreement(user, row)) throw notFound("De afspraak");
  const events = await db.auditEvent.findMany({
    where: { entityType: "Agreement", entityId: id },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, at: true, action: true, actorEmail: true, actor: { select: { name: true } }, before: true, after: true },
  });
  return events.map((e) => ({
    id: e.id.toString(),
    at: e.at,
    action: e.action,
    actorName: e.actor?.name ?? e.actorEmail ?? null,
    fromStatus: statusOf(e.before),
    toStatus: statusOf(e.after),
  }));
}
export type AgreementHistoryItem = Awaited<ReturnType<typeof agreementHistory>>[number];

function statusOf(snapshot: unknown): AgreementStatus | null {
  if (snapshot && typeof snapshot === "object" && "status" in snapshot) {
    const status = (snapshot as { status: unknown }).status;
    if (typeof status === "string") return status as AgreementStatus;
  }
  return null;
}

/** A coordinator for the owner picker. */
export async function ownerOptions(db: Db) {
  return db.user.findMany({ where: { role: { in: [...SHARED_DATA_COORDINATORS] }, active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

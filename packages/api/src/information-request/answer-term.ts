import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { agreementVisibilityWhere } from "../agreement/agreement-access.ts";
import { amsterdamToday } from "../agreement-reminders/amsterdam-date.ts";
import { isInForce } from "../agreement-coverage/compute-coverage.ts";

/** The toolKID's default when no agreement sets a reactietermijn (001: "redelijkerwijs binnen vijf werkdagen"). */
export const DEFAULT_RESPONSE_WORKING_DAYS = 5;

export interface AnswerTerm {
  workingDays: number;
  /** "AGREEMENT": the reactietermijn of an agreement in force between the two; "DEFAULT": 001's five working days. */
  source: "AGREEMENT" | "DEFAULT";
  agreement?: { id: string; title: string };
}

/**
 * Within how many working days `toOrganisationId` answers an information request from
 * `fromOrganisationId`: the reactietermijn of an agreement in force today that both are party to
 * and that covers information exchange (the coverage rule, compute-coverage.ts `isInForce`), or
 * else the default of five. With several such agreements the shortest term applies, because each
 * of them binds the answering party (docs/mag-ik-delen.md, "Informatieverzoek opstellen"). Only
 * agreements the actor may read count, so the answer names nothing the actor may not see.
 */
export async function answerTermBetween(db: Db, actor: SessionUser, fromOrganisationId: string, toOrganisationId: string, now: Date): Promise<AnswerTerm> {
  const fallback: AnswerTerm = { workingDays: DEFAULT_RESPONSE_WORKING_DAYS, source: "DEFAULT" };
  if (fromOrganisationId === toOrganisationId) return fallback;
  const today = amsterdamToday(now);
  const rows = await db.agreement.findMany({
    where: {
      AND: [
        agreementVisibilityWhere(actor),
        { status: "ACTIEF", coversInformationExchange: true, responseWorkingDays: { not: null } },
        { parties: { some: { organisationId: fromOrganisationId } } },
        { parties: { some: { organisationId: toOrganisationId } } },
      ],
    },
    select: { id: true, title: true, status: true, coversInformationExchange: true, startDate: true, endDate: true, responseWorkingDays: true },
    orderBy: [{ responseWorkingDays: "asc" }, { title: "asc" }, { id: "asc" }],
  });
  const chosen = rows.find((row) => isInForce(row, today));
  if (!chosen || chosen.responseWorkingDays === null) return fallback;
  return { workingDays: chosen.responseWorkingDays, source: "AGREEMENT", agreement: { id: chosen.id, title: chosen.title } };
}

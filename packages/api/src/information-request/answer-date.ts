import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { addWorkingDays, amsterdamCalendarDay, holidaysBetween } from "@kk/legal/working-days";
import { answerTermBetween, DEFAULT_RESPONSE_WORKING_DAYS, type AnswerTerm } from "./answer-term.ts";
import type { AnswerDateValues } from "./schemas.ts";

export interface AnswerDateResult {
  /** The Dutch calendar day the request is sent ("YYYY-MM-DD"). */
  sentOn: string;
  /** The day the answer is due ("YYYY-MM-DD"). */
  dueOn: string;
  term: AnswerTerm;
  /** Public holidays on weekdays between the two days that did not count. */
  skippedHolidays: Array<{ day: string; name: string }>;
  /** The two organisations, when both were given and exist. */
  from: { id: string; name: string } | null;
  to: { id: string; name: string } | null;
}

/**
 * The answer date of a request sent today: the term between the two organisations (or the
 * default) counted in Dutch working days. Runs on the server so that `date-holidays` stays out of
 * the browser (docs/adr/0014-working-days-date-holidays.md).
 */
export async function answerDate(db: Db, actor: SessionUser, input: AnswerDateValues, now: Date): Promise<AnswerDateResult> {
  const ids = [input.fromOrganisationId, input.toOrganisationId].filter((id): id is string => id !== undefined);
  const organisations = ids.length
    ? await db.organisation.findMany({ where: { id: { in: ids }, status: { not: "CLOSED" } }, select: { id: true, name: true } })
    : [];
  const find = (id: string | undefined) => organisations.find((o) => o.id === id) ?? null;
  const from = find(input.fromOrganisationId);
  const to = find(input.toOrganisationId);
  const term: AnswerTerm =
    from && to ? await answerTermBetween(db, actor, from.id, to.id, now) : { workingDays: DEFAULT_RESPONSE_WORKING_DAYS, source: "DEFAULT" };
  const sentOn = amsterdamCalendarDay(now);
  const dueOn = addWorkingDays(sentOn, term.workingDays);
  return { sentOn, dueOn, term, skippedHolidays: holidaysBetween(sentOn, dueOn), from, to };
}

import type { Db } from "@kk/db";
import { addDays, amsterdamToday, dateOnly, daysBetween, toDbDate } from "./amsterdam-date.ts";
import { getReminderDays, type ReminderDays } from "./reminder-days.ts";

export interface LapsingAgreementRow {
  id: string;
  title: string;
  kind: string;
  endDate: Date | null;
  reviewDate: Date | null;
  /** Days from today to the end date when it lies within the end window, else null. */
  daysUntilEnd: number | null;
  /** Days from today to the review date when it lies within the review window, else null. */
  daysUntilReview: number | null;
  ownerName: string;
  parties: string[];
}

export interface LapsingSoon {
  today: string;
  settings: ReminderDays;
  rows: LapsingAgreementRow[];
}

/**
 * "Verloopt binnenkort": ACTIEF agreements whose end date lies within the next N days or whose
 * review date lies within the next M days (the reminder settings), soonest first. The same
 * windows the reminder job mails about.
 */
export async function getLapsingSoon(db: Db, now: Date): Promise<LapsingSoon> {
  const today = amsterdamToday(now);
  const settings = await getReminderDays(db);
  const from = toDbDate(today);
  const rows = await db.agreement.findMany({
    where: {
      status: "ACTIEF",
      OR: [
        { endDate: { gte: from, lte: toDbDate(addDays(today, settings.beforeEnd)) } },
        { reviewDate: { gte: from, lte: toDbDate(addDays(today, settings.beforeReview)) } },
      ],
    },
    select: {
      id: true,
      title: true,
      kind: true,
      endDate: true,
      reviewDate: true,
      owner: { select: { name: true } },
      parties: { select: { organisation: { select: { name: true } } }, orderBy: { organisation: { name: "asc" } } },
    },
  });
  const within = (date: Date | null, days: number) => {
    if (!date) return null;
    const left = daysBetween(today, dateOnly(date));
    return left >= 0 && left <= days ? left : null;
  };
  const mapped = rows.map(({ owner, parties, ...row }) => ({
    ...row,
    daysUntilEnd: within(row.endDate, settings.beforeEnd),
    daysUntilReview: within(row.reviewDate, settings.beforeReview),
    ownerName: owner.name,
    parties: parties.map((p) => p.organisation.name),
  }));
  const soonest = (row: LapsingAgreementRow) => Math.min(row.daysUntilEnd ?? Infinity, row.daysUntilReview ?? Infinity);
  mapped.sort((x, y) => soonest(x) - soonest(y) || x.title.localeCompare(y.title, "nl"));
  return { today, settings, rows: mapped };
}

import type { Db } from "@kk/db";

/**
 * How many days before an agreement's end date and review date its owner gets a reminder, and
 * how far ahead the "verloopt binnenkort" list looks. Stored in the Setting table like
 * "freshness.staleAfterMonths" (packages/api/src/freshness/staleness.ts).
 */
export const REMINDER_DAYS_BEFORE_END_SETTING = "agreements.reminderDaysBeforeEnd";
export const REMINDER_DAYS_BEFORE_REVIEW_SETTING = "agreements.reminderDaysBeforeReview";
export const DEFAULT_REMINDER_DAYS_BEFORE_END = 60;
export const DEFAULT_REMINDER_DAYS_BEFORE_REVIEW = 14;
export const REMINDER_DAYS_RANGE = { min: 1, max: 365 } as const;

export interface ReminderDays {
  beforeEnd: number;
  beforeReview: number;
  /** When either setting was last changed (null: both defaults); the version for the form. */
  updatedAt: Date | null;
}

function valid(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= REMINDER_DAYS_RANGE.min && value <= REMINDER_DAYS_RANGE.max;
}

/** The coordinator's settings, or the defaults when absent or out of range. */
export async function getReminderDays(db: Pick<Db, "setting">): Promise<ReminderDays> {
  const rows = await db.setting.findMany({
    where: { key: { in: [REMINDER_DAYS_BEFORE_END_SETTING, REMINDER_DAYS_BEFORE_REVIEW_SETTING] } },
  });
  const end = rows.find((row) => row.key === REMINDER_DAYS_BEFORE_END_SETTING);
  const review = rows.find((row) => row.key === REMINDER_DAYS_BEFORE_REVIEW_SETTING);
  const updated = rows.map((row) => row.updatedAt).sort((x, y) => y.getTime() - x.getTime())[0] ?? null;
  return {
    beforeEnd: valid(end?.value) ? end.value : DEFAULT_REMINDER_DAYS_BEFORE_END,
    beforeReview: valid(review?.value) ? review.value : DEFAULT_REMINDER_DAYS_BEFORE_REVIEW,
    updatedAt: updated,
  };
}

// Types only: the form schemas import this module, so it reaches the browser (no @kk/db runtime here).
import type { Db, SettingsSource } from "@kk/db";

/**
 * When a sociale kaart entry counts as stale ("verouderd"): not confirmed by anyone for N
 * months. Confirming is the only thing that resets the clock; saving or importing does not
 * (issue 3, "Verification kept apart from editing").
 */
export const DEFAULT_STALE_AFTER_MONTHS = 6;
export const STALE_AFTER_MONTHS_SETTING = "freshness.staleAfterMonths";
export const STALE_AFTER_MONTHS_RANGE = { min: 1, max: 36 } as const;

/** The coordinator's setting, or the default when it is absent or out of range. */
export async function getStaleAfterMonths(db: Pick<Db, "setting">): Promise<number> {
  return staleAfterMonthsOf({ get: async (key) => (await db.setting.findUnique({ where: { key }, select: { value: true } }))?.value });
}

/** The same from a settings source (a web process's copy, ADR 0030). */
export async function staleAfterMonthsOf(settings: SettingsSource): Promise<number> {
  const value = await settings.get(STALE_AFTER_MONTHS_SETTING);
  if (typeof value === "number" && Number.isInteger(value) && value >= STALE_AFTER_MONTHS_RANGE.min && value <= STALE_AFTER_MONTHS_RANGE.max) {
    return value;
  }
  return DEFAULT_STALE_AFTER_MONTHS;
}

/** Entries confirmed before this moment are stale. Calendar months, so 31 Aug − 6 = 28/29 Feb. */
export function staleBefore(now: Date, months: number): Date {
  const cutoff = new Date(now);
  const day = cutoff.getUTCDate();
  cutoff.setUTCDate(1);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0)).getUTCDate();
  cutoff.setUTCDate(Math.min(day, lastDay));
  return cutoff;
}

/** Never confirmed counts as stale. */
export function isStale(verifiedAt: Date | null, now: Date, months: number): boolean {
  return verifiedAt === null || verifiedAt < staleBefore(now, months);
}

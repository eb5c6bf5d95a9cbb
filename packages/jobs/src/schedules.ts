/**
 * The portal's scheduled jobs. Times are Dutch wall-clock time, so "08:00" stays 08:00 across
 * summer time. Each name is both the pg-boss queue and the schedule.
 */
export const SCHEDULE_TIME_ZONE = "Europe/Amsterdam";

export const FRESHNESS_REMINDERS = {
  name: "freshness.reminders",
  /** 08:00 on the first of every month: the monthly "kloppen uw gegevens nog?" e-mail. */
  cron: "0 8 1 * *",
} as const;

export const SCHEDULES = [FRESHNESS_REMINDERS] as const;

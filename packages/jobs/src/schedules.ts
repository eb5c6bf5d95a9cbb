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

export const AGREEMENT_EXPIRY = {
  name: "agreements.expire",
  /** 00:15 every day: ACTIEF agreements whose end date was yesterday become VERLOPEN. */
  cron: "15 0 * * *",
} as const;

export const AGREEMENT_REMINDERS = {
  name: "agreements.reminders",
  /** 07:00 every day: the owner's e-mail N days before an end date and M days before a review date. */
  cron: "0 7 * * *",
} as const;

export const MEETING_REMINDERS = {
  name: "meetings.reminders",
  /** 07:30 every day: the reminder to everyone registered for a meeting within N days. */
  cron: "30 7 * * *",
} as const;

export const MEETING_RETENTION = {
  name: "meetings.retention",
  /** 03:30 every day: registrations of meetings ended more than N years ago become counts. */
  cron: "30 3 * * *",
} as const;

export const DATA_RETENTION = {
  name: "retention.purge",
  /** 03:45 every day: outbox messages older than N days (default 90) and sign-in attempts older than a day are removed. */
  cron: "45 3 * * *",
} as const;

export const SCHEDULES = [FRESHNESS_REMINDERS, AGREEMENT_EXPIRY, AGREEMENT_REMINDERS, MEETING_REMINDERS, MEETING_RETENTION, DATA_RETENTION] as const;

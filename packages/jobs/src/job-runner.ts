import { expireAgreements, portalBaseUrl, purgeExpiredData, reduceOldRegistrations, sendAgreementReminders, sendFreshnessReminders, sendMeetingReminders } from "@kk/api";
import type { Db } from "@kk/db";
import type { Mailer } from "@kk/mail";
import PgBoss from "pg-boss";
import {
  AGREEMENT_EXPIRY,
  AGREEMENT_REMINDERS,
  DATA_RETENTION,
  FRESHNESS_REMINDERS,
  MEETING_REMINDERS,
  MEETING_RETENTION,
  SCHEDULE_TIME_ZONE,
  SCHEDULES,
} from "./schedules.ts";

export interface JobRunnerOptions {
  /** The portal's own database: pg-boss keeps its tables in the "pgboss" schema there. */
  connectionString: string;
  db: Db;
  mailer: Mailer;
  /** Public URL of the portal for links in e-mail; defaults to NEXTAUTH_URL. */
  baseUrl?: string;
  /** The clock for job handlers; tests pass a fixed one. */
  now?: () => Date;
  log?: Pick<Console, "info" | "error">;
  /** How often workers look for jobs; pg-boss's default is 2 seconds. */
  pollingIntervalSeconds?: number;
}

export interface JobRunner {
  /** The pg-boss instance, for tests and for sending a job on demand. */
  readonly boss: PgBoss;
  /** Stops fetching new jobs and waits (up to `timeoutMs`) for running ones to finish. */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Starts pg-boss inside the portal process (docs/adr/0009): creates its schema on first start,
 * registers the schedules and the workers. Every instance of the portal may run this: a cron
 * schedule becomes one job per slot and workers fetch jobs with SKIP LOCKED, so each job runs once.
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const log = options.log ?? console;
  const now = options.now ?? (() => new Date());
  const boss = new PgBoss({
    connectionString: options.connectionString,
    application_name: "ketenportaal-jobs",
    // Small pool: the portal's own Prisma pool does the real work.
    max: 3,
    ...(options.pollingIntervalSeconds ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {}),
  });
  boss.on("error", (error) => log.error("[jobs] pg-boss error:", error));
  await boss.start();

  const baseUrl = () => options.baseUrl ?? portalBaseUrl();
  // Every job is a singleton queue: one run at a time across all instances. Retries are safe
  // because each job skips what an earlier run already did (reminded editors, sent agreement
  // reminders, agreements already VERLOPEN).
  const register = async <T extends object>(job: { name: string; cron: string }, handler: () => Promise<T>, summary: (run: T) => string) => {
    await boss.createQueue(job.name, {
      name: job.name,
      policy: "singleton",
      retryLimit: 3,
      retryDelay: 300,
      retryBackoff: true,
      expireInSeconds: 15 * 60,
    });
    await boss.schedule(job.name, job.cron, {}, { tz: SCHEDULE_TIME_ZONE });
    await boss.work(job.name, async () => {
      const run = await handler();
      log.info(`[jobs] ${job.name}: ${summary(run)}`);
      return run;
    });
  };

  await register(
    FRESHNESS_REMINDERS,
    () => sendFreshnessReminders(options.db, options.mailer, { now: now(), baseUrl: baseUrl() }),
    (run) => `${run.sent} sent, ${run.alreadyReminded} already reminded, ${run.failed} failed`,
  );
  // Expiry runs shortly after midnight, so the status matches the end date from the start of
  // the (Dutch) day; the end date itself is the last day in force.
  await register(
    AGREEMENT_EXPIRY,
    () => expireAgreements(options.db, now()),
    (run) => `${run.expired.length} expired (today ${run.today})`,
  );
  await register(
    AGREEMENT_REMINDERS,
    () => sendAgreementReminders(options.db, options.mailer, { now: now(), baseUrl: baseUrl() }),
    (run) => `${run.sent} sent, ${run.alreadySent} already sent, ${run.failed} failed, ${run.ownerInactive} owner inactive`,
  );
  await register(
    MEETING_REMINDERS,
    () => sendMeetingReminders(options.db, options.mailer, { now: now(), baseUrl: baseUrl() }),
    (run) => `${run.sent} sent, ${run.failed} failed, ${run.inactive} inactive (within ${run.daysBefore} days of ${run.today})`,
  );
  // Privacy: registrations of long-past meetings become counts per organisation and sector.
  await register(
    MEETING_RETENTION,
    () => reduceOldRegistrations(options.db, now()),
    (run) => `${run.meetings} meetings reduced, ${run.registrationsRemoved} registrations removed (ended before ${run.cutoff.toISOString()})`,
  );
  // Privacy: stored e-mails after N days, sign-in attempts after a day (issue 14, finding 5).
  await register(
    DATA_RETENTION,
    () => purgeExpiredData(options.db, now()),
    (run) => `${run.outboxRemoved} outbox messages (before ${run.outboxCutoff.toISOString()}), ${run.signInAttemptsRemoved} sign-in attempts, ${run.sessionsRemoved} ended sessions removed`,
  );
  log.info(`[jobs] started; ${SCHEDULES.map((job) => `${job.name} at "${job.cron}"`).join(", ")} ${SCHEDULE_TIME_ZONE}`);

  return {
    boss,
    async stop(timeoutMs = 20_000) {
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    },
  };
}

/** KK_JOBS=off runs the portal without the scheduler (e.g. a read-only instance or a one-off task). */
export function jobsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.KK_JOBS ?? "on").trim().toLowerCase() !== "off";
}

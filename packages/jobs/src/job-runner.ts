import { portalBaseUrl, sendFreshnessReminders } from "@kk/api";
import type { Db } from "@kk/db";
import type { Mailer } from "@kk/mail";
import PgBoss from "pg-boss";
import { FRESHNESS_REMINDERS, SCHEDULE_TIME_ZONE } from "./schedules.ts";

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

  // Singleton: one run at a time across all instances. Retries are safe: the run skips editors
  // who already had this month's reminder.
  await boss.createQueue(FRESHNESS_REMINDERS.name, {
    name: FRESHNESS_REMINDERS.name,
    policy: "singleton",
    retryLimit: 3,
    retryDelay: 300,
    retryBackoff: true,
    expireInSeconds: 15 * 60,
  });
  await boss.schedule(FRESHNESS_REMINDERS.name, FRESHNESS_REMINDERS.cron, {}, { tz: SCHEDULE_TIME_ZONE });
  await boss.work(FRESHNESS_REMINDERS.name, async () => {
    const run = await sendFreshnessReminders(options.db, options.mailer, { now: now(), baseUrl: options.baseUrl ?? portalBaseUrl() });
    log.info(`[jobs] ${FRESHNESS_REMINDERS.name}: ${run.sent} sent, ${run.alreadyReminded} already reminded, ${run.failed} failed`);
    return run;
  });
  log.info(`[jobs] started; ${FRESHNESS_REMINDERS.name} at "${FRESHNESS_REMINDERS.cron}" ${SCHEDULE_TIME_ZONE}`);

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

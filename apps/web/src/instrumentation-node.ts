import { getEnv, InvalidEnvironmentError } from "./env";

export function validateEnvironmentOrExit(): void {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    getEnv();
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

const globalForJobs = globalThis as unknown as { kkJobsStarted?: boolean };

/**
 * Starts the scheduled jobs (pg-boss, docs/adr/0009) in this server process, unless KK_JOBS=off.
 * Not awaited by the caller: a slow or failing job runner must not keep the portal from serving
 * pages. On SIGTERM the runner stops taking jobs and lets a running one finish while Next.js shuts
 * down; a job cut off anyway expires and is retried (the reminders skip who already had one).
 */
export async function startBackgroundJobs(): Promise<void> {
  if (process.env.NEXT_PHASE === "phase-production-build" || globalForJobs.kkJobsStarted) return;
  globalForJobs.kkJobsStarted = true;
  const { jobsEnabled, startJobRunner } = await import("@kk/jobs");
  if (!jobsEnabled()) {
    console.info("[jobs] KK_JOBS=off: scheduled jobs do not run in this process.");
    return;
  }
  const { getDb } = await import("@kk/db");
  const { createMailerFromEnvironment } = await import("@kk/mail");
  const db = getDb();
  try {
    const runner = await startJobRunner({ connectionString: getEnv().DATABASE_URL, db, mailer: createMailerFromEnvironment(db) });
    process.once("SIGTERM", () => {
      runner.stop().catch((error: unknown) => console.error("[jobs] stopping failed:", error));
    });
  } catch (error) {
    console.error("[jobs] could not start; the portal runs without scheduled jobs:", error);
  }
}

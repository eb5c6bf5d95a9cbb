/**
 * Runs once when the server starts (not during `next build`): a bad setting stops the server
 * with a message naming the variable, instead of failing on the first request. Then the
 * scheduled jobs start in the background (KK_JOBS=off leaves them out).
 * The Node-only part lives in its own module so the Edge bundle never sees process.exit.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startBackgroundJobs, validateEnvironmentOrExit } = await import("./instrumentation-node");
    validateEnvironmentOrExit();
    void startBackgroundJobs();
  }
}

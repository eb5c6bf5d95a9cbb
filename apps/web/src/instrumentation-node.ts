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

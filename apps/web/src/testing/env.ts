import { InvalidEnvironmentError, parseEnv } from "../env";

/**
 * Test helpers for the environment checks (`env.ts`): a valid production environment to vary one
 * setting at a time, and the problems `parseEnv` names for an environment. Test-only: nothing in
 * the app imports this folder.
 */

/** A complete, valid production environment (a generated secret, an https URL). */
export const productionEnv = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://u:p@db.example:5432/kk",
  NEXTAUTH_URL: "https://portaal.gemeente.example",
  NEXTAUTH_SECRET: "q3Zr8xV1mT0pLk2Yw9Hc4Jd6Nb5Gf7Sa-Ue_RiOoPy",
} as const;

/** What `parseEnv` refuses in `source`, one line a setting; none when it accepts it. */
export function problemsOf(source: NodeJS.ProcessEnv): string[] {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) return error.problems;
    throw error;
  }
}

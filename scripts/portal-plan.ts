import { randomBytes } from "node:crypto";
import { DEVELOPMENT_SECRET, productionSecretProblem, productionUrlProblem } from "../apps/web/src/production-settings.ts";

/**
 * What `npm run dev` and `npm start` do before Next.js starts (issue 14, finding 8): a pure
 * decision on the environment, so the rules are tested without starting anything.
 *
 * `npm start` is production. It runs only on a real database (DATABASE_URL), with an https
 * NEXTAUTH_URL and a generated NEXTAUTH_SECRET, and never loads the demo accounts, unless
 * KK_DEMO=1 asks for a demo: then the embedded database, the demo data, http://localhost and a
 * fresh random secret per run are allowed. `npm run dev` keeps its defaults.
 */
export type PortalPlan =
  | { kind: "refuse"; problems: string[] }
  | {
      kind: "run";
      /** Start the embedded PostgreSQL (no DATABASE_URL). */
      embedded: boolean;
      /** Load the demo organisations and accounts (passwords in the README). */
      seedDemo: boolean;
      /** Settings for the Next.js process, on top of the inherited environment. */
      env: Record<string, string>;
      notes: string[];
    };

export function planPortal(mode: "dev" | "start", env: Record<string, string | undefined>, port: string, secret: () => string = randomSecret): PortalPlan {
  const embedded = !env.DATABASE_URL;
  const localUrl = `http://localhost:${port}`;
  if (mode === "dev") {
    const seedDemo = embedded || env.KK_DEMO_MODE === "true" || env.KK_DEMO === "1";
    return {
      kind: "run",
      embedded,
      seedDemo,
      env: {
        NEXTAUTH_URL: env.NEXTAUTH_URL ?? localUrl,
        NEXTAUTH_SECRET: env.NEXTAUTH_SECRET || DEVELOPMENT_SECRET,
        ...(seedDemo ? { KK_DEMO_MODE: "true" } : {}),
      },
      notes: [],
    };
  }

  if (env.KK_DEMO === "1") {
    return {
      kind: "run",
      embedded,
      seedDemo: true,
      env: {
        NEXTAUTH_URL: env.NEXTAUTH_URL ?? localUrl,
        NEXTAUTH_SECRET: env.NEXTAUTH_SECRET && !productionSecretProblem(env.NEXTAUTH_SECRET) ? env.NEXTAUTH_SECRET : secret(),
        KK_DEMO_MODE: "true",
      },
      notes: ["KK_DEMO=1: demo portal with the demo accounts. Never use this for real data."],
    };
  }

  const problems: string[] = [];
  if (embedded) {
    problems.push(
      "DATABASE_URL is not set. `npm start` runs the portal in production and needs your PostgreSQL database " +
        "(postgresql://…); it does not start the embedded development database. For a demo on this machine: KK_DEMO=1 npm start.",
    );
  }
  const urlProblem = productionUrlProblem(env.NEXTAUTH_URL);
  if (urlProblem) problems.push(`NEXTAUTH_URL ${urlProblem}.`);
  const secretProblem = productionSecretProblem(env.NEXTAUTH_SECRET);
  if (secretProblem) problems.push(`NEXTAUTH_SECRET ${secretProblem}.`);
  if (problems.length > 0) return { kind: "refuse", problems };
  const notes = env.KK_DEMO_MODE === "true" ? ["KK_DEMO_MODE=true shows the demo badge only; demo accounts are loaded only with KK_DEMO=1."] : [];
  return { kind: "run", embedded: false, seedDemo: false, env: {}, notes };
}

function randomSecret(): string {
  return randomBytes(32).toString("base64url");
}

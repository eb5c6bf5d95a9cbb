/**
 * The web server for the e2e run (started by Playwright's `webServer`, from the repository root):
 *
 *   1. a throw-away PostgreSQL (`startTestPostgres()`), or the server of DATABASE_URL when set;
 *   2. a fresh database `kk_e2e_<timestamp>` on it: migrations applied, demo data seeded;
 *   3. the production build of apps/web (`next start` on 127.0.0.1:3100), and a second process of
 *      the same build on the same database (127.0.0.1:4100, KK_E2E_PORT + 1000): the second instance
 *      behind a load balancer, for the journeys that check that a change made through one process
 *      holds at once in the other (issue 17, docs/operations.md). The browser's cookies are per host,
 *      not per port, so one sign-in counts on both.
 *
 * On SIGTERM/SIGINT (Playwright's graceful shutdown) it stops Next.js, drops the database and
 * stops PostgreSQL. The build itself is not done here: `npm test` runs `npm run build -w @kk/web`
 * first, or run it yourself before `npx playwright test -c e2e/playwright.config.ts`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createPrismaClient } from "@kk/db";
import { dropDatabaseOn, ensureDatabaseOn } from "@kk/db/embedded";
import { applyMigrations, ensureAppRole } from "@kk/db/migrations";
import { seedDemo } from "@kk/db/seed";
import { startTestPostgres, withDatabase } from "@kk/db/testing";

/** This run's session secret; two-factor secrets are sealed with a key derived from it (docs/adr/0018). */
const SESSION_SECRET = randomBytes(32).toString("base64url");

const HOST = "127.0.0.1";
const PORT = Number(process.env.KK_E2E_PORT ?? 3100);
const DIST_DIR = process.env.KK_NEXT_DIST_DIR ?? ".next";
const BASE_URL = `http://${HOST}:${PORT}`;
const SECOND_PORT = PORT + 1000;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const webDir = path.join(root, "apps", "web");

function log(message: string): void {
  console.log(`[e2e-server] ${message}`);
}

function fail(message: string): never {
  console.error(`[e2e-server] ${message}`);
  process.exit(1);
}

/** Same server, other database: the database is the URL's path. */
function nextBinary(): string {
  // The `next` package is hoisted to the root node_modules by npm workspaces; resolving it from
  // apps/web finds it wherever npm put it.
  const require = createRequire(path.join(webDir, "package.json"));
  try {
    return require.resolve("next/dist/bin/next");
  } catch {
    return fail("Cannot find the `next` package from apps/web. Run `npm install` at the repository root.");
  }
}

if (!fs.existsSync(path.join(webDir, DIST_DIR, "BUILD_ID"))) {
  fail(
    `No production build of the web app (apps/web/${DIST_DIR}/BUILD_ID is missing).\n` +
      "  Build it first: `npm run build -w @kk/web` (`npm test` does this before the e2e step).",
  );
}
const nextBin = nextBinary();

let shuttingDown = false;
const servers: ChildProcess[] = [];
let stopPostgres: (() => Promise<void>) | undefined;
let dropDatabase: (() => Promise<void>) | undefined;

async function shutdown(exitCode: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  await Promise.all(
    servers
      .filter((server) => server.exitCode === null && server.signalCode === null)
      .map(async (server) => {
        const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
        server.kill("SIGTERM");
        const timer = setTimeout(() => server.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      }),
  );
  if (dropDatabase) {
    await dropDatabase().catch((error: unknown) =>
      // On the throw-away server this is harmless: the whole server is removed by stop().
      log(`Could not drop the e2e database: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
  if (stopPostgres) {
    await stopPostgres().catch((error: unknown) =>
      log(`Could not stop PostgreSQL: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
  process.exit(exitCode);
}

process.on("SIGTERM", () => void shutdown(0));
process.on("SIGINT", () => void shutdown(0));

async function main(): Promise<void> {
  const started = performance.now();

  let serverUrl: string;
  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL;
    log("DATABASE_URL is set: creating the e2e database on that server.");
  } else {
    const postgres = await startTestPostgres();
    serverUrl = postgres.serverUrl;
    stopPostgres = () => postgres.stop();
    log("Started a throw-away PostgreSQL.");
  }
  if (shuttingDown) return;

  const database = `kk_e2e_${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${randomBytes(3).toString("hex")}`;
  await ensureDatabaseOn(serverUrl, database);
  const databaseUrl = withDatabase(serverUrl, database);
  dropDatabase = async () => {
    await dropDatabaseOn(serverUrl, database);
    log(`Dropped database ${database}.`);
  };
  log(`Created database ${database}.`);

  await applyMigrations(databaseUrl);
  const db = createPrismaClient(databaseUrl);
  try {
    // The demo BEHEERDER and COORDINATOR get their TOTP secret sealed with the server's key.
    await seedDemo(db, { mfaKeyMaterial: process.env.KK_MFA_KEY || SESSION_SECRET });
  } finally {
    await db.$disconnect();
  }
  // The portal connects as the application role, subject to row-level security (docs/adr/0024).
  const appDatabaseUrl = await ensureAppRole(databaseUrl);
  log(`Migrated and seeded in ${((performance.now() - started) / 1000).toFixed(1)}s.`);
  if (shuttingDown) return;

  // The OIDC provider stays off in e2e, whatever the calling shell has set.
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith("AUTH_OIDC_")),
  );
  for (const port of [PORT, SECOND_PORT]) {
    const server = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", HOST], {
      cwd: webDir,
      stdio: ["ignore", "inherit", "inherit"],
      env: {
        ...env,
        NODE_ENV: "production",
        DATABASE_URL: appDatabaseUrl,
        // Both processes are one portal: the same public address, secret and database.
        NEXTAUTH_URL: BASE_URL,
        NEXTAUTH_SECRET: SESSION_SECRET,
        KK_DEMO_MODE: "true",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    server.on("exit", (code, signal) => {
      if (shuttingDown) return;
      log(`next start on port ${port} exited unexpectedly (${signal ?? `exit code ${String(code)}`}).`);
      void shutdown(code || 1);
    });
    servers.push(server);
  }
  log(`Starting the production server on ${BASE_URL} and a second process on port ${SECOND_PORT} (database ${database}).`);
}

main().catch((error: unknown) => {
  console.error("[e2e-server] Could not start:", error);
  void shutdown(1);
});

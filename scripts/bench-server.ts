/**
 * The portal as the HTTP benchmarks measure it (bench-search.ts, bench-lighthouse.ts): a database
 * on the bench server with the migrations and the demo seed, the production build of apps/web under
 * `next start` (build dir KK_NEXT_DIST_DIR or .next, port KK_BENCH_PORT or 3190), and a session
 * cookie from the real next-auth credentials sign-in.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createPrismaClient, type Db } from "@kk/db";
import { dropDatabaseOn, ensureDatabaseOn } from "@kk/db/embedded";
import { applyMigrations } from "@kk/db/migrations";
import { seedDemo } from "@kk/db/seed";
import { withDatabase } from "@kk/db/testing";

const PORT = Number(process.env.KK_BENCH_PORT ?? 3190);
const DIST_DIR = process.env.KK_NEXT_DIST_DIR ?? ".next";
const HOST = "127.0.0.1";
export const BENCH_BASE_URL = `http://${HOST}:${PORT}`;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const webDir = path.join(root, "apps", "web");

/** False (and says how to build) when apps/web has no production build to start. */
export function hasProductionBuild(benchmark: string): boolean {
  if (fs.existsSync(path.join(webDir, DIST_DIR, "BUILD_ID"))) return true;
  console.error(
    `\n${benchmark} skipped: no production build in apps/web/${DIST_DIR}.\n` +
      "  Build it first: `npm run build -w @kk/web` (or with KK_NEXT_DIST_DIR=<dir> for another build dir).",
  );
  return false;
}

export type BenchDatabase = {
  url: string;
  db: Db;
  /** Disconnects and drops the database. */
  drop: () => Promise<void>;
};

/** A fresh database on the bench server with every migration and the demo seed (accounts, 41 organisations, figures). */
export async function createDemoDatabase(serverUrl: string, prefix: string): Promise<BenchDatabase> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await ensureDatabaseOn(serverUrl, name);
  const url = withDatabase(serverUrl, name);
  const db = createPrismaClient(url);
  const drop = async () => {
    await db.$disconnect();
    await dropDatabaseOn(serverUrl, name).catch(() => undefined);
  };
  try {
    await applyMigrations(url);
    await seedDemo(db);
  } catch (error) {
    await drop();
    throw error;
  }
  return { url, db, drop };
}

export type BenchServer = {
  /** The `next start` process (for its CPU time). */
  process: ChildProcess;
  /** Ends `next start` and waits until it has exited. */
  stop: () => Promise<void>;
};

/** What a second instance of the same portal shares with the first (bench-floor.ts, two instances). */
export type BenchServerOptions = {
  /** Default KK_BENCH_PORT or 3190. */
  port?: number;
  /** The session secret; instances of one portal share it. Default: a random one per server. */
  secret?: string;
};

/**
 * `next start` on the production build against `databaseUrl`; resolves once it answers.
 * `nodeArgs` go to Node before Next's own, e.g. --cpu-prof (bench-floor.ts; not allowed in NODE_OPTIONS).
 */
export async function startBenchServer(databaseUrl: string, nodeArgs: string[] = [], options: BenchServerOptions = {}): Promise<BenchServer> {
  const port = options.port ?? PORT;
  const require = createRequire(path.join(webDir, "package.json"));
  const nextBin = require.resolve("next/dist/bin/next");
  // The bench signs in with the demo password: an OIDC setting in the caller's shell would change the sign-in page.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("AUTH_OIDC_")));
  const child = spawn(process.execPath, [...nodeArgs, nextBin, "start", "-p", String(port), "-H", HOST], {
    cwd: webDir,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: BENCH_BASE_URL,
      NEXTAUTH_SECRET: options.secret ?? randomBytes(32).toString("base64url"),
      KK_DEMO_MODE: "true",
      KK_NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  try {
    await waitUntilAnswering(child, port);
  } catch (error) {
    await stop();
    throw error;
  }
  return { process: child, stop };
}

async function waitUntilAnswering(child: ChildProcess, port: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  const base = `http://${HOST}:${port}`;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode} (is port ${port} in use? KK_BENCH_PORT picks another)`);
    try {
      const response = await fetch(`${base}/inloggen`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer on ${base} within 60 s`);
}

/** The real sign-in: next-auth's CSRF token, then the credentials callback; returns the cookie (`name=value`). */
export async function signIn(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${BENCH_BASE_URL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${BENCH_BASE_URL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${BENCH_BASE_URL}/`, json: "true" }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Sign-in as ${email} did not return a session cookie (HTTP ${response.status}).`);
  return session;
}

/** "1.2 / 3.4 / 5.6 on 2 CPUs": other work on the machine inflates every timing, so each bench prints it. */
export function machineLoad(): string {
  return `${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} (1/5/15 min) on ${os.availableParallelism()} CPUs`;
}

/**
 * `npm run test:faults`: the portal under a steady write load while PostgreSQL goes away and comes
 * back (issue 14, "Fault test"; docs/security.md, "O — Database outage"). Needs the production
 * build (`npm run build -w @kk/web`; `npm test` builds before this step).
 *
 *   1. its own PostgreSQL (fsync on: acknowledged means durable) and a fresh database, migrated
 *      and seeded like the e2e server; the production portal (`next start`) on its own port;
 *   2. signs in over HTTP as the demo PROFESSIONAL and writes werkatelier cases
 *      (meetingCase.create) from a few parallel writers, remembering every acknowledged id;
 *   3. outage 1: a fast shutdown (SIGINT). Pages and /api/trpc must answer 503 with the Dutch
 *      text and Retry-After (never 500, never slower than the request timeout); then PostgreSQL is
 *      started again on the same data directory and the portal must answer 200 again within
 *      RECOVERY_LIMIT_MS, without a restart;
 *   4. outage 2: the same with an immediate shutdown (SIGQUIT: no checkpoint, crash recovery on
 *      start);
 *   5. stops the load and checks that every acknowledged write is in the database, with its audit
 *      event. Reports how many writes were refused with 503.
 *
 * Exits non-zero with a message naming what failed. Settings (environment):
 *   KK_FAULTS_PORT (default 3190), KK_FAULTS_PG_PORT (default: a free port),
 *   KK_NEXT_DIST_DIR (default .next), KK_FAULTS_OUTAGE_MS (default 5000).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createPrismaClient } from "@kk/db";
import { findFreePort, startEmbeddedPostgres, type EmbeddedPostgres } from "@kk/db/embedded";
import { applyMigrations, ensureAppRole } from "@kk/db/migrations";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "@kk/db/seed";
import superjson from "superjson";

const HOST = "127.0.0.1";
const PORT = Number(process.env.KK_FAULTS_PORT ?? 3190);
const BASE_URL = `http://${HOST}:${PORT}`;
const DIST_DIR = process.env.KK_NEXT_DIST_DIR ?? ".next";
const DATABASE = "kk_faults";

/** The text every 503 carries (pages and tRPC). */
const UNAVAILABLE_TEXT = "De portal is even niet beschikbaar. Probeer het over een paar minuten opnieuw.";
/** No request may take longer than this, down or up ("no hang"). */
const REQUEST_TIMEOUT_MS = 5_000;
/** How long PostgreSQL stays down in each outage. */
const OUTAGE_MS = Number(process.env.KK_FAULTS_OUTAGE_MS ?? 5_000);
/** The proxy trusts an "up" probe for 1 s (apps/web/src/lib/database-outage.ts): pages say 503 after that. */
const PAGE_GRACE_MS = 1_500;
/** After PostgreSQL accepts connections again, the portal must answer 200 within this. */
const RECOVERY_LIMIT_MS = 10_000;
/** Load between the phases, so writes before, between and after the outages are all checked. */
const STEADY_MS = 3_000;
/** Parallel writers and the pause each takes between writes (about 15 writes per second). */
const WRITERS = 3;
const WRITE_PAUSE_MS = 150;
/** The whole test, set-up included. */
const TOTAL_LIMIT_MS = 150_000;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const webDir = path.join(root, "apps", "web");
const started = performance.now();

function log(message: string): void {
  console.log(`[faults ${((performance.now() - started) / 1000).toFixed(1).padStart(5)}s] ${message}`);
}

class FaultTestFailure extends Error {}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new FaultTestFailure(message);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// The portal and its database

let next: ChildProcess | undefined;
let nextExited = false;
let nextLog = "";
let postgres: EmbeddedPostgres | undefined;
const dataDir = path.join(os.tmpdir(), `kk-faults-pg-${process.pid}-${randomBytes(3).toString("hex")}`);

async function startDatabase(port: number): Promise<EmbeddedPostgres> {
  // Not ephemeral: fsync and synchronous commit stay on, as in production, so an acknowledged
  // write must survive the immediate shutdown too.
  return startEmbeddedPostgres({ dataDir, port });
}

function nextBinary(): string {
  const require = createRequire(path.join(webDir, "package.json"));
  return require.resolve("next/dist/bin/next");
}

function startPortal(databaseUrl: string): void {
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("AUTH_OIDC_")));
  next = spawn(process.execPath, [nextBinary(), "start", "-p", String(PORT), "-H", HOST], {
    cwd: webDir,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: BASE_URL,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      KK_DEMO_MODE: "true",
      KK_NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const collect = (chunk: Buffer) => (nextLog += chunk.toString("utf8"));
  next.stdout?.on("data", collect);
  next.stderr?.on("data", collect);
  next.on("exit", () => (nextExited = true));
}

async function stopPortal(): Promise<void> {
  if (!next || nextExited) return;
  const exited = new Promise<void>((resolve) => next?.once("exit", () => resolve()));
  next.kill("SIGTERM");
  const timer = setTimeout(() => next?.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/** The postmaster's pid, from the first line of postmaster.pid. */
function postmasterPid(): number {
  const pid = Number.parseInt(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0] ?? "", 10);
  check(Number.isFinite(pid) && pid > 0, `no postmaster pid in ${dataDir}/postmaster.pid`);
  return pid;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Stops PostgreSQL: "fast" (SIGINT: clients cut, checkpoint) or "immediate" (SIGQUIT: no checkpoint, crash recovery on start). */
async function stopDatabase(mode: "fast" | "immediate"): Promise<void> {
  check(postgres !== undefined, "PostgreSQL is not running");
  const pid = postmasterPid();
  process.kill(pid, mode === "fast" ? "SIGINT" : "SIGQUIT");
  const deadline = Date.now() + 20_000;
  while (isAlive(pid)) {
    check(Date.now() < deadline, `PostgreSQL (pid ${pid}) did not stop within 20 s after ${mode} shutdown`);
    await sleep(50);
  }
  await postgres.stop(); // already exited: only releases the handle
}

// ---------------------------------------------------------------------------------------------
// HTTP as the browser does it

const cookies = new Map<string, string>();

function remember(response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair = ""] = line.split(";", 1);
    const eq = pair.indexOf("=");
    if (eq > 0) cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
}

function cookieHeader(): string {
  return [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
}

interface Answer {
  status: number;
  text: string;
  headers: Headers;
  ms: number;
}

/** One request with the session's cookies; a request that takes longer than REQUEST_TIMEOUT_MS is status 0 ("hang"). */
async function request(url: string, init: RequestInit = {}): Promise<Answer> {
  const begin = performance.now();
  try {
    const response = await fetch(`${BASE_URL}${url}`, {
      ...init,
      redirect: "manual",
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      headers: { cookie: cookieHeader(), ...(init.headers as Record<string, string> | undefined) },
    });
    const text = await response.text();
    return { status: response.status, text, headers: response.headers, ms: performance.now() - begin };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    return { status: timedOut ? 0 : -1, text: error instanceof Error ? error.message : String(error), headers: new Headers(), ms: performance.now() - begin };
  }
}

async function waitForPortal(limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    check(!nextExited, `next start exited while starting:\n${tail(nextLog)}`);
    const answer = await request("/inloggen");
    if (answer.status === 200) return;
    check(Date.now() < deadline, `the portal did not answer /inloggen with 200 within ${limitMs / 1000} s (last: ${answer.status})`);
    await sleep(250);
  }
}

async function signIn(email: string, name: string): Promise<void> {
  const csrf = await fetch(`${BASE_URL}/api/auth/csrf`);
  remember(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${BASE_URL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(), origin: BASE_URL },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, callbackUrl: `${BASE_URL}/`, json: "true" }),
  });
  remember(response);
  check([...cookies.keys()].some((key) => key.includes("session-token")), `signing in as ${email} set no session cookie (status ${response.status})`);
  const home = await request("/");
  check(home.status === 200 && home.text.includes(`Welkom, ${name}`), `after signing in, / did not greet ${name} (status ${home.status})`);
}

const mutationHeaders = { "content-type": "application/json", origin: BASE_URL, "sec-fetch-site": "same-origin" };

function trpcQuery(procedure: string, input: unknown): Promise<Answer> {
  return request(`/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`);
}

// ---------------------------------------------------------------------------------------------
// The write load

interface Write {
  seq: number;
  title: string;
  status: number;
  id?: string;
  /** When the write was sent (performance.now()). */
  at: number;
  detail?: string;
}

const writes: Write[] = [];
let loadRunning = false;
let sequence = 0;

async function writeOnce(meetingId: string): Promise<void> {
  sequence += 1;
  const seq = sequence;
  const title = `Storingstest casus ${seq}`;
  const at = performance.now();
  const input = { meetingId, title, positions: "", facts: "Schrijflast tijdens een storing van de database.", weighing: "", decision: "" };
  const answer = await request("/api/trpc/meetingCase.create", { method: "POST", headers: mutationHeaders, body: JSON.stringify(superjson.serialize(input)) });
  const write: Write = { seq, title, status: answer.status, at };
  if (answer.status === 200) {
    const body = JSON.parse(answer.text) as { result?: { data?: { json?: { id?: string; title?: string } } } };
    write.id = body.result?.data?.json?.id;
    if (!write.id || body.result?.data?.json?.title !== title) write.detail = `200 without the case: ${answer.text.slice(0, 200)}`;
  } else if (answer.status === 503) {
    if (!answer.text.includes(UNAVAILABLE_TEXT)) write.detail = `503 without the Dutch message: ${answer.text.slice(0, 200)}`;
  } else {
    write.detail = answer.text.slice(0, 300);
  }
  writes.push(write);
}

function startLoad(meetingId: string): Promise<void[]> {
  loadRunning = true;
  return Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (loadRunning) {
        await writeOnce(meetingId);
        await sleep(WRITE_PAUSE_MS);
      }
    }),
  );
}

function writesBetween(from: number, to: number): Write[] {
  return writes.filter((write) => write.at >= from && write.at < to);
}

function countByStatus(list: Write[] | Answer[]): string {
  const counts = new Map<number, number>();
  for (const item of list) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  return [...counts].map(([status, count]) => `${count}× ${status === 0 ? "timeout" : status}`).join(", ") || "none";
}

// ---------------------------------------------------------------------------------------------
// The phases

interface OutageReport {
  mode: string;
  pageChecks: number;
  trpcChecks: number;
  graceStatuses: string;
  recoveryMs: number;
  refused: number;
}

/** While PostgreSQL is down: every page and tRPC call answers 503 with the Dutch text (after the proxy's grace). */
async function checkWhileDown(downSince: number): Promise<{ pages: number; trpc: number; grace: Answer[] }> {
  let pages = 0;
  let trpc = 0;
  const grace: Answer[] = [];
  while (performance.now() - downSince < OUTAGE_MS) {
    const [signedIn, signIn, call] = await Promise.all([request("/werkateliers"), request("/inloggen", { headers: { cookie: "" } }), trpcQuery("organisation.options", {})]);
    for (const [label, answer] of [["/werkateliers (signed in)", signedIn], ["/inloggen", signIn]] as const) {
      check(answer.status !== 0, `page ${label} hung for ${REQUEST_TIMEOUT_MS / 1000} s while the database was down`);
      if (performance.now() - downSince < PAGE_GRACE_MS && answer.status !== 503) {
        grace.push(answer);
        continue;
      }
      check(answer.status === 503, `page ${label} answered ${answer.status} while the database was down (expected 503):\n${answer.text.slice(0, 300)}`);
      check(answer.text.includes(UNAVAILABLE_TEXT), `the 503 page for ${label} lacks the Dutch text`);
      check(answer.headers.get("retry-after") !== null, `the 503 page for ${label} has no Retry-After`);
      pages += 1;
    }
    check(call.status !== 0, `tRPC hung for ${REQUEST_TIMEOUT_MS / 1000} s while the database was down`);
    check(call.status === 503, `tRPC organisation.options answered ${call.status} while the database was down (expected 503):\n${call.text.slice(0, 300)}`);
    check(call.text.includes(UNAVAILABLE_TEXT), "tRPC's 503 lacks the Dutch message");
    check(call.headers.get("retry-after") !== null, "tRPC's 503 has no Retry-After");
    trpc += 1;
    await sleep(200);
  }
  return { pages, trpc, grace };
}

/** After PostgreSQL is back: the signed-in page and tRPC answer 200 again, without restarting the portal. */
async function waitForRecovery(backSince: number): Promise<number> {
  for (;;) {
    check(!nextExited, `next start exited during the outage:\n${tail(nextLog)}`);
    const [page, call] = await Promise.all([request("/werkateliers"), trpcQuery("organisation.options", {})]);
    if (page.status === 200 && call.status === 200) return performance.now() - backSince;
    check(
      performance.now() - backSince < RECOVERY_LIMIT_MS,
      `the portal did not recover within ${RECOVERY_LIMIT_MS / 1000} s after PostgreSQL was back (page ${page.status}, tRPC ${call.status})`,
    );
    await sleep(100);
  }
}

async function outage(mode: "fast" | "immediate", pgPort: number): Promise<OutageReport> {
  log(`outage (${mode} shutdown): stopping PostgreSQL under load`);
  const downSince = performance.now();
  await stopDatabase(mode);
  log(`PostgreSQL stopped after ${Math.round(performance.now() - downSince)} ms; checking pages and tRPC for ${OUTAGE_MS / 1000} s`);
  const down = await checkWhileDown(downSince);
  postgres = await startDatabase(pgPort);
  const backSince = performance.now();
  log("PostgreSQL started again on the same data directory");
  const recoveryMs = await waitForRecovery(backSince);
  log(`portal answers 200 again ${Math.round(recoveryMs)} ms after PostgreSQL accepted connections`);
  const during = writesBetween(downSince, performance.now());
  return {
    mode,
    pageChecks: down.pages,
    trpcChecks: down.trpc,
    graceStatuses: countByStatus(down.grace),
    recoveryMs,
    refused: during.filter((write) => write.status === 503).length,
  };
}

function tail(text: string, lines = 30): string {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}

async function main(): Promise<void> {
  check(
    fs.existsSync(path.join(webDir, DIST_DIR, "BUILD_ID")),
    `no production build (apps/web/${DIST_DIR}/BUILD_ID). Build it first: npm run build -w @kk/web`,
  );
  const pgPort = Number(process.env.KK_FAULTS_PG_PORT ?? (await findFreePort()));
  postgres = await startDatabase(pgPort);
  await postgres.ensureDatabase(DATABASE);
  const databaseUrl = postgres.urlFor(DATABASE);
  await applyMigrations(databaseUrl);
  const setupDb = createPrismaClient(databaseUrl);
  let meetingId: string;
  try {
    await seedDemo(setupDb);
    const meeting = await setupDb.meeting.findFirst({ where: { type: "WERKATELIER", status: { not: "GEANNULEERD" } }, select: { id: true } });
    check(meeting !== null, "the demo data has no open werkatelier to write cases for");
    meetingId = meeting.id;
  } finally {
    await setupDb.$disconnect();
  }
  // The portal connects as the application role, as in production (docs/adr/0024).
  const appDatabaseUrl = await ensureAppRole(databaseUrl);
  log(`PostgreSQL on 127.0.0.1:${pgPort} (data ${dataDir}), database migrated and seeded`);

  startPortal(appDatabaseUrl);
  await waitForPortal(60_000);
  log(`portal (production build) on ${BASE_URL}`);
  const account = DEMO_ACCOUNTS.find((a) => a.role === "PROFESSIONAL");
  check(account !== undefined, "no demo PROFESSIONAL");
  await signIn(account.email, account.name);
  log(`signed in as ${account.email} (PROFESSIONAL)`);

  const load = startLoad(meetingId);
  log(`write load: ${WRITERS} writers, meetingCase.create, ${WRITE_PAUSE_MS} ms pause each`);
  const warmStart = performance.now();
  await sleep(STEADY_MS);
  const warm = writesBetween(warmStart, performance.now());
  check(warm.length > 0 && warm.every((write) => write.status === 200 && !write.detail), `writes failed before any outage: ${countByStatus(warm)} ${warm.find((w) => w.detail)?.detail ?? ""}`);
  log(`steady: ${warm.length} writes in ${STEADY_MS / 1000} s, all acknowledged`);

  const reports: OutageReport[] = [];
  for (const mode of ["fast", "immediate"] as const) {
    reports.push(await outage(mode, pgPort));
    const since = performance.now();
    await sleep(STEADY_MS);
    const after = writesBetween(since, performance.now());
    check(after.length > 0 && after.every((write) => write.status === 200), `writes after the ${mode} outage did not all succeed: ${countByStatus(after)}`);
    log(`steady again: ${after.length} writes after recovery, all acknowledged`);
  }
  loadRunning = false;
  await load;

  const odd = writes.filter((write) => write.detail !== undefined || ![200, 503].includes(write.status));
  check(
    odd.length === 0,
    `${odd.length} writes answered something other than 200 or a Dutch 503:\n${odd.slice(0, 5).map((w) => `  #${w.seq}: ${w.status === 0 ? "timeout" : w.status} ${w.detail ?? ""}`).join("\n")}`,
  );

  const acknowledged = writes.filter((write) => write.status === 200);
  const verifyDb = createPrismaClient(databaseUrl);
  try {
    const stored = await verifyDb.meetingCase.findMany({ where: { title: { startsWith: "Storingstest casus " } }, select: { id: true, title: true } });
    const byId = new Map(stored.map((row) => [row.id, row.title]));
    const missing = acknowledged.filter((write) => byId.get(write.id ?? "") !== write.title);
    check(missing.length === 0, `${missing.length} acknowledged writes are NOT in the database: ${missing.slice(0, 10).map((w) => `#${w.seq} ${w.id}`).join(", ")}`);
    const audited = await verifyDb.auditEvent.count({ where: { action: "meetingCase.create", entityId: { in: acknowledged.map((w) => w.id ?? "") } } });
    check(audited === acknowledged.length, `${acknowledged.length - audited} acknowledged writes have no audit event`);
    const unacknowledgedButStored = stored.length - acknowledged.length;

    const logErrors = nextLog.split("\n").filter((line) => line.includes("[fout "));
    check(logErrors.length === 0, `the portal logged ${logErrors.length} unexpected errors (masked 500s):\n${logErrors.slice(0, 5).join("\n")}`);

    console.log("\n==== fault test passed ====");
    console.log(`  writes attempted            ${writes.length}`);
    console.log(`  acknowledged (200)          ${acknowledged.length}, every one in the database with its audit event`);
    console.log(`  refused with 503            ${writes.filter((w) => w.status === 503).length}`);
    console.log(`  stored without an answer    ${unacknowledgedButStored} (committed, the response lost with the connection)`);
    for (const report of reports) {
      console.log(
        `  ${report.mode.padEnd(9)} shutdown: ${report.pageChecks} page and ${report.trpcChecks} tRPC checks answered 503; ` +
          `${report.refused} writes refused; recovered ${(report.recoveryMs / 1000).toFixed(1)} s after PostgreSQL was back; ` +
          `first ${PAGE_GRACE_MS / 1000} s (proxy's cached probe): ${report.graceStatuses} other than 503`,
      );
    }
    console.log(`  total                       ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await verifyDb.$disconnect();
  }
}

async function cleanUp(): Promise<void> {
  loadRunning = false;
  await stopPortal().catch(() => undefined);
  await postgres?.stop().catch(() => undefined);
  await fsp.rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
  await fsp.rm(`${dataDir}.log`, { force: true }).catch(() => undefined);
}

const limit = setTimeout(() => {
  console.error(`\n#### fault test FAILED: took longer than ${TOTAL_LIMIT_MS / 1000} s ####`);
  void cleanUp().finally(() => process.exit(1));
}, TOTAL_LIMIT_MS);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void cleanUp().finally(() => process.exit(130)));
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  exitCode = 1;
  const message = error instanceof FaultTestFailure ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`\n#### fault test FAILED: ${message} ####`);
  if (nextLog) console.error(`---- last lines of the portal's log ----\n${tail(nextLog)}`);
} finally {
  clearTimeout(limit);
  await cleanUp();
}
process.exit(exitCode);

/**
 * `npm run bench`: speed targets, measured (never in timed unit tests). Prints medians of N runs and
 * the ratios between them. Uses a throw-away embedded PostgreSQL (or DATABASE_URL's server).
 *
 * Targets (issue 2): a fresh test database from the template no slower than migrating an empty one
 * (the gap grows with every migration); an argon2id hash between 20 and 500 ms (slow enough to resist guessing, fast enough
 * for sign-in). The sociale kaart search benchmark (issue 3) is in ./bench-search.ts.
 *
 *   npm run bench              every benchmark
 *   npm run bench -- search    only the search benchmark (needs a production build of apps/web)
 *   npm run bench -- dashboard only the Veilig Thuis dashboard benchmark (./bench-dashboard.ts)
 *   npm run bench -- floor     only the cost of each layer of a request (./bench-floor.ts; needs a
 *                              production build; BENCH_CPU_PROFILE=1 adds a CPU profile of the search)
 *   npm run bench -- lighthouse only page weight and Lighthouse scores (./bench-lighthouse.ts; needs a
 *                              production build and Debian's Chromium)
 *   npm run bench -- weight    only the portal pages' JavaScript from the build's manifests
 *                              (./page-weight.ts: no browser, no server, seconds; CI runs it too)
 */
import { randomBytes } from "node:crypto";
import { hashPassword } from "@kk/db";
import { dropDatabaseOn, ensureDatabaseOn } from "@kk/db/embedded";
import { applyMigrations } from "@kk/db/migrations";
import { createTestDatabase, prepareTemplate, dropTemplate, startTestPostgres, withDatabase } from "@kk/db/testing";
import { benchDashboard } from "./bench-dashboard.ts";
import { benchFloor } from "./bench-floor.ts";
import { benchLighthouse } from "./bench-lighthouse.ts";
import { benchSearch } from "./bench-search.ts";
import { checkPageWeight, webDistDir } from "./page-weight.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const only = process.argv[2];

async function median(label: string, run: () => Promise<void>): Promise<number> {
  await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const value = times[Math.floor(times.length / 2)] ?? Number.NaN;
  console.log(`${label.padEnd(44)} median ${value.toFixed(1).padStart(8)} ms  (n=${RUNS})`);
  return value;
}

if (only === "weight") {
  // Reads the build only: no database needed.
  const distDir = webDistDir();
  if (!distDir) console.error("\nPage weight: no production build of apps/web; build it first (`npm run build -w @kk/web`).");
  process.exit(distDir && checkPageWeight(distDir, { all: true }) ? 0 : 1);
}

process.env.KK_TEST_RUN_ID = `bench_${randomBytes(3).toString("hex")}`;
const server = await startTestPostgres();
let failed = false;
try {
  if (only === undefined || only === "setup") failed = !(await benchSetup(server.serverUrl));
  if (only === undefined || only === "search") failed = !(await benchSearch(server.serverUrl)) || failed;
  if (only === undefined || only === "dashboard") failed = !(await benchDashboard(server.serverUrl)) || failed;
  if (only === undefined || only === "floor") failed = !(await benchFloor(server.serverUrl)) || failed;
  if (only === undefined || only === "lighthouse") failed = !(await benchLighthouse(server.serverUrl)) || failed;
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);

/** Test databases from the template, and the password hash cost. */
async function benchSetup(serverUrl: string): Promise<boolean> {
  let ok = true;
  await prepareTemplate(serverUrl);
  const migrate = await median("new database + apply all migrations", async () => {
    const name = `kk_bench_${randomBytes(4).toString("hex")}`;
    await ensureDatabaseOn(serverUrl, name);
    await applyMigrations(withDatabase(serverUrl, name));
    await dropDatabaseOn(serverUrl, name);
  });
  const template = await median("new test database from migrated template", async () => {
    const database = await createTestDatabase(serverUrl, "bench");
    await database.drop();
  });
  const hash = await median("argon2id password hash", async () => {
    await hashPassword("correct horse battery staple");
  });
  const ratio = migrate / template;
  console.log(`\ntemplate speed-up: ${ratio.toFixed(1)}× (target ≥ 1×)`);
  console.log(`argon2id hash: ${hash.toFixed(0)} ms (target 20–500 ms)`);
  if (ratio < 1 || hash < 20 || hash > 500) {
    console.error("A benchmark target was missed.");
    ok = false;
  }
  await dropTemplate(serverUrl);
  return ok;
}

/**
 * Veilig Thuis dashboard benchmark (part of `npm run bench`; `npm run bench -- dashboard` runs only this).
 *
 *   1. a database on the bench server: migrations, then generated figures for one municipality
 *      with 40 wijken over 10 years (a year and two half years each), every measure and both
 *      breakdowns for every area (BENCH_DASHBOARD_WIJKEN / BENCH_DASHBOARD_YEARS to change);
 *   2. dashboard.overview through the tRPC caller (policy check, zod, the domain function, Prisma),
 *      sequentially, for the usual views: all years, half years, a chosen period; council.overview
 *      (the council's suppressed view) for all years and half years;
 *   3. the loader alone: loadCurrentFigures as the overview calls it (one period's wijken and
 *      breakdowns) and reading everything (every area, period and breakdown).
 *
 * Target (issue 6): dashboard queries p95 ≤ 50 ms.
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import { createCaller, createTRPCContext } from "@kk/api";
import { createPrismaClient } from "@kk/db";
import { dropDatabaseOn, ensureDatabaseOn } from "@kk/db/embedded";
import { applyMigrations } from "@kk/db/migrations";
import { withDatabase } from "@kk/db/testing";
import { loadCurrentFigures } from "../packages/api/src/vt-dashboard/load-figures.ts";
import { generateFigures } from "../packages/db/src/seed/generate-figures.ts";

const SAMPLES = Number(process.env.BENCH_DASHBOARD_SAMPLES ?? 100);
const WIJKEN = Number(process.env.BENCH_DASHBOARD_WIJKEN ?? 40);
const YEARS = Number(process.env.BENCH_DASHBOARD_YEARS ?? 10);
const TARGET_P95_MS = 50;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function timed(run: () => Promise<unknown>): Promise<{ median: number; p95: number; cpu: number }> {
  for (let i = 0; i < 5; i++) await run(); // warm-up: query plans, Prisma's caches, JIT
  const times: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuBefore);
  times.sort((a, b) => a - b);
  // CPU of this Node process per call (Prisma, our code), without PostgreSQL's: on a loaded machine
  // the wall time waits for a core, the CPU time does not.
  return { median: percentile(times, 50), p95: percentile(times, 95), cpu: (cpu.user + cpu.system) / 1000 / SAMPLES };
}

const ms = (value: number) => value.toFixed(2).padStart(7);

export async function benchDashboard(serverUrl: string): Promise<boolean> {
  const database = `kk_bench_dashboard_${randomBytes(4).toString("hex")}`;
  await ensureDatabaseOn(serverUrl, database);
  const databaseUrl = withDatabase(serverUrl, database);
  const db = createPrismaClient(databaseUrl);
  try {
    await applyMigrations(databaseUrl);
    const started = performance.now();
    const generated = await generateFigures(db, { wijken: WIJKEN, years: YEARS, firstYear: 2018 - YEARS + 1 });
    console.log(
      `\nVeilig Thuis dashboard: ${generated.areas} areas, ${generated.deliveries} deliveries, ${generated.values} values ` +
        `(generated in ${((performance.now() - started) / 1000).toFixed(1)} s); ${SAMPLES} sequential samples each`,
    );
    const coordinator = { id: "bench-coordinator", email: "coordinator@bench.example", name: "Bench", role: "COORDINATOR" as const, organisationId: null, municipalityCode: null };
    const caller = createCaller(createTRPCContext({ db, user: coordinator }));
    // The council's view: the same figures plus suppression (complementary, over several tables).
    const council = createCaller(createTRPCContext({ db, user: { ...coordinator, id: "bench-raad", email: "raad@bench.example", role: "RAAD" as const } }));

    const cases: { label: string; run: () => Promise<unknown>; overview: boolean }[] = [
      { label: "overview, all years (default view)", run: () => caller.dashboard.overview({}), overview: true },
      { label: "overview, half years 2014–2018", run: () => caller.dashboard.overview({ fromYear: 2014, toYear: 2018, periodKind: "HALF_YEAR" }), overview: true },
      { label: "overview, period 2012 chosen", run: () => caller.dashboard.overview({ periodCode: "2012" }), overview: true },
      { label: "council overview, all years (default view)", run: () => council.council.overview({}), overview: true },
      { label: "council overview, half years 2014–2018", run: () => council.council.overview({ fromYear: 2014, toYear: 2018, periodKind: "HALF_YEAR" }), overview: true },
      {
        label: "loader as the overview calls it",
        run: () =>
          loadCurrentFigures(db, {
            include: {
              wijken: (periods) => periods.slice(-1).map((p) => p.code),
              breakdowns: (periods) => periods.slice(-1).map((p) => p.code),
              wijkMeasures: ["ABUSE_CONFIRMED"],
              wijkBreakdowns: false,
            },
          }),
        overview: false,
      },
      { label: "loader, everything (all areas and breakdowns)", run: () => loadCurrentFigures(db), overview: false },
    ];
    const results: { label: string; median: number; p95: number; cpu: number; overview: boolean }[] = [];
    for (const item of cases) {
      const result = await timed(item.run);
      results.push({ label: item.label, ...result, overview: item.overview });
      console.log(`${item.label.padEnd(48)} median ${ms(result.median)} ms   p95 ${ms(result.p95)} ms   Node CPU/call ${ms(result.cpu)} ms`);
    }
    const loader = results.find((r) => r.label === "loader as the overview calls it");
    const defaultView = results[0];
    const load = os.loadavg().map((l) => l.toFixed(1)).join(" / ");
    if (loader && defaultView) console.log(`\noverview / loader (median): ${(defaultView.median / loader.median).toFixed(1)}×`);
    console.log(`load average (1/5/15 min): ${load} on ${os.cpus().length} cores`);
    const worst = Math.max(...results.filter((r) => r.overview).map((r) => r.p95));
    console.log(`dashboard.overview / council.overview p95 (worst view): ${worst.toFixed(1)} ms (target ≤ ${TARGET_P95_MS} ms)`);
    if (worst > TARGET_P95_MS) {
      console.error("The dashboard benchmark target was missed.");
      return false;
    }
    return true;
  } finally {
    await db.$disconnect();
    await dropDatabaseOn(serverUrl, database).catch(() => undefined);
  }
}

/**
 * Sociale kaart search benchmark (part of `npm run bench`; `npm run bench -- search` runs only this).
 *
 *   1. a database on the bench server: migrations, demo seed, 10,000 generated organisations
 *      with ~50,000 contacts (BENCH_ORGS to change);
 *   2. the production build of apps/web (`next start`, build dir KK_NEXT_DIST_DIR or .next);
 *   3. a session cookie for the demo professional, obtained through the real next-auth
 *      credentials sign-in;
 *   4. latency of GET /api/trpc/directory.search per query (sequential), throughput with
 *      autocannon, and the same queries' SQL timed directly on PostgreSQL (pg, no Prisma) and
 *      through the domain function (Prisma, word list for spelling correction cached), so the
 *      overhead of each layer is visible.
 *
 * Targets (issue 3): p95 ≤ 25 ms, ≥ 500 requests/s, endpoint median ≤ 2× the raw SQL median.
 */
import fs from "node:fs";
import { correctedTsquery, directorySearchSql, getVocabulary, searchDirectory } from "@kk/api";
import { directorySearchInput, type DirectorySearchInput } from "@kk/api/schemas";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, generateDirectory } from "@kk/db/seed";
import autocannon from "autocannon";
import pg from "pg";
import { BENCH_BASE_URL as BASE, createDemoDatabase, hasProductionBuild, machineLoad, signIn, startBenchServer, type BenchServer } from "./bench-server.ts";

const ORGS = Number(process.env.BENCH_ORGS ?? 10_000);
const SAMPLES = Number(process.env.BENCH_SEARCH_SAMPLES ?? 40);
const DURATION_S = Number(process.env.BENCH_SEARCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_SEARCH_CONNECTIONS ?? 8);

/** What people type: names, services, job titles, typos, filters, deeper pages. */
const QUERIES: { label: string; input: DirectorySearchInput }[] = [
  { label: "veilig tuis (typo)", input: { q: "veilig tuis" } },
  { label: "huisarts", input: { q: "huisarts" } },
  { label: "jeugdverpleegkundige", input: { q: "jeugdverpleegkundige" } },
  { label: "opvoedondersteuning", input: { q: "opvoedondersteuning" } },
  { label: "basischool (typo)", input: { q: "basischool" } },
  { label: "kinderopvang zonnebloem", input: { q: "kinderopvang zonnebloem" } },
  { label: "leerplcht (typo)", input: { q: "leerplcht" } },
  { label: "sanne de wit (contact)", input: { q: "sanne de wit" } },
  { label: "ggz + sector medisch", input: { q: "ggz", sector: ["MEDISCH"] } },
  { label: "jeugd, vrijwillig kader, page 3", input: { q: "jeugd", legalFrame: ["CONSENT_REQUIRED"], page: 3 } },
  { label: "(no query) beschermingsketen", input: { sector: ["BESCHERMINGSKETEN"] } },
  { label: "(no query) wijk Walburg, page 2", input: { area: ["Walburg"], page: 2 } },
  // Issue 18: the Gemeente filter (working in the municipality, or region-wide).
  { label: "huisarts in gemeente GM0642", input: { q: "huisarts", municipality: "GM0642" } },
  { label: "(no query) gemeente GM0642, page 2", input: { municipality: "GM0642", page: 2 } },
];

const trpcPath = (input: DirectorySearchInput) =>
  `/api/trpc/directory.search?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const sortNum = (values: number[]) => [...values].sort((a, b) => a - b);
const ms = (value: number) => value.toFixed(2).padStart(7);

async function timed(samples: number, run: () => Promise<void>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await run(); // warm-up: plans, caches, JIT
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return sortNum(times);
}

/** CPU time (user + system) of a process and its children, from /proc; NaN where /proc is missing. */
function processCpuMs(pid: number | undefined): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const own = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, 100 ticks/s
    const children = fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    return own + children.reduce((sum, child) => sum + (processCpuMs(child) || 0), 0);
  } catch {
    return Number.NaN;
  }
}

/** Busy CPU time of the whole machine (all CPUs), from /proc/stat. */
function machineCpuMs(): number {
  try {
    const [user, nice, system, , , irq, softirq, steal] = (fs.readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "")
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return (((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

export async function benchSearch(serverUrl: string): Promise<boolean> {
  if (!hasProductionBuild("Search benchmark")) return false;
  console.log(`\nSearch benchmark: load average at the start ${machineLoad()}`);
  const { url: databaseUrl, db, drop } = await createDemoDatabase(serverUrl, "kk_bench_search");
  const raw = new pg.Client({ connectionString: databaseUrl });
  let next: BenchServer | undefined;
  try {
    const generated = await generateDirectory(db, ORGS, new Date());
    const orgCount = await db.organisation.count();
    const contactCount = await db.contact.count();
    console.log(
      `\nSociale kaart search: ${orgCount} organisations, ${contactCount} contacts ` +
        `(generated ${generated.organisations} in ${(generated.milliseconds / 1000).toFixed(1)} s)`,
    );

    const professional = DEMO_ACCOUNTS.find((a) => a.role === "PROFESSIONAL");
    if (!professional) throw new Error("No demo professional in @kk/db/seed");
    const viewerRow = await db.user.findUniqueOrThrow({ where: { email: professional.email } });
    const viewer = { id: viewerRow.id, email: viewerRow.email, name: viewerRow.name, role: viewerRow.role, organisationId: viewerRow.organisationId, municipalityCode: viewerRow.municipalityCode };

    next = await startBenchServer(databaseUrl);
    const cookie = await signIn(professional.email, DEMO_PASSWORD);
    const headers = { cookie };

    const check = await fetch(`${BASE}${trpcPath({ q: "veilig tuis" })}`, { headers });
    const body = (await check.json()) as { result?: { data?: { json?: { results?: { name: string }[] } } } };
    const firstName = body.result?.data?.json?.results?.[0]?.name;
    if (!check.ok || !firstName) throw new Error(`directory.search did not answer as expected (HTTP ${check.status})`);
    console.log(`check: "veilig tuis" → ${firstName}`);

    await raw.connect();
    const rows: { label: string; endpoint: number; domain: number; sql: number; total: number }[] = [];
    const allEndpoint: number[] = [];
    for (const { label, input } of QUERIES) {
      const parsed = directorySearchInput.parse(input);
      // The same statement the domain function sends, spelling correction included.
      const corrected = parsed.q === "" ? null : correctedTsquery(await getVocabulary(db, Date.now()), parsed.q);
      const statement = directorySearchSql(viewer, parsed, corrected);
      let total = 0;
      const sql = await timed(SAMPLES, async () => {
        const result = await raw.query<{ total: number }>(statement.text, statement.values as unknown[]);
        total = result.rows[0]?.total ?? 0;
      });
      const domain = await timed(SAMPLES, async () => {
        await searchDirectory(db, viewer, parsed, new Date());
      });
      const url = `${BASE}${trpcPath(input)}`;
      const endpoint = await timed(SAMPLES, async () => {
        const response = await fetch(url, { headers });
        if (!response.ok) throw new Error(`${label}: HTTP ${response.status}`);
        await response.arrayBuffer();
      });
      allEndpoint.push(...endpoint);
      rows.push({ label, endpoint: percentile(endpoint, 50), domain: percentile(domain, 50), sql: percentile(sql, 50), total });
    }
    // Baseline: the same HTTP + session + user lookup path with a procedure that does no search.
    const baseline = await timed(SAMPLES * 3, async () => {
      const response = await fetch(`${BASE}/api/trpc/session.me`, { headers });
      await response.arrayBuffer();
    });

    console.log(`\nmedians over ${SAMPLES} sequential calls each (ms)`);
    console.log(`${"query".padEnd(34)} ${"hits".padStart(6)} ${"raw SQL".padStart(7)} ${"domain".padStart(7)} ${"HTTP".padStart(7)}  HTTP/raw`);
    for (const row of rows) {
      console.log(
        `${row.label.padEnd(34)} ${String(row.total).padStart(6)} ${ms(row.sql)} ${ms(row.domain)} ${ms(row.endpoint)}  ${(row.endpoint / row.sql).toFixed(1)}×`,
      );
    }
    const sorted = sortNum(allEndpoint);
    const median = (values: number[]) => percentile(sortNum(values), 50);
    const rawMedian = median(rows.map((r) => r.sql));
    const domainMedian = median(rows.map((r) => r.domain));
    const endpointMedian = median(rows.map((r) => r.endpoint));
    const ratio = endpointMedian / rawMedian;
    console.log(
      `\nall HTTP calls (n=${sorted.length}): p50 ${ms(percentile(sorted, 50))}  p95 ${ms(percentile(sorted, 95))}  p99 ${ms(percentile(sorted, 99))}`,
    );
    console.log(
      `median of the per-query medians: raw SQL ${rawMedian.toFixed(2)} ms, domain function ${domainMedian.toFixed(2)} ms, HTTP ${endpointMedian.toFixed(2)} ms`,
    );
    console.log(`baseline HTTP call without search (session.me): p50 ${ms(percentile(baseline, 50))}  p95 ${ms(percentile(baseline, 95))}`);

    const nextCpuBefore = processCpuMs(next.process.pid);
    const machineBefore = machineCpuMs();
    const ownBefore = process.cpuUsage();
    const cannon = await autocannon({
      url: BASE,
      connections: CONNECTIONS,
      duration: DURATION_S,
      headers,
      requests: QUERIES.map(({ input }) => ({ method: "GET", path: trpcPath(input) })),
    });
    const errors = cannon.non2xx + cannon.errors + cannon.timeouts;
    const nextCpu = processCpuMs(next.process.pid) - nextCpuBefore;
    const machineCpu = machineCpuMs() - machineBefore;
    const own = process.cpuUsage(ownBefore);
    const ownCpu = (own.user + own.system) / 1000;
    console.log(
      `\nautocannon ${CONNECTIONS} connections, ${DURATION_S} s, the ${QUERIES.length} queries in turn: ` +
        `${cannon.requests.average.toFixed(0)} req/s (total ${cannon.requests.total}), ` +
        `latency p50 ${cannon.latency.p50} ms, p97.5 ${cannon.latency.p97_5} ms, p99 ${cannon.latency.p99} ms, errors ${errors}`,
    );

    if (Number.isFinite(nextCpu) && cannon.requests.total > 0) {
      const perRequest = (value: number) => (value / cannon.requests.total).toFixed(2);
      console.log(
        `CPU per request during autocannon: next start ${perRequest(nextCpu)} ms, bench process (autocannon) ${perRequest(ownCpu)} ms, ` +
          `everything else on the machine (PostgreSQL and other work) ${perRequest(machineCpu - nextCpu - ownCpu)} ms`,
      );
    }
    console.log(`load average at the end: ${machineLoad()} — other work on the machine inflates every HTTP number`);

    const p95 = percentile(sorted, 95);
    console.log(
      `\ntargets: p95 ${p95.toFixed(1)} ms (≤ 25) ${p95 <= 25 ? "met" : "MISSED"}; ` +
        `throughput ${cannon.requests.average.toFixed(0)} req/s (≥ 500) ${cannon.requests.average >= 500 ? "met" : "MISSED"}; ` +
        `HTTP/raw ${ratio.toFixed(1)}× (≤ 2×) ${ratio <= 2 ? "met" : "MISSED"}`,
    );
    return p95 <= 25 && cannon.requests.average >= 500 && ratio <= 2 && errors === 0;
  } finally {
    await next?.stop();
    await raw.end().catch(() => undefined);
    await drop();
  }
}

/**
 * The floor of a request (issue 17, item 1; `npm run bench -- floor`): the same production build
 * under `next start` as the search benchmark, and one request after another through each layer, so
 * each layer's cost is a difference of medians measured in one run:
 *
 *   node http      a bare `http.createServer` answering "ok" in this process: Node and the loopback
 *   route handler  GET /api/health: Next.js's request handling and the proxy matcher, no work
 *   tRPC, no user  GET /api/trpc/session.me without a cookie: tRPC, the web edge, superjson, and
 *                  next-auth finding no session
 *   tRPC, a user   the same with the demo professional's cookie: the JWT decode, the UserSession and
 *                  User re-read (ADR 0017)
 *   search         GET /api/trpc/directory.search?input={"q":"huisarts"} with the cookie
 *   search page    GET /sociale-kaart?q=huisarts with the cookie (the server render a browser asks for)
 *
 * Then (item 7) the server render of the pages a browser asks for, each BENCH_FLOOR_PAGE_SAMPLES
 * times (default 100), p50/p95 and the HTML size: the sociale kaart search and an organisation, "Mag
 * ik delen?" (the professional), the council's dashboard and the staff dashboard (the council member).
 *
 * And (item 6) two instances of the portal on one database, as behind a load balancer: a second
 * `next start` with the same secret. One sign-in counts on both; requests alternate between them;
 * a user deactivated by a committed UPDATE is refused by the *other* instance at the very next
 * request, BENCH_FLOOR_FLIPS times (default 50), counting any request that still got through; and
 * the time PostgreSQL takes to deliver the NOTIFY to a listener. Correctness, not speed: on 2 cores
 * two instances share the same CPUs.
 *
 * With BENCH_CPU_PROFILE=1 (or =page), `next start` runs with --cpu-prof while it answers
 * BENCH_FLOOR_SAMPLES search requests (or /sociale-kaart?q=huisarts page renders), and the profile's self time is summed per place (Next.js, pg, Prisma, the app
 * bundle, Node itself, garbage collection) and per function.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@kk/db/seed";
import pg from "pg";
import { BENCH_BASE_URL as BASE, createDemoDatabase, hasProductionBuild, machineLoad, signIn, startBenchServer, type BenchDatabase } from "./bench-server.ts";

const SAMPLES = Number(process.env.BENCH_FLOOR_SAMPLES ?? 300);
const PAGE_SAMPLES = Number(process.env.BENCH_FLOOR_PAGE_SAMPLES ?? 100);
const FLIPS = Number(process.env.BENCH_FLOOR_FLIPS ?? 50);
const SECOND_BASE = BASE.replace(/:(\d+)$/, (_match, port: string) => `:${Number(port) + 1}`);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

async function timed(run: () => Promise<unknown>, samples = SAMPLES): Promise<number[]> {
  for (let i = 0; i < 20; i++) await run(); // warm-up: JIT, connection pools, caches
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

async function get(url: string, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.arrayBuffer()).byteLength;
}

const searchUrl = `${BASE}/api/trpc/directory.search?input=${encodeURIComponent(JSON.stringify({ json: { q: "huisarts" } }))}`;

export async function benchFloor(serverUrl: string): Promise<boolean> {
  if (!hasProductionBuild("The request-floor benchmark")) return false;
  console.log(`\nThe floor of a request: ${SAMPLES} sequential requests per layer; load average at the start ${machineLoad()}`);
  const database = await createDemoDatabase(serverUrl, "kk_bench_floor");
  const bare = http.createServer((_request, response) => response.end("ok\n"));
  await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
  const barePort = (bare.address() as { port: number }).port;
  const profileDir = process.env.BENCH_CPU_PROFILE === "1" || process.env.BENCH_CPU_PROFILE === "page" ? fs.mkdtempSync(path.join(os.tmpdir(), "kk-cpu-prof-")) : null;
  const secret = randomBytes(32).toString("base64url");
  const server = await startBenchServer(database.url, [], { secret });
  try {
    const professional = DEMO_ACCOUNTS.find((account) => account.role === "PROFESSIONAL");
    const council = DEMO_ACCOUNTS.find((account) => account.role === "RAAD");
    if (!professional || !council) throw new Error("No demo professional or council member");
    const cookie = { cookie: await signIn(professional.email, DEMO_PASSWORD) };
    const councilCookie = { cookie: await signIn(council.email, DEMO_PASSWORD) };
    const layers: [string, () => Promise<unknown>][] = [
      ["node http (no Next.js)", () => get(`http://127.0.0.1:${barePort}/`)],
      ["route handler /api/health", () => get(`${BASE}/api/health`)],
      ["tRPC session.me, no cookie", () => get(`${BASE}/api/trpc/session.me`)],
      ["tRPC session.me, signed in", () => get(`${BASE}/api/trpc/session.me`, cookie)],
      ["tRPC directory.search huisarts", () => get(searchUrl, cookie)],
      ["page /sociale-kaart?q=huisarts", () => get(`${BASE}/sociale-kaart?q=huisarts`, cookie)],
    ];
    const rows: { label: string; p50: number; p95: number }[] = [];
    for (const [label, run] of layers) {
      const times = await timed(run);
      rows.push({ label, p50: percentile(times, 50), p95: percentile(times, 95) });
    }
    console.log("\n| layer | p50 ms | p95 ms | p50 minus the layer above |");
    console.log("|---|---:|---:|---:|");
    rows.forEach((row, index) => {
      const above = index === 0 ? null : rows[index === rows.length - 1 ? index - 2 : index - 1];
      const step = above ? `${(row.p50 - above.p50).toFixed(2)}${index === rows.length - 1 ? " (vs session.me, signed in)" : ""}` : "–";
      console.log(`| ${row.label} | ${row.p50.toFixed(2)} | ${row.p95.toFixed(2)} | ${step} |`);
    });
    await benchPages(cookie, councilCookie);
    await benchTwoInstances(database, secret, professional.email);
    console.log(`\nload average at the end ${machineLoad()}`);
    if (profileDir) {
      await server.stop();
      await profileRequests(database.url, profileDir, professional.email, process.env.BENCH_CPU_PROFILE === "page" ? `${BASE}/sociale-kaart?q=huisarts` : searchUrl);
    }
    return true;
  } finally {
    await server.stop();
    await new Promise((resolve) => bare.close(resolve));
    await database.drop();
  }
}

/** Item 7: the server render of what a professional's and a council member's browser ask for. */
async function benchPages(professional: Record<string, string>, council: Record<string, string>): Promise<void> {
  const pages: [string, Record<string, string>][] = [
    ["/sociale-kaart?q=huisarts", professional],
    ["/sociale-kaart/wijkteam-zwijndrecht", professional],
    ["/mag-ik-delen", professional],
    ["/dashboard/raad", council],
    ["/dashboard", council],
  ];
  console.log(`\nServer render of a page (HTML as sent, not compressed; ${PAGE_SAMPLES} sequential requests each):\n`);
  console.log("| page | p50 ms | p95 ms | HTML kB |");
  console.log("|---|---:|---:|---:|");
  for (const [page, headers] of pages) {
    const bytes = await get(`${BASE}${page}`, headers);
    const times = await timed(() => get(`${BASE}${page}`, headers), PAGE_SAMPLES);
    console.log(`| ${page} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${(bytes / 1000).toFixed(0)} |`);
  }
}

const meUrl = (base: string) => `${base}/api/trpc/session.me`;

/** Whether session.me on `base` answers with a user for this cookie (`"json":null` when signed out). */
async function signedInAt(base: string, headers: Record<string, string>): Promise<boolean> {
  const response = await fetch(meUrl(base), { headers });
  const body = await response.text();
  if (!response.ok) throw new Error(`session.me on ${base}: HTTP ${response.status}`);
  return !body.includes('"json":null');
}

/**
 * Item 6: a second instance on the same database. Nothing here is about speed: both share 2 cores.
 * Fails (throws) when one sign-in does not count on both, or when a request after a committed
 * deactivation still got through on the other instance.
 */
async function benchTwoInstances(database: BenchDatabase, secret: string, email: string): Promise<void> {
  const second = await startBenchServer(database.url, [], { port: Number(new URL(SECOND_BASE).port), secret });
  const listener = new pg.Client({ connectionString: database.url });
  try {
    // The cookie from a sign-in at the first instance.
    const cookie = { cookie: await signIn(email, DEMO_PASSWORD) };
    const alternating = { ok: 0, total: 200 };
    for (let i = 0; i < alternating.total; i++) if (await signedInAt(i % 2 === 0 ? BASE : SECOND_BASE, cookie)) alternating.ok++;
    // Both now hold the session in memory. Deactivate (a committed UPDATE on the owner's connection)
    // and ask the other instance at once; then activate again and wait until it is let in.
    await listener.connect();
    await listener.query("LISTEN kk_request_state");
    let arrived: (() => void) | null = null;
    listener.on("notification", () => arrived?.());
    const leaked: number[] = [];
    const delivery: number[] = [];
    for (let flip = 0; flip < FLIPS; flip++) {
      const notified = new Promise<number>((resolve) => {
        arrived = () => resolve(performance.now());
      });
      await database.db.$executeRaw`UPDATE "User" SET "active" = false WHERE "email" = ${email}`;
      const committed = performance.now();
      const instance = flip % 2 === 0 ? SECOND_BASE : BASE;
      if (await signedInAt(instance, cookie)) leaked.push(flip);
      delivery.push((await notified) - committed);
      await database.db.$executeRaw`UPDATE "User" SET "active" = true WHERE "email" = ${email}`;
      const deadline = Date.now() + 10_000;
      while (!(await signedInAt(SECOND_BASE, cookie)) || !(await signedInAt(BASE, cookie))) {
        if (Date.now() > deadline) throw new Error("The reactivated user was not let in again within 10 s");
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
    delivery.sort((a, b) => a - b);
    console.log(`\nTwo instances on one database (${BASE} and ${SECOND_BASE}, the same secret):`);
    console.log(`- one sign-in, ${alternating.total} requests alternating between them: ${alternating.ok} answered with the user`);
    console.log(`- deactivated by a committed UPDATE, then the next request to one instance (alternating), ${FLIPS} times: ${leaked.length} got through`);
    console.log(`- NOTIFY delivery, from the UPDATE's commit acknowledged to the notification at a listener: p50 ${percentile(delivery, 50).toFixed(2)} ms, p95 ${percentile(delivery, 95).toFixed(2)} ms, max ${(delivery.at(-1) ?? Number.NaN).toFixed(2)} ms`);
    if (alternating.ok !== alternating.total) throw new Error("A sign-in did not count on both instances");
    if (leaked.length > 0) throw new Error(`A deactivated user got through ${leaked.length} time(s) (flips ${leaked.join(", ")})`);
  } finally {
    await listener.end().catch(() => undefined);
    await second.stop();
  }
}

/** `next start --cpu-prof` while it answers `url` (the search, or its page), then the profile's self time by place and by function. */
async function profileRequests(databaseUrl: string, profileDir: string, email: string, url: string): Promise<void> {
  const server = await startBenchServer(databaseUrl, ["--cpu-prof", `--cpu-prof-dir=${profileDir}`]);
  // Only the steady state counts: the window is taken on the monotonic clock V8's profile uses too.
  let window: [number, number] = [0, Number.POSITIVE_INFINITY];
  try {
    const cookie = { cookie: await signIn(email, DEMO_PASSWORD) };
    for (let i = 0; i < 50; i++) await get(url, cookie); // warm-up: lazy modules, JIT, pools
    const start = Number(process.hrtime.bigint() / 1000n);
    for (let i = 0; i < SAMPLES; i++) await get(url, cookie);
    window = [start, Number(process.hrtime.bigint() / 1000n)];
  } finally {
    await server.stop();
  }
  const files = fs.readdirSync(profileDir).filter((name) => name.endsWith(".cpuprofile"));
  const largest = files.map((name) => path.join(profileDir, name)).sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
  if (!largest) {
    console.log("No CPU profile was written (did next start exit before writing it?).");
    return;
  }
  console.log(`\nprofiled: ${url.replace(BASE, "")}`);
  summariseProfile(JSON.parse(fs.readFileSync(largest, "utf8")) as CpuProfile, SAMPLES, window);
  console.log(`profile: ${largest}`);
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function placeOf(url: string, functionName: string): string {
  if (functionName === "(garbage collector)") return "garbage collection";
  if (functionName === "(idle)" || functionName === "(program)") return functionName;
  if (url === "" || url.startsWith("node:")) return "Node.js itself";
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packageMatch?.[1]) return packageMatch[1];
  if (url.includes("/.next/") || url.includes(`/${process.env.KK_NEXT_DIST_DIR ?? ".next"}/`)) return "the app bundle (.next/server)";
  return "other";
}

/** Self time per place and per function of the samples taken within `window` (µs, monotonic clock). */
function summariseProfile(profile: CpuProfile, requests: number, window: [number, number]): void {
  const hits = new Map<number, number>();
  let time = profile.startTime;
  let inWindow = 0;
  profile.samples.forEach((nodeId, index) => {
    time += profile.timeDeltas[index] ?? 0;
    if (time < window[0] || time > window[1]) return;
    hits.set(nodeId, (hits.get(nodeId) ?? 0) + 1);
    inWindow++;
  });
  if (inWindow === 0) {
    console.log("The profile has no samples in the measured window (clocks not aligned?).");
    return;
  }
  const interval = (window[1] - window[0]) / 1000 / inWindow; // ms per sample
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const self = (hits.get(node.id) ?? 0) * interval;
    if (self === 0) continue;
    const place = placeOf(node.callFrame.url, node.callFrame.functionName);
    byPlace.set(place, (byPlace.get(place) ?? 0) + self);
    const name = `${node.callFrame.functionName || "(anonymous)"} ${path.basename(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(`${place} · ${name}`, (byFunction.get(`${place} · ${name}`) ?? 0) + self);
  }
  const busy = [...byPlace].filter(([place]) => place !== "(idle)").reduce((sum, [, value]) => sum + value, 0);
  console.log(`\nCPU profile of next start answering ${requests} requests after a warm-up: ${busy.toFixed(0)} ms busy, ${(busy / requests).toFixed(2)} ms of CPU per request in next start (PostgreSQL not included)`);
  console.log("| where | self ms | share of busy |");
  console.log("|---|---:|---:|");
  for (const [place, value] of [...byPlace].filter(([p]) => p !== "(idle)").sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    console.log(`| ${place} | ${value.toFixed(0)} | ${((100 * value) / busy).toFixed(1)}% |`);
  }
  console.log("\n| function (top 15 by self time) | self ms |");
  console.log("|---|---:|");
  for (const [name, value] of [...byFunction].filter(([name]) => !name.startsWith("(idle)")).sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`| ${name.replace(/\|/g, "\\|")} | ${value.toFixed(0)} |`);
  }
}

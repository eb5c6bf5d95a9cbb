/**
 * Page weight and Lighthouse benchmark (part of `npm run bench`; `npm run bench -- lighthouse` runs
 * only this). Issue 15, item 6; method and results in docs/performance.md, "Page weight and Lighthouse".
 *
 *   1. a database on the bench server with the migrations and the demo seed, and the production build
 *      of apps/web under `next start` (./bench-server.ts);
 *   2. a session cookie per signed-in role through the real next-auth sign-in (the demo professional
 *      and the council member; both sign in with a password only);
 *   3. Lighthouse 12 (its default config: mobile emulation, simulated throttling) in Debian's
 *      Chromium (CHROME_PATH, else /usr/bin/chromium; never a downloaded browser), each page
 *      BENCH_LIGHTHOUSE_RUNS times (default 3), each run in a fresh browser profile; the session
 *      cookie goes in Lighthouse's `extraHeaders`;
 *   4. per page the median of each figure over the runs: the four category scores, JavaScript and
 *      total bytes transferred (resource-summary: compressed, as sent), LCP, TBT, CLS, and the
 *      requests to another origin (network-requests). A JSON file with every run goes to
 *      bench-results/ (gitignored); BENCH_LIGHTHOUSE_REPORTS=1 keeps each page's full HTML report too.
 *
 * Budget (./lighthouse-budget.ts, issue 15): the public pages (/hulp…) ≤ 30 kB of JavaScript,
 * performance ≥ 95, accessibility, best practices and SEO 100, no request to another origin; a public
 * page that answers 404 is reported as missing and counts as a miss. The portal pages (issue 17,
 * item 8): ≤ 150 kB of JavaScript and performance ≥ 90, enforced too, except a page marked
 * `notEnforced` (printed with its reason). At the end the same build's estimate from its manifests
 * (./page-weight.ts, the check CI runs) is printed beside it. kB here is 1,000 bytes.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { totpCodeAt } from "@kk/auth/mfa";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_ROLES, DEMO_TOTP_SECRET } from "@kk/db/seed";
import type { Role } from "@kk/db";
import lighthouse, { type Result } from "lighthouse";
import { BUDGETS, CATEGORIES, budgetMisses, median, medianFigures, type Audience, type Category, type PageFigures } from "./lighthouse-budget.ts";
import { BENCH_BASE_URL as BASE, createDemoDatabase, hasProductionBuild, machineLoad, signIn, startBenchServer, type BenchServer } from "./bench-server.ts";
import { checkPageWeight, webDistDir } from "./page-weight.ts";

const RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
// The demo TOTP secrets are sealed by the seed (this process) and opened by `next start`: one key for
// both. bench-server.ts gives the server a random NEXTAUTH_SECRET but passes this process's
// environment on, and KK_MFA_KEY takes precedence (packages/db/src/secret-box.ts).
process.env.KK_MFA_KEY ||= randomBytes(32).toString("base64url");
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const STAMP = new Date().toISOString().replace(/[:.]/g, "-");
/** BENCH_LIGHTHOUSE_REPORTS=1 also keeps each page's full Lighthouse report (HTML, of its last run) in bench-results/. */
const REPORTS_DIR = process.env.BENCH_LIGHTHOUSE_REPORTS === "1" ? path.join(root, "bench-results", `lighthouse-${STAMP}`) : undefined;

type Page = {
  path: string;
  audience: Audience;
  signInAs?: Role;
  /** Measured and printed, but a miss does not fail the bench: why. */
  notEnforced?: string;
};

/** Public pages are visited without a cookie; /inloggen is public but carries the portal runtime, so it is measured against the portal target. */
const PAGES: Page[] = [
  { path: "/hulp", audience: "public" },
  { path: "/hulp/zwijndrecht", audience: "public" },
  { path: "/hulp/zwijndrecht?q=wijkteam", audience: "public" },
  { path: "/hulp/organisatie/wijkteam-zwijndrecht", audience: "public" },
  { path: "/hulp/privacy", audience: "public" },
  { path: "/inloggen", audience: "portal" },
  { path: "/sociale-kaart?q=wijkteam", audience: "portal", signInAs: "PROFESSIONAL" },
  { path: "/sociale-kaart/wijkteam-zwijndrecht", audience: "portal", signInAs: "PROFESSIONAL" },
  { path: "/mag-ik-delen", audience: "portal", signInAs: "PROFESSIONAL" },
  { path: "/dashboard/raad", audience: "portal", signInAs: "RAAD" },
  // The coordinator's start page and an administrator's form (issue 17, item 8): both sign in with TOTP.
  { path: "/", audience: "portal", signInAs: "COORDINATOR" },
  {
    path: "/beheer/gebruikers/nieuw",
    audience: "portal",
    signInAs: "BEHEERDER",
    notEnforced: "the form validates with the shared zod schemas (zod classic); issue 17 leaves the management forms for later",
  },
];

const WHO: Partial<Record<Role, string>> = { PROFESSIONAL: "professional", RAAD: "council member", COORDINATOR: "coordinator", BEHEERDER: "administrator" };

/**
 * A session cookie for a demo account. The roles that must use two-factor sign-in (ADR 0018) send
 * the current code of the published demo key with the password, as the second sign-in step does.
 */
async function signInAs(role: Role): Promise<string> {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`No demo account with role ${role} in @kk/db/seed`);
  if (!DEMO_TOTP_ROLES.includes(role)) return signIn(account.email, DEMO_PASSWORD);
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.join("; ") },
    body: new URLSearchParams({
      csrfToken,
      email: account.email,
      password: DEMO_PASSWORD,
      code: totpCodeAt(DEMO_TOTP_SECRET, new Date()),
      callbackUrl: `${BASE}/`,
      json: "true",
    }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Sign-in as ${account.email} with a TOTP code did not return a session cookie (HTTP ${response.status}).`);
  return session;
}

/** One Lighthouse run, reduced to what the table shows. */
type RunFigures = PageFigures & {
  benchmarkIndex: number;
  /** Audits below a full score in accessibility, best practices and SEO, with the first finding of each. */
  failing: string[];
};

type PageResult =
  | { page: Page; status: "missing"; detail: string }
  | { page: Page; status: "error"; detail: string; runs: RunFigures[] }
  | { page: Page; status: "measured"; runs: RunFigures[]; retried: string[]; median: PageFigures; failing: string[]; verdict: string[] };

/**
 * Debian's Chromium with an empty profile and a DevTools port of its own choosing; Lighthouse
 * connects to it. The background-networking flags keep it from calling Google's services at start
 * (without internet it retries them many times per start), as in e2e/playwright.config.ts; as root
 * it needs --no-sandbox.
 */
async function launchChromium(): Promise<{ port: number; close: () => Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "kk-lighthouse-"));
  const child: ChildProcess = spawn(
    CHROME,
    [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--no-default-browser-check",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-default-apps",
      "--disable-extensions",
      "--disable-quic",
      "--mute-audio",
      "--remote-debugging-address=127.0.0.1",
      "--remote-debugging-port=0",
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    // Its own process group, so closing it also ends its renderer and utility processes.
    { stdio: ["ignore", "ignore", "pipe"], detached: true },
  );
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
      } catch {
        child.kill("SIGTERM");
      }
      await exited;
    }
    // A helper process may still be writing to the profile for a moment after the browser exited.
    try {
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.warn(`\ncould not remove ${profile}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let stderr = "";
      const timer = setTimeout(() => reject(new Error(`${CHROME} did not open a DevTools port within 30 s:\n${stderr}`)), 30_000);
      child.once("error", (error) => reject(new Error(`${CHROME} did not start (${error.message}); install Debian's chromium or set CHROME_PATH`)));
      child.once("exit", (code) => reject(new Error(`${CHROME} exited (${code}) before opening a DevTools port:\n${stderr}`)));
      child.stderr?.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
    });
    return { port, close };
  } catch (error) {
    await close();
    throw error;
  }
}

const kb = (bytes: number) => bytes / 1000;

function figuresOf(lhr: Result): RunFigures {
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => {
      const score = lhr.categories[id]?.score;
      return [id, typeof score === "number" ? Math.round(score * 100) : Number.NaN];
    }),
  ) as Record<Category, number>;
  const summary = (lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
  const transfer = (type: string) => summary.find((item) => item.resourceType === type)?.transferSize ?? Number.NaN;
  const requests = (lhr.audits["network-requests"]?.details as { items?: { url: string }[] } | undefined)?.items ?? [];
  const origin = new URL(BASE).origin;
  const otherOrigins = requests.filter(({ url }) => /^https?:/.test(url) && new URL(url).origin !== origin).length;
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failing = CATEGORIES.filter((id) => id !== "performance").flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${id}: ${ref.id}${firstFinding(lhr.audits[ref.id])}`),
  );
  return {
    scores,
    jsKb: kb(transfer("script")),
    totalKb: kb(transfer("total")),
    lcpMs: numeric("largest-contentful-paint"),
    tbtMs: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    otherOrigins,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    failing,
  };
}

/** " (the first item the audit lists)", so the table's reader knows where to look without the full report. */
function firstFinding(audit: Result["audits"][string] | undefined): string {
  const item = (audit?.details as { items?: Record<string, unknown>[] } | undefined)?.items?.[0];
  if (!item) return audit?.explanation ? ` (${audit.explanation})` : "";
  const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);
  const where = (value: unknown): string | undefined => {
    const object = value as { url?: unknown; snippet?: unknown } | undefined;
    return text(object?.url) ?? text(object?.snippet);
  };
  const linkText = text(item.text);
  const what = text(item.description) ?? text(item.issueType) ?? (linkText && `"${linkText}"`);
  const at = text(item.url) ?? text(item.href) ?? where(item.sourceLocation) ?? where(item.node) ?? where(item.source);
  const finding = [what, at?.replace(BASE, "")].filter(Boolean).join(": ");
  return finding === "" ? "" : ` (${finding.replace(/\s+/g, " ").slice(0, 160)})`;
}

async function measure(page: Page, cookie: string | undefined): Promise<PageResult> {
  const url = `${BASE}${page.path}`;
  // The status first (and a warm-up render): a page that is not there is reported, not audited.
  const response = await fetch(url, { redirect: "manual", headers: cookie ? { cookie } : {} });
  await response.arrayBuffer();
  if (response.status === 404) return { page, status: "missing", detail: "404" };
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get("location") ?? "?";
    // A public page the portal sends to its sign-in page is not there yet either.
    if (page.audience === "public") return { page, status: "missing", detail: `redirects to ${location}` };
    return { page, status: "error", detail: `HTTP ${response.status} to ${location} (was the session cookie refused?)`, runs: [] };
  }
  if (!response.ok) return { page, status: "error", detail: `HTTP ${response.status}`, runs: [] };

  const runs: RunFigures[] = [];
  const errors: string[] = [];
  // A run Lighthouse itself gives up on (NO_NAVSTART, "please run Lighthouse again": seen about one
  // run in ten on the busy 2-core machine) is repeated, up to two extra attempts per page.
  for (let attempt = 0; runs.length < RUNS && attempt < RUNS + 2; attempt++) {
    let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
    try {
      chromium = await launchChromium();
      const result = await lighthouse(url, {
        port: chromium.port,
        hostname: "127.0.0.1",
        output: REPORTS_DIR ? "html" : "json",
        logLevel: "error",
        ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
      });
      if (REPORTS_DIR && result?.lhr && !result.lhr.runtimeError) {
        fs.mkdirSync(REPORTS_DIR, { recursive: true });
        const name = page.path.replace(/^\//, "").replace(/[^a-z0-9-]+/gi, "_") || "root";
        fs.writeFileSync(path.join(REPORTS_DIR, `${name}.html`), String(result.report));
      }
      const lhr = result?.lhr;
      if (!lhr) errors.push("no result");
      else if (lhr.runtimeError) errors.push(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      else runs.push(figuresOf(lhr));
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    } finally {
      await chromium?.close();
    }
    process.stdout.write(".");
  }
  if (runs.length === 0) return { page, status: "error", detail: errors.join("; "), runs };
  const figures = medianFigures(runs);
  const failing = [...new Set(runs.flatMap((r) => r.failing))];
  const verdict = budgetMisses(figures, BUDGETS[page.audience]);
  if (runs.length < RUNS) verdict.push(`only ${runs.length} of ${RUNS} runs succeeded: ${errors.join("; ")}`);
  return { page, status: "measured", runs, retried: errors, median: figures, failing, verdict };
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROME, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return `unknown (${CHROME})`;
  }
}

function printTable(results: PageResult[]): void {
  const header = ["page", "who", "perf", "a11y", "BP", "SEO", "JS kB", "total kB", "LCP ms", "TBT ms", "CLS", "other origins", "budget"];
  const rows = results.map(({ page, ...result }) => {
    const who = page.signInAs ? (WHO[page.signInAs] ?? page.signInAs) : "anonymous";
    if (result.status !== "measured") return [page.path, who, ...Array(10).fill("–"), `${result.status.toUpperCase()}: ${result.detail}`];
    const m = result.median;
    const budget = BUDGETS[page.audience];
    const enforced = budget.enforced && !page.notEnforced;
    const verdict = result.verdict.length === 0 ? "met" : `${enforced ? "MISSED" : "missed"}: ${result.verdict.join(", ")}`;
    return [
      page.path,
      who,
      ...CATEGORIES.map((id) => String(m.scores[id])),
      m.jsKb.toFixed(1),
      m.totalKb.toFixed(1),
      m.lcpMs.toFixed(0),
      m.tbtMs.toFixed(0),
      m.cls.toFixed(3),
      String(m.otherOrigins),
      enforced || result.verdict.length === 0 ? verdict : `${verdict} (not enforced: ${page.notEnforced ?? budget.name})`,
    ];
  });
  // A Markdown table, so a run can go into docs/performance.md as printed.
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map((_, i) => (i < 2 || i === header.length - 1 ? "---" : "---:")).join("|")}|`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
}

export async function benchLighthouse(serverUrl: string): Promise<boolean> {
  if (!hasProductionBuild("Lighthouse benchmark")) return false;
  const startLoad = machineLoad();
  console.log(`\nPage weight and Lighthouse: ${RUNS} runs per page, load average at the start ${startLoad}`);
  const { url: databaseUrl, drop } = await createDemoDatabase(serverUrl, "kk_bench_lighthouse");
  let server: BenchServer | undefined;
  try {
    server = await startBenchServer(databaseUrl);
    const cookies = new Map<Role, string>();
    for (const role of new Set(PAGES.flatMap((p) => (p.signInAs ? [p.signInAs] : [])))) cookies.set(role, await signInAs(role));

    const results: PageResult[] = [];
    for (const page of PAGES) {
      process.stdout.write(`${page.path} `);
      const result = await measure(page, page.signInAs ? cookies.get(page.signInAs) : undefined);
      console.log(result.status === "measured" ? " measured" : ` ${result.status}: ${result.detail}`);
      results.push(result);
    }
    const endLoad = machineLoad();
    const benchmarkIndex = median(results.flatMap((r) => (r.status === "missing" ? [] : r.runs.map((run) => run.benchmarkIndex))));
    const chromium = chromiumVersion();

    console.log(`\nmedian of ${RUNS} Lighthouse runs per page (scores 0–100; kB = 1,000 bytes as transferred; Lighthouse 12.2.3, mobile, simulated throttling)`);
    printTable(results);
    console.log(`\n${chromium}; Lighthouse benchmarkIndex (median) ${benchmarkIndex.toFixed(0)}`);
    for (const result of results) {
      if (result.status === "measured" && result.failing.length > 0) console.log(`${result.page.path}: below 100 in ${result.failing.join(", ")}`);
    }
    const retried = results.flatMap((r) => (r.status === "measured" ? r.retried.map((error) => `${r.page.path} (${error.split(":")[0]})`) : []));
    if (retried.length > 0) console.log(`runs repeated after Lighthouse gave up: ${retried.join(", ")}`);
    console.log(`load average at the start ${startLoad}, at the end ${endLoad} — scores drop when the machine is busy`);

    const file = path.join(root, "bench-results", `lighthouse-${STAMP}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), runsPerPage: RUNS, chromium, loadAtStart: startLoad, loadAtEnd: endLoad, benchmarkIndex, results }, null, 2)}\n`);
    console.log(`every run: ${path.relative(root, file)}${REPORTS_DIR ? `; full reports: ${path.relative(root, REPORTS_DIR)}/` : " (BENCH_LIGHTHOUSE_REPORTS=1 keeps the full reports too)"}`);

    const errors = results.filter((r) => r.status === "error");
    const missesOf = (audience: Audience) =>
      results.filter((r) => r.page.audience === audience && !r.page.notEnforced && (r.status !== "measured" || r.verdict.length > 0));
    const publicMisses = missesOf("public");
    const portalMisses = BUDGETS.portal.enforced ? missesOf("portal") : [];
    const enforcedPortal = results.filter((r) => r.page.audience === "portal" && !r.page.notEnforced).length;
    console.log(
      `\nbudget (public pages /hulp…: JS ≤ 30 kB, performance ≥ 95, accessibility, best practices, SEO 100, no other origin): ` +
        (publicMisses.length === 0 ? "met" : `MISSED on ${publicMisses.length} of ${results.filter((r) => r.page.audience === "public").length} pages`),
    );
    console.log(
      `budget (portal pages: JS ≤ ${BUDGETS.portal.maxJsKb} kB, performance ≥ ${BUDGETS.portal.minPerformance}; ${BUDGETS.portal.enforced ? "enforced" : "not enforced"}): ` +
        (portalMisses.length === 0 ? "met" : `MISSED on ${portalMisses.length} of ${enforcedPortal} pages`) +
        (errors.length > 0 ? `; ${errors.length} page(s) could not be measured` : ""),
    );
    // The same build's estimate without a browser (the check CI runs after its build): both figures side by side.
    const distDir = webDistDir();
    if (distDir) checkPageWeight(distDir);
    return publicMisses.length === 0 && portalMisses.length === 0 && errors.length === 0;
  } finally {
    await server?.stop();
    await drop();
  }
}

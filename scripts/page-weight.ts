/**
 * The JavaScript each page of the portal loads on a first visit, read from the production build's
 * manifests: no browser, no server, no database, a second or two (issue 17, item 8). It is the
 * check CI runs after its build (scripts/test.ts, step "weight"), and `npm run bench -- weight`;
 * `npm run bench -- lighthouse` measures the same pages in Chromium. docs/performance.md, "Where
 * the portal JavaScript goes".
 *
 * A page's scripts are the build's `rootMainFiles` (React, the Next.js runtime) plus every chunk its
 * client reference manifest lists for its segments (layouts, page, error and not-found boundaries):
 * the script tags Next.js writes into the page. The legacy polyfills (`nomodule`) are left out, as a
 * current browser does not load them. Each chunk is gzipped as `next start` sends it; what
 * Lighthouse reports is that plus each response's headers (HEADER_BYTES per file), so the estimate
 * adds those too.
 *
 *   node --import tsx scripts/page-weight.ts          the budgeted pages; exit 1 on a miss
 *   node --import tsx scripts/page-weight.ts --all    also every other page of the build
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import zlib from "node:zlib";

/** Issue 17: every portal page ≤ 150 kB of JavaScript (gzip, as Lighthouse counts it; kB = 1,000 bytes). */
export const PORTAL_JS_BUDGET_KB = 150;

/**
 * The response headers of one static chunk from `next start` (nosniff and HSTS from
 * apps/web/next.config.ts, caching, ETag, date, chunked encoding): 476 bytes measured on 2026-12-06
 * (712 while the document-only security headers were sent with scripts too). Lighthouse's transfer
 * size counts them, so eleven chunks cost ~5 kB before a byte of code. Against Lighthouse's own
 * figures of the same build the estimate came within 0.5 kB for every page.
 */
export const HEADER_BYTES = 476;

export interface BudgetedPage {
  /** The address as the Lighthouse bench visits it. */
  page: string;
  /** The app route: its folder under apps/web/src/app, with route groups, ending in /page. */
  route: string;
  /** Why this page is reported but not held to the budget; undefined: enforced. */
  notEnforced?: string;
}

/** The bench's portal pages (scripts/bench-lighthouse.ts) and the coordinator's and administrator's. */
export const BUDGETED_PAGES: BudgetedPage[] = [
  { page: "/inloggen", route: "inloggen/page" },
  { page: "/sociale-kaart?q=…", route: "(portal)/sociale-kaart/page" },
  { page: "/sociale-kaart/<slug>", route: "(portal)/sociale-kaart/[slug]/page" },
  { page: "/mag-ik-delen", route: "(portal)/mag-ik-delen/page" },
  { page: "/dashboard/raad", route: "(portal)/dashboard/raad/page" },
  { page: "/ (start page of every role)", route: "(portal)/page" },
  {
    page: "/beheer/gebruikers/nieuw",
    route: "(portal)/beheer/gebruikers/nieuw/page",
    notEnforced: "its form validates with the shared zod schemas (zod classic, ~90 kB gzip): issue 17 leaves the management forms for later",
  },
];

export interface Script {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface PageWeight {
  route: string;
  scripts: Script[];
  /** The gzipped code alone. */
  gzipBytes: number;
  /** What Lighthouse reports: the gzipped code plus HEADER_BYTES per file. */
  transferBytes: number;
}

/** The manifests' paths are relative to the build directory ("static/chunks/…") or absolute URLs ("/_next/static/…"). */
function distPath(file: string): string {
  return file.replace(/^\/_next\//, "");
}

/** Reads `page_client-reference-manifest.js` (a script that assigns globalThis.__RSC_MANIFEST) without running it in this process. */
function clientReferenceManifest(distDir: string, route: string): { entryJSFiles: Record<string, string[]> } {
  const file = path.join(distDir, "server", "app", `${route}_client-reference-manifest.js`);
  if (!fs.existsSync(file)) throw new Error(`no client reference manifest for ${route} in ${distDir} (is the route spelled as its folder, e.g. "(portal)/sociale-kaart/page"?)`);
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox);
  const manifest = sandbox.__RSC_MANIFEST?.[`/${route}`];
  if (!manifest) throw new Error(`${file} has no entry for /${route}`);
  return manifest;
}

/** Every route of the build that has a client reference manifest (pages, not route handlers). */
export function buildRoutes(distDir: string): string[] {
  const appDir = path.join(distDir, "server", "app");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith("_client-reference-manifest.js")) found.push(path.relative(appDir, full).replace(/_client-reference-manifest\.js$/, ""));
    }
  };
  walk(appDir);
  return found.sort();
}

/** The scripts a first visit to `route` loads, each once, in the order the manifests name them. */
export function pageWeight(distDir: string, route: string): PageWeight {
  const buildManifest = JSON.parse(fs.readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const files = new Set<string>((buildManifest.rootMainFiles ?? []).map(distPath));
  for (const chunks of Object.values(clientReferenceManifest(distDir, route).entryJSFiles)) {
    for (const chunk of chunks) files.add(distPath(chunk));
  }
  const scripts = [...files]
    .filter((file) => file.endsWith(".js"))
    .map((file) => {
      const code = fs.readFileSync(path.join(distDir, file));
      return { file, bytes: code.length, gzipBytes: zlib.gzipSync(code).length };
    });
  const gzipBytes = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
  return { route, scripts, gzipBytes, transferBytes: gzipBytes + HEADER_BYTES * scripts.length };
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

/** Prints the table; true when every enforced page is within the budget. */
export function checkPageWeight(distDir: string, { all = false }: { all?: boolean } = {}): boolean {
  const rows: string[][] = [];
  let ok = true;
  for (const page of BUDGETED_PAGES) {
    const weight = pageWeight(distDir, page.route);
    const within = weight.transferBytes <= PORTAL_JS_BUDGET_KB * 1000;
    if (!within && !page.notEnforced) ok = false;
    const verdict = within ? "met" : page.notEnforced ? `missed, not enforced: ${page.notEnforced}` : `MISSED: > ${PORTAL_JS_BUDGET_KB} kB`;
    rows.push([page.page, String(weight.scripts.length), kb(weight.gzipBytes), kb(weight.transferBytes), verdict]);
  }
  console.log(`\nJavaScript on first load, from the build's manifests (${distDir}); kB = 1,000 bytes, gzip as next start sends it`);
  console.log("| page | files | gzip kB | with headers kB (as Lighthouse counts) | budget ≤ 150 kB |");
  console.log("|---|---:|---:|---:|---|");
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  if (all) {
    const budgeted = new Set(BUDGETED_PAGES.map((p) => p.route));
    const others = buildRoutes(distDir)
      .filter((route) => !budgeted.has(route))
      .map((route) => pageWeight(distDir, route))
      .sort((a, b) => b.transferBytes - a.transferBytes);
    const over = others.filter((w) => w.transferBytes > PORTAL_JS_BUDGET_KB * 1000);
    console.log(`\nevery other page (${others.length}; ${over.length} above ${PORTAL_JS_BUDGET_KB} kB, reported only):`);
    for (const w of others) console.log(`  ${kb(w.transferBytes).padStart(6)} kB  ${w.route}`);
  }
  console.log(`\nportal page weight: ${ok ? "within the budget" : "BUDGET MISSED"} (${PORTAL_JS_BUDGET_KB} kB per enforced page)`);
  return ok;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** apps/web's build directory (KK_NEXT_DIST_DIR, else .next), or undefined when there is no build. */
export function webDistDir(): string | undefined {
  const dir = path.join(root, "apps", "web", process.env.KK_NEXT_DIST_DIR ?? ".next");
  return fs.existsSync(path.join(dir, "BUILD_ID")) ? dir : undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = webDistDir();
  if (!dir) {
    console.error("No production build of apps/web: build it first (`npm run build -w @kk/web`, or KK_NEXT_DIST_DIR for another build dir).");
    process.exit(1);
  }
  process.exit(checkPageWeight(dir, { all: process.argv.includes("--all") }) ? 0 : 1);
}

/**
 * docs/architecture.md and README.md name files and folders; this test keeps them true to the tree
 * (issue 16, item 5), so a moved or renamed file fails the suite instead of leaving the docs wrong.
 *
 * Checked, in each document:
 * - every backticked repository path (a span with a `/`, no spaces, not a package name such as
 *   `@kk/api/schemas`, not a URL or an absolute path such as `/api/trpc`). `<name>` stands for any
 *   one path segment and `…` for any run of characters within a segment; a trailing `/` must be a
 *   folder, and a placeholder must match at least one entry (`e2e/tests/<area>/` fails while
 *   e2e/tests holds files only);
 * - every `docs/….md` and `docs/images/…` named in plain text;
 * - every "ADR 00NN" has a file in docs/adr/.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DOCUMENTS = ["docs/architecture.md", "README.md"];
/** Folders the portal makes when it runs (git ignores them): named in the docs, absent from a fresh clone. */
const RUNTIME_FOLDERS = new Set([".data/"]);

/** The paths a Markdown text names: backticked repository paths, plain `docs/…` files and ADR numbers. */
export function namedPaths(markdown: string): string[] {
  const found = new Set<string>();
  for (const [, span = ""] of markdown.matchAll(/`([^`\n]+)`/g)) {
    if (isRepoPath(span) && !RUNTIME_FOLDERS.has(span)) found.add(span);
  }
  const prose = markdown.replace(/`[^`\n]*`/g, " ");
  for (const [docPath] of prose.matchAll(/\bdocs\/[\w./-]*\.(?:md|png)\b/g)) found.add(docPath);
  for (const [, list = ""] of markdown.matchAll(/\bADRs?\s+(\d{4}(?:(?:,\s*|\s+and\s+|\s+or\s+)\d{4})*)/g)) {
    for (const [number] of list.matchAll(/\d{4}/g)) found.add(`docs/adr/${number}-…`);
  }
  return [...found];
}

function isRepoPath(span: string): boolean {
  if (/\s/.test(span) || !span.includes("/")) return false;
  if (/^[@/~]/.test(span) || span.includes("://") || span.startsWith("./")) return false;
  // A key=value pair or a code expression, not a path.
  return !/[=;"'{}]/.test(span);
}

/** Whether `pattern` (a path from the docs, maybe with `<placeholders>` and `…`) exists under `base`. */
export function pathExists(base: string, pattern: string): boolean {
  const wantsFolder = pattern.endsWith("/");
  const segments = pattern.split("/").filter((segment) => segment !== "");
  let candidates = [base];
  for (const segment of segments) {
    const next: string[] = [];
    for (const folder of candidates) {
      if (!isFolder(folder)) continue;
      if (!/[<…]/.test(segment)) {
        if (fs.existsSync(path.join(folder, segment))) next.push(path.join(folder, segment));
        continue;
      }
      const matcher = segmentMatcher(segment);
      for (const entry of fs.readdirSync(folder)) {
        if (matcher.test(entry)) next.push(path.join(folder, entry));
      }
    }
    candidates = next;
  }
  return candidates.some((candidate) => (wantsFolder ? isFolder(candidate) : fs.existsSync(candidate)));
}

function segmentMatcher(segment: string): RegExp {
  const parts = segment.split(/(<[^>]+>|…)/).map((part) => {
    if (part === "…") return ".*";
    if (part.startsWith("<")) return "[^/]+";
    return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  });
  return new RegExp(`^${parts.join("")}$`);
}

function isFolder(candidate: string): boolean {
  return fs.existsSync(candidate) && fs.statSync(candidate).isDirectory();
}

/** The named paths of `markdown` that do not exist under `base`. */
export function missingPaths(base: string, markdown: string): string[] {
  return namedPaths(markdown).filter((named) => !pathExists(base, named));
}

describe("paths named in the docs exist", () => {
  it.each(DOCUMENTS)("%s", (document) => {
    const markdown = fs.readFileSync(path.join(root, document), "utf8");
    expect(namedPaths(markdown).length).toBeGreaterThan(0);
    expect(missingPaths(root, markdown)).toEqual([]);
  });
});

describe("the check itself", () => {
  const tree = fs.mkdtempSync(path.join(os.tmpdir(), "kk-architecture-doc-"));
  for (const file of ["packages/api/src/user/router.ts", "e2e/tests/sign-in.spec.ts", "docs/adr/0007-testing-and-ci.md", "docs/operations.md", "prisma/migrations/20250101_sociale_kaart_search/migration.sql"]) {
    fs.mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
    fs.writeFileSync(path.join(tree, file), "");
  }

  it.each([
    { case: "an existing file", markdown: "see `packages/api/src/user/router.ts`", missing: [] },
    { case: "a planted wrong path", markdown: "see `packages/api/src/users/router.ts`", missing: ["packages/api/src/users/router.ts"] },
    { case: "a placeholder that matches", markdown: "`packages/api/src/<domain>/router.ts`", missing: [] },
    { case: "a placeholder folder where there are only files", markdown: "a journey in `e2e/tests/<area>/`", missing: ["e2e/tests/<area>/"] },
    { case: "flat e2e specs", markdown: "a journey in `e2e/tests/<area>.spec.ts`", missing: [] },
    { case: "a file named as a folder", markdown: "`docs/operations.md/`", missing: ["docs/operations.md/"] },
    { case: "an ellipsis within a segment", markdown: "`prisma/migrations/…_sociale_kaart_search/`", missing: [] },
    { case: "an ellipsis that matches nothing", markdown: "`prisma/migrations/…_search_vector/`", missing: ["prisma/migrations/…_search_vector/"] },
    { case: "a plain docs link", markdown: "details in docs/operations.md and docs/deploying.md.", missing: ["docs/deploying.md"] },
    { case: "ADR numbers", markdown: "ADR 0007 and ADR 0099; ADRs 0007, 0098", missing: ["docs/adr/0099-…", "docs/adr/0098-…"] },
    { case: "a folder made at run time", markdown: "data in `.data/`", missing: [] },
    { case: "not paths: packages, URLs, routes, commands", markdown: "`@kk/api/schemas` `/api/trpc` `https://x.example/a` `npm run db:migrate:new -- <name>` `KK_SKIP=e2e`", missing: [] },
  ])("$case", ({ markdown, missing }) => {
    expect(missingPaths(tree, markdown)).toEqual(missing);
  });
});

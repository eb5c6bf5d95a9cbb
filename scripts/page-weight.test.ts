import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRoutes, HEADER_BYTES, pageWeight } from "./page-weight.ts";

/**
 * The page-weight check reads a build's manifests the way Next.js 16 (Turbopack) writes them: a
 * build directory made here by hand, with chunks of known content.
 */
let dist: string;
const chunk = (name: string, text: string) => {
  fs.writeFileSync(path.join(dist, "static", "chunks", name), text);
  return zlib.gzipSync(Buffer.from(text)).length;
};
const manifest = (route: string, entryJSFiles: Record<string, string[]>) => {
  const dir = path.join(dist, "server", "app", path.dirname(route));
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dist, "server", "app", `${route}_client-reference-manifest.js`),
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST[${JSON.stringify(`/${route}`)}] = ${JSON.stringify({ clientModules: {}, entryJSFiles })};\n`,
  );
};
let sizes: Record<string, number>;

beforeAll(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "kk-page-weight-"));
  fs.mkdirSync(path.join(dist, "static", "chunks"), { recursive: true });
  sizes = {
    react: chunk("react.js", "react ".repeat(400)),
    runtime: chunk("runtime.js", "runtime ".repeat(50)),
    layout: chunk("layout.js", "layout shell ".repeat(30)),
    page: chunk("page.js", "the page itself ".repeat(20)),
    polyfill: chunk("polyfill.js", "legacy ".repeat(300)),
  };
  fs.writeFileSync(path.join(dist, "static", "chunks", "styles.css"), "body{}");
  fs.writeFileSync(
    path.join(dist, "build-manifest.json"),
    JSON.stringify({ polyfillFiles: ["static/chunks/polyfill.js"], rootMainFiles: ["static/chunks/react.js", "static/chunks/runtime.js"] }),
  );
  manifest("(portal)/sociale-kaart/page", {
    "[project]/apps/web/src/app/layout": ["static/chunks/layout.js"],
    "[project]/apps/web/src/app/(portal)/sociale-kaart/page": ["static/chunks/layout.js", "/_next/static/chunks/page.js", "static/chunks/styles.css"],
  });
  manifest("inloggen/page", { "[project]/apps/web/src/app/layout": ["static/chunks/layout.js"] });
});
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

describe("page weight from the build's manifests", () => {
  it("counts the root scripts and every chunk of the page's segments once, without the legacy polyfills and the CSS", () => {
    const weight = pageWeight(dist, "(portal)/sociale-kaart/page");
    expect(weight.scripts.map((s) => s.file)).toEqual(["static/chunks/react.js", "static/chunks/runtime.js", "static/chunks/layout.js", "static/chunks/page.js"]);
    const gzip = (sizes.react ?? 0) + (sizes.runtime ?? 0) + (sizes.layout ?? 0) + (sizes.page ?? 0);
    expect(weight.gzipBytes).toBe(gzip);
    expect(weight.transferBytes).toBe(gzip + 4 * HEADER_BYTES);
  });

  it("gives a page without chunks of its own the root scripts and its layouts' chunks only", () => {
    expect(pageWeight(dist, "inloggen/page").scripts.map((s) => s.file)).toEqual(["static/chunks/react.js", "static/chunks/runtime.js", "static/chunks/layout.js"]);
  });

  it("finds every page of the build, and refuses a route the build does not have", () => {
    expect(buildRoutes(dist)).toEqual(["(portal)/sociale-kaart/page", "inloggen/page"]);
    expect(() => pageWeight(dist, "sociale-kaart/page")).toThrow(/no client reference manifest for sociale-kaart\/page/);
  });
});

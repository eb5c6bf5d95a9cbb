import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { directorySearchInput } from "./schemas.ts";
import { directorySearchSql, RESULT_WINDOW } from "./search-directory.ts";

/*
 * Broad searches (docs/adr/0008-search.md, "Broad queries"): the count stops at RESULT_WINDOW, a
 * query ranks only that many hits, and the alphabetical list stays exact on every page.
 * 1,000 "Speeltuin" organisations (exactly the window) and 1,001 "Zwembad" ones (one more), inserted
 * in an order unrelated to their names, so the physical order of the rows is not the alphabet.
 */
let t: ApiTestDatabase;

const name = (kind: string, n: number) => `${kind} ${String(n).padStart(4, "0")}`;

beforeAll(async () => {
  t = await createApiTestDatabase("directory-search-window");
  await t.db.$executeRaw`
    INSERT INTO "Organisation" ("id", "name", "slug", "type", "sector", "legalFrame", "updatedAt")
    SELECT gen_random_uuid()::text, g.kind || ' ' || lpad(g.n::text, 4, '0'), lower(g.kind) || '-' || g.n, g.kind,
           'OVERIG', 'CONSENT_REQUIRED', now()
      FROM (SELECT 'Speeltuin' AS kind, n FROM generate_series(1, ${RESULT_WINDOW}) n
            UNION ALL
            SELECT 'Zwembad', n FROM generate_series(1, ${RESULT_WINDOW + 1}) n) g
     ORDER BY md5(g.kind || g.n)`;
  await t.db.$executeRaw`ANALYZE "Organisation"`;
});
afterAll(async () => {
  await t?.drop();
});

const search = (input: Parameters<ReturnType<ApiTestDatabase["callerFor"]>["directory"]["search"]>[0]) => t.callerFor(t.users.PROFESSIONAL).directory.search(input);

describe("a search with more hits than the window", () => {
  it("counts exactly up to the window", async () => {
    const result = await search({ q: "speeltuin" });
    expect(result).toMatchObject({ total: RESULT_WINDOW, moreThanTotal: false, windowed: false, morePages: false, pageCount: 50, approximate: false });
    const last = await search({ q: "speeltuin", page: 50 });
    expect(last.results).toHaveLength(20);
    expect(last.results.every((r) => r.name.startsWith("Speeltuin "))).toBe(true);
  });

  it("says 'more than' one hit beyond it, ranks and pages only the window, and shows nothing past it", async () => {
    const result = await search({ q: "zwembad" });
    expect(result).toMatchObject({ total: RESULT_WINDOW, moreThanTotal: true, windowed: true, morePages: false, pageCount: 50, totalIsMinimum: false });
    expect(result.results).toHaveLength(20);
    // Fifty pages of twenty, no organisation twice: the window is the same set on every page.
    const seen = new Set<string>();
    for (let page = 1; page <= 50; page++) {
      for (const r of (await search({ q: "zwembad", page })).results) seen.add(r.id);
    }
    expect(seen.size).toBe(RESULT_WINDOW);
    const beyond = await search({ q: "zwembad", page: 51 });
    expect(beyond).toMatchObject({ total: RESULT_WINDOW, moreThanTotal: true, windowed: true, results: [] });
  });

  it("keeps the spelling-corrected path under the same window", async () => {
    const result = await search({ q: "zwembd" });
    expect(result).toMatchObject({ approximate: true, total: RESULT_WINDOW, moreThanTotal: true, windowed: true, totalIsMinimum: false });
    expect(result.results.every((r) => r.name.startsWith("Zwembad "))).toBe(true);
  });
});

describe("the alphabetical list (no query) beyond the window", () => {
  it("is exact and alphabetical on every page, and pages on past the count", async () => {
    const first = await search({ type: ["Zwembad"] });
    expect(first).toMatchObject({ total: RESULT_WINDOW, moreThanTotal: true, morePages: true, windowed: false, pageCount: 50 });
    expect(first.results.map((r) => r.name)).toEqual(Array.from({ length: 20 }, (_, i) => name("Zwembad", i + 1)));
    const fiftieth = await search({ type: ["Zwembad"], page: 50 });
    expect(fiftieth.results.map((r) => r.name)).toEqual(Array.from({ length: 20 }, (_, i) => name("Zwembad", 981 + i)));
    expect(fiftieth.morePages).toBe(true);
    // Page 51 counts one page further: now the total is exact and this is the last page.
    const last = await search({ type: ["Zwembad"], page: 51 });
    expect(last).toMatchObject({ total: RESULT_WINDOW + 1, moreThanTotal: false, morePages: false, pageCount: 51 });
    expect(last.results.map((r) => r.name)).toEqual([name("Zwembad", RESULT_WINDOW + 1)]);
  });

  it("sorts the filter's own hits when the names read in order do not fill the page", async () => {
    // Read only 1,000 names in order: all Speeltuin, so the Zwembad list must come from the fallback.
    const page = async (n: number, read: number) => {
      const input = directorySearchInput.parse({ type: ["Zwembad"], page: n });
      const rows = await t.db.$queryRaw<{ name: string | null; total: number }[]>(directorySearchSql(t.users.PROFESSIONAL, input, null, read));
      return { total: rows[0]?.total, names: rows.map((r) => r.name) };
    };
    const expected = (from: number) => Array.from({ length: 20 }, (_, i) => name("Zwembad", from + i));
    expect(await page(1, 1000)).toEqual({ total: RESULT_WINDOW + 1, names: expected(1) });
    expect(await page(2, 1000)).toEqual({ total: RESULT_WINDOW + 1, names: expected(21) });
    // The same pages from the index read alone (it reaches past the Speeltuin names).
    expect(await page(1, 2000)).toEqual({ total: RESULT_WINDOW + 1, names: expected(1) });
    expect(await page(2, 2000)).toEqual({ total: RESULT_WINDOW + 1, names: expected(21) });
  });

  it("reads the first pages of a broad list in name order from the index", async () => {
    // Every active organisation: Speeltuin 0001… come first, the two test-context ones later.
    const all = await search({});
    expect(all).toMatchObject({ total: RESULT_WINDOW, moreThanTotal: true, morePages: true });
    expect(all.results.map((r) => r.name).slice(0, 3)).toEqual([name("Speeltuin", 1), name("Speeltuin", 2), name("Speeltuin", 3)]);
    const second = await search({ page: 2 });
    expect(second.results[0]?.name).toBe(name("Speeltuin", 21));
  });

  it("counts a list within the window exactly", async () => {
    const result = await search({ type: ["Speeltuin"] });
    expect(result).toMatchObject({ total: RESULT_WINDOW, moreThanTotal: false, morePages: false, pageCount: 50 });
    expect((await search({ type: ["Speeltuin"], page: 50 })).results.at(-1)?.name).toBe(name("Speeltuin", RESULT_WINDOW));
  });
});

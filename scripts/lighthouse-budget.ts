/**
 * The page-weight budget that `npm run bench -- lighthouse` (./bench-lighthouse.ts) checks, and how
 * several Lighthouse runs of one page become one row: the median of each figure on its own.
 * Budgets: issue 15, item 6 (public pages) and issue 17, item 8 (portal pages), both enforced;
 * docs/performance.md, "Page weight and Lighthouse".
 */

export type Audience = "public" | "portal";

export type Budget = {
  /** JavaScript transferred on first load, kB of 1,000 bytes (compressed, as sent). */
  maxJsKb: number;
  minPerformance: number;
  /** Accessibility, best practices and SEO. */
  minOther: number;
  /** Requests to another origin; undefined: not checked. */
  maxOtherOrigins?: number;
  /** A missed enforced budget fails the bench (exit code 1). */
  enforced: boolean;
  name: string;
};

export const BUDGETS: Record<Audience, Budget> = {
  // "No third-party requests at all" (issue 15, item 2): the e2e tests check it too, Lighthouse sees every request of a first visit.
  public: { maxJsKb: 30, minPerformance: 95, minOther: 100, maxOtherOrigins: 0, enforced: true, name: "issue 15 budget" },
  // Issue 17, item 8: JavaScript as Lighthouse counts it (compressed, with each response's headers).
  portal: { maxJsKb: 150, minPerformance: 90, minOther: 0, enforced: true, name: "issue 17 budget" },
};

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

/** What one Lighthouse run of a page comes to (scores 0–100), or the median of several. */
export type PageFigures = {
  scores: Record<Category, number>;
  jsKb: number;
  totalKb: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Requests to another origin than the portal's (issue 15: none on the public pages). */
  otherOrigins: number;
};

/** The median of the finite values (the mean of the middle two for an even count); NaN when there are none. */
export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Each figure's median on its own, not Lighthouse's "median run" (chosen by FCP and TTI): a row may
 * then combine figures of different runs, but every column is the middle of its own spread. A request
 * to another origin is never averaged away: the row keeps the most any run saw.
 */
export function medianFigures(runs: readonly PageFigures[]): PageFigures {
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, median(runs.map((r) => r.scores[id]))])) as Record<Category, number>,
    jsKb: median(runs.map((r) => r.jsKb)),
    totalKb: median(runs.map((r) => r.totalKb)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
    cls: median(runs.map((r) => r.cls)),
    otherOrigins: runs.length === 0 ? Number.NaN : Math.max(...runs.map((r) => r.otherOrigins)),
  };
}

/** What a page misses of its budget, one phrase each; empty when it is within it. A missing figure (NaN) is a miss. */
export function budgetMisses(figures: PageFigures, budget: Budget): string[] {
  const misses: string[] = [];
  if (!(figures.jsKb <= budget.maxJsKb)) misses.push(`JS ${figures.jsKb.toFixed(1)} kB > ${budget.maxJsKb}`);
  if (!(figures.scores.performance >= budget.minPerformance)) misses.push(`performance ${figures.scores.performance} < ${budget.minPerformance}`);
  for (const id of ["accessibility", "best-practices", "seo"] as const) {
    if (!(figures.scores[id] >= budget.minOther)) misses.push(`${id} ${figures.scores[id]} < ${budget.minOther}`);
  }
  if (budget.maxOtherOrigins !== undefined && !(figures.otherOrigins <= budget.maxOtherOrigins)) {
    misses.push(`${figures.otherOrigins} requests to another origin > ${budget.maxOtherOrigins}`);
  }
  return misses;
}

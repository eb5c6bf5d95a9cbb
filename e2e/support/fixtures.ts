import { test as base, expect, type Page } from "@playwright/test";

/**
 * Collects what must never happen on a page: uncaught script errors (e.g. a failed hydration)
 * and Content-Security-Policy violations (a script or style blocked by the nonce-based CSP).
 */
export function trackPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`Uncaught error on ${page.url()}: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
      problems.push(`CSP violation on ${page.url()}: ${message.text()}`);
    }
  });
  return problems;
}

interface Fixtures {
  /** Fails the test when the default page had an uncaught error or a CSP violation. */
  pageProblems: void;
  /**
   * Opens a page in a new, isolated browser context (own cookies): a second person using the
   * portal at the same time. Checked for page problems like the default page.
   */
  openSession: () => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  pageProblems: [
    async ({ page }, use) => {
      const problems = trackPageProblems(page);
      await use();
      expect(problems, "uncaught errors or CSP violations in the page").toEqual([]);
    },
    { auto: true },
  ],
  openSession: async ({ browser, baseURL, locale, timezoneId, viewport }, use) => {
    const sessions: Array<{ close: () => Promise<void>; problems: string[] }> = [];
    await use(async () => {
      const context = await browser.newContext({ baseURL, locale, timezoneId, viewport });
      const page = await context.newPage();
      sessions.push({ close: () => context.close(), problems: trackPageProblems(page) });
      return page;
    });
    for (const session of sessions) await session.close();
    expect(sessions.flatMap((s) => s.problems), "uncaught errors or CSP violations in a second session").toEqual([]);
  },
});

export { expect };

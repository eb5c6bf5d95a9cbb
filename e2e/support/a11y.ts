import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.1 level A and AA: what EN 301 549 and the Dutch government accessibility rules require. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

/**
 * Runs axe-core on the current page and fails with a readable list when it finds serious or
 * critical WCAG 2.1 A/AA violations. Minor and moderate findings are printed, not failed.
 * `options.frames: false` leaves the content of iframes out (the iframe element itself is still
 * checked): with a `sandbox=""` frame on the page (no script runs in it) the default run waited
 * until the test timed out (the public page's preview, e2e/tests/publieke-pagina-beheer.spec.ts).
 */
export async function expectNoSeriousA11yViolations(page: Page, options: { frames?: boolean } = {}): Promise<void> {
  // Wait until the page is rendered and hydrated enough that axe sees the real document.
  await page.waitForLoadState("load");
  // After a client-side navigation Next.js sets <title> from the new page's metadata a moment
  // later; on a loaded machine axe could otherwise see the empty title of the transition.
  await expect.poll(() => page.title(), { message: `the page ${page.url()} has a <title>` }).not.toBe("");
  const builder = new AxeBuilder({ page });
  // Legacy mode runs axe in the page itself (no runPartial per frame, no blank page for finishRun).
  if (options.frames === false) builder.options({ iframes: false }).setLegacyMode(true);
  const results = await builder.withTags(WCAG_TAGS).analyze();
  const blocking = results.violations.filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ""));
  const other = results.violations.filter((v) => !BLOCKING_IMPACTS.has(v.impact ?? ""));
  if (other.length > 0) {
    console.warn(
      `[axe] ${page.url()}: ${other.length} minor/moderate finding(s): ${other.map((v) => v.id).join(", ")}`,
    );
  }
  const report = blocking
    .map(
      (v) =>
        `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.replace(/\s+/g, " ") ?? ""}`)
          .join("\n"),
    )
    .join("\n");
  expect(blocking, `Serious/critical accessibility violations on ${page.url()}:\n${report}`).toEqual([]);
}

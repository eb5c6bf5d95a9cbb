import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";
import { mainNavigation } from "../support/navigation.ts";

async function expectSkipLinkWorks(page: Page): Promise<void> {
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Naar de inhoud" });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeVisible();
  await page.keyboard.press("Enter");
  const main = page.locator("main#inhoud");
  await expect(main).toBeFocused();
  // The next Tab stop is inside the content, not back in the header.
  await page.keyboard.press("Tab");
  expect(await main.evaluate((element) => element.contains(document.activeElement))).toBe(true);
}

test("the skip link is the first Tab stop and moves focus to the content (signed out)", async ({ page }) => {
  await page.goto("/inloggen");
  await expectSkipLinkWorks(page);
});

test("the skip link is the first Tab stop and moves focus to the content (signed in)", async ({ page }) => {
  await signInAs(page, "COORDINATOR");
  await page.goto("/beheer/audit");
  await expectSkipLinkWorks(page);
});

test.describe("on a phone (390×844)", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the navigation is usable and the page does not scroll sideways", async ({ page }) => {
    await signInAs(page, "COORDINATOR");
    await expectNoSeriousA11yViolations(page);

    const nav = mainNavigation(page);
    const link = nav.getByRole("link", { name: "Werkateliers", exact: true });
    // A collapsed menu is fine, as long as its button opens it.
    if (!(await link.isVisible())) {
      const menuButton = page.getByRole("button", { name: "Menu" });
      await expect(menuButton).toHaveAttribute("aria-expanded", "false");
      await menuButton.click();
      await expect(menuButton).toHaveAttribute("aria-expanded", "true");
      await expectNoSeriousA11yViolations(page);
    }
    await expect(link).toBeVisible();
    const box = await link.boundingBox();
    // WCAG 2.2 target size minimum (24×24 CSS pixels).
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
    await link.click();
    await expect(page).toHaveURL((url) => url.pathname === "/werkateliers");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Werkateliers");

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "horizontal scroll on a 390px wide screen").toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);
  });
});

import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";
import { ROLES } from "../support/roles.ts";
import { NAVIGATION_BY_ROLE, areaLinkTexts, expectNoAccess, forbiddenAreas, mainNavigation } from "../support/navigation.ts";

for (const role of ROLES) {
  test(`${role} sees exactly the navigation of the role and can open each page in it`, async ({ page }) => {
    // Up to ten pages, each with an axe run: over 60 s on a busy 2-core machine.
    test.slow();
    const allowed = NAVIGATION_BY_ROLE[role];
    await signInAs(page, role);
    await expectNoSeriousA11yViolations(page);

    expect(await areaLinkTexts(page)).toEqual(allowed.map((area) => area.label));

    // The start page offers the same areas as cards, and no others.
    const main = page.getByRole("main");
    for (const area of allowed) await expect(main.locator(`a[href="${area.href}"]`).first()).toBeVisible();
    for (const area of forbiddenAreas(role)) await expect(main.locator(`a[href="${area.href}"]`)).toHaveCount(0);

    for (const area of allowed) {
      await mainNavigation(page).getByRole("link", { name: area.label, exact: true }).click();
      await expect(page).toHaveURL((url) => url.pathname === area.href);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(area.label);
      await expectNoSeriousA11yViolations(page);
    }
  });

  test(`${role} cannot open the pages outside the navigation of the role`, async ({ page }) => {
    test.slow();
    await signInAs(page, role);
    for (const area of forbiddenAreas(role)) {
      await page.goto(area.href);
      await expectNoAccess(page);
      await expectNoSeriousA11yViolations(page);
    }
  });
}

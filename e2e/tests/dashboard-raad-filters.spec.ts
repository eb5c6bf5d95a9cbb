import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs } from "../support/auth.ts";
import { expectNoSidewaysScroll } from "../support/data.ts";
import { expect, test } from "../support/fixtures.ts";

/*
 * Issue 14, finding 10: one year in half years (van = tot, soort=halfjaar) gave the council a 500
 * page ("totalColumn 6 is outside the table") where that year has no half years (the demo has
 * half years for 2017 and 2018 only). The council's dashboard and its print view must answer every
 * such filter with a page, on a phone too.
 */

const NO_PERIODS = "Voor deze keuze zijn er geen perioden met cijfers.";
/** The filter, and whether the demo has half years in it (else the page says there are none). */
const FILTERS: [string, boolean][] = [
  ["van=2015&tot=2015&soort=halfjaar", false],
  ["van=2018&tot=2018&soort=halfjaar", true],
  ["van=2016&tot=2016&soort=halfjaar&periode=2018-H1", false],
];

test("a council member filters one year in half years and gets the dashboard, not an error page", async ({ page }) => {
  test.slow();
  await signInAs(page, "RAAD");
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [filter, hasHalfYears] of FILTERS) {
    await test.step(`/dashboard?${filter}`, async () => {
      const response = await page.goto(`/dashboard?${filter}`);
      expect(response?.status(), filter).toBeLessThan(500);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
      if (hasHalfYears) await expect(page.getByTestId("council-figures")).toBeVisible();
      else await expect(page.getByText(NO_PERIODS)).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectNoSeriousA11yViolations(page);
    });
    await test.step(`/dashboard/raad/afdrukken?${filter}`, async () => {
      const response = await page.goto(`/dashboard/raad/afdrukken?${filter}`);
      expect(response?.status(), filter).toBeLessThan(500);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Raadsinformatiebrief: voortgang aanpak kindermishandeling");
      await expectNoSeriousA11yViolations(page);
    });
  }
});

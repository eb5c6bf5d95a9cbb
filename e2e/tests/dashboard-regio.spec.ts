import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from "@kk/db/seed";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs, signInWith } from "../support/auth.ts";
import { expectNoSidewaysScroll } from "../support/data.ts";
import { expect, test } from "../support/fixtures.ts";

/*
 * Issue 18, part B: figures per municipality and the council comparison. The Dordrecht coordinator
 * sees Dordrecht's own dashboard (never Zwijndrecht's wijken) and cannot ask for another
 * municipality's; the Zwijndrecht council member compares with the region, where Papendrecht's
 * small count of 2014 and the region total that would give it back are hidden. Changes no data.
 */

const dordrecht = DEMO_ACCOUNTS.find((a) => a.role === "COORDINATOR" && a.municipalityCode === "GM0505");

test("the Dordrecht coordinator sees Dordrecht's own dashboard, and nothing of Zwijndrecht", async ({ page }) => {
  test.slow();
  if (!dordrecht) throw new Error("no Dordrecht demo coordinator in the seed");
  await signInWith(page, dordrecht.email, DEMO_PASSWORD, dordrecht.name, DEMO_TOTP_SECRET);
  await page.goto("/dashboard?van=2014&tot=2018");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  const main = page.getByRole("main");
  await expect(main.getByText("Dordrecht").first()).toBeVisible();
  // Dordrecht's wijken in the ranking, none of Zwijndrecht's.
  await expect(main.getByText("Krispijn").first()).toBeVisible();
  await expect(main.getByText("Walburg")).toHaveCount(0);
  // One municipality: no choice offered.
  await expect(page.getByTestId("municipality-choice")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Another municipality's figures, by URL: not shown (the server answers "not found").
  const response = await page.goto("/dashboard?gemeente=GM0642");
  expect(response?.status()).toBeGreaterThanOrEqual(400);
  await expect(page.getByText("Walburg")).toHaveCount(0);
});

test("the Zwijndrecht council member compares with the region: a neighbour's small count and the region total that gives it back are hidden", async ({ page }) => {
  await signInAs(page, "RAAD");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "Vergelijken met andere gemeenten in de regio" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/dashboard/raad/vergelijking");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vergelijking met de regio");
  const y2014 = page.getByRole("table", { name: "Vergelijking 2014: aantallen en per 1.000 kinderen" });
  await expect(y2014).toBeVisible();
  const row = (name: string) => y2014.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
  await expect(row("Zwijndrecht (uw gemeente)")).toBeVisible();
  // Columns: gemeente | kinderen | confirmed (count, rate) | reports (count, rate) | advice (count, rate).
  const advice = (name: string) => row(name).getByRole("cell").nth(5);
  await expect(advice("Papendrecht")).toContainText("< 10");
  await expect(row("Papendrecht").getByRole("cell").nth(6)).toContainText("afgeschermd");
  await expect(advice("Regio totaal")).toContainText("afgeschermd");
  await expect(advice("Zwijndrecht (uw gemeente)")).not.toContainText("afgeschermd");
  await expect(advice("Dordrecht")).not.toContainText("afgeschermd");
  // Zwijndrecht's confirmed abuse in 2014: 280 of 8.920 children, 31,4 per 1.000.
  await expect(row("Zwijndrecht (uw gemeente)").getByRole("cell").nth(2)).toHaveText("31,4");
  await expect(page.getByTestId("council-footnotes")).toContainText("Minder dan 10");
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
});

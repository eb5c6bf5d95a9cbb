import fs from "node:fs/promises";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";

/*
 * The coordinator's Veilig Thuis dashboard on the demo figures 2014–2018 (Zwijndrecht). Other
 * journeys import later years while this runs, so every visit filters to 2014–2018 explicitly and
 * this file changes no data.
 */

const PLAN_YEARS = "/dashboard?van=2014&tot=2018&soort=jaar";
const INDICATOR_TABLE = /^Bevestigde kindermishandeling per periode, als percentage van de kinderen van 0 tot en met 17 jaar: de cijfers in een tabel$/;

test("a coordinator reads the verdict with its rule and the indicator per year, switches to half years and downloads the indicator as CSV", async ({ page }) => {
  test.slow();
  await signInAs(page, "COORDINATOR");

  await test.step("the plan's years: verdict, rule, 2014 at 3,14% and 2018 provisional", async () => {
    await page.goto(PLAN_YEARS);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
    const status = page.getByRole("region", { name: "Staat het doel op koers?" });
    await expect(status.getByTestId("koers-oordeel")).toHaveText("Op koers (voorlopig)");
    await expect(status).toContainText("2018: 2,97% (voorlopig) ligt onder het doel van 3,00%, dus op koers (voorlopig).");
    await expect(status.getByTestId("koers-regel")).toContainText("De streeflijn loopt recht van 3,14% eind 2014 naar 3,00% op 31 december 2018.");

    const table = page.getByRole("table", { name: INDICATOR_TABLE });
    await expect(table.getByRole("row", { name: /^2014 / })).toContainText("3,14%");
    await expect(table.getByRole("row", { name: /^2018 / })).toContainText("2,97%");
    await expect(table.getByRole("row", { name: /^2018 / })).toContainText("voorlopig");
    await expect(table.getByRole("row", { name: /^2015 / })).toContainText("niet op koers");
    // The AMK → Veilig Thuis break (004 footnote 1, issue 13): the row after it, the chart's marker and the note with its source.
    await expect(table.getByRole("rowheader", { name: "2015 (na breuk in de reeks)" })).toBeVisible();
    const indicatorFigure = page.getByRole("figure").filter({ has: table });
    await expect(indicatorFigure).toContainText("Breuk in de reeks: AMK tot en met 2014, Veilig Thuis vanaf 2015");
    await expect(indicatorFigure).toContainText("Over 2015 zijn geen betrouwbare cijfers");
    await expect(indicatorFigure).toContainText("voetnoot 1");
    await expect(indicatorFigure.locator("svg [data-series-break]")).toHaveCount(2);
    // How the percentage is computed, in the same table: numerator, children, the verdict's sentence.
    await expect(table.getByRole("row", { name: /^2014 / })).toContainText("280");
    await expect(table.getByRole("row", { name: /^2014 / })).toContainText("8.920");
    await expect(table.getByRole("row", { name: /^2014 / })).toContainText("2014: 3,14% ligt op de streeflijn van 3,14%, dus op koers.");
    // Reports are signals: their own section, no verdict.
    const signals = page.getByRole("region", { name: "Meldingen en adviezen" });
    await expect(signals).toContainText("Meer adviezen en meldingen kan goed nieuws zijn");
    await expect(signals).not.toContainText("op koers");
    // The definition says what the percentage is.
    const definition = page.getByRole("region", { name: /^Definitie van de indicator/ });
    await expect(definition).toContainText("Kinderen van 0 tot en met 17 jaar op 1 januari");
    await expect(definition).toContainText("Kinderen in Tel");
    await expect(page.getByRole("link", { name: "Raadsweergave bekijken" })).toHaveAttribute("href", "/dashboard/raad");
    await expect(page.getByRole("link", { name: "Cijfers beheren" })).toHaveAttribute("href", "/beheer/cijfers");
    await expectNoSeriousA11yViolations(page);
  });

  await test.step("the indicator as CSV: BOM, semicolons, Dutch decimals, provisional marked", async () => {
    const figure = page.getByRole("figure", { name: /^Bevestigde kindermishandeling per periode/ });
    const [download] = await Promise.all([page.waitForEvent("download"), figure.getByRole("link", { name: "Download deze cijfers (CSV)" }).click()]);
    expect(download.suggestedFilename()).toBe("veilig-thuis-indicator-GM0642-2014-2018-jaar.csv");
    const body = await fs.readFile((await download.path()) ?? "", "utf8");
    const lines = body.split("\r\n");
    expect(lines[0]).toBe("\uFEFFperiode;code;teller;noemer;percentage;status;voorlopig;streeflijn;koers;toelichting;versie;bron");
    expect(lines[1]).toMatch(/^2014;2014;280;8920;3,14;waarde;nee;3,14;op koers;/);
    expect(lines[5]).toMatch(/^2018;2018;261;8800;2,97;waarde;ja;3,00;op koers;/);
  });

  await test.step("half years through the filter form: rows per half year, no verdict", async () => {
    await page.getByLabel("Soort periode").selectOption("halfjaar");
    await page.getByLabel("Periode voor uitsplitsingen en wijken").selectOption("");
    await page.getByRole("button", { name: "Toon cijfers" }).click();
    await expect(page).toHaveURL(/soort=halfjaar/);
    const table = page.getByRole("table", { name: INDICATOR_TABLE });
    await expect(table.getByRole("row", { name: /^2017 1e halfjaar / })).toBeVisible();
    await expect(table.getByRole("row", { name: /^2018 2e halfjaar / })).toContainText("voorlopig");
    await expect(table.getByRole("row", { name: /^2016 / })).toHaveCount(0);
    // The ranking of 2018's second half year lists every wijk.
    await expect(page.getByRole("table", { name: "Bevestigde kindermishandeling per wijk, 2018 2e halfjaar: de cijfers in een tabel" }).getByRole("row")).toHaveCount(7);
    await expectNoSeriousA11yViolations(page);
  });

  await test.step("a wijk without a figure is listed without a place, never as 0", async () => {
    await page.goto("/dashboard?van=2018&tot=2018&soort=halfjaar&periode=2018-H1");
    const ranking = page.getByRole("table", { name: "Bevestigde kindermishandeling per wijk, 2018 1e halfjaar: de cijfers in een tabel" });
    // Last, without a rank, "ontbreekt" instead of a percentage.
    await expect(ranking.getByRole("row").last()).toContainText("Oostendam");
    await expect(ranking.getByRole("row", { name: /^Oostendam / }).getByRole("cell").first()).toHaveText("");
    await expect(ranking.getByRole("row", { name: /^Oostendam / })).toContainText("ontbreekt");
    await expect(ranking.getByRole("row", { name: /^Walburg / }).getByRole("cell").first()).not.toHaveText("");
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("on a phone (390 px)", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the dashboard has no sideways scroll; wide tables scroll in their own region", async ({ page }) => {
    await signInAs(page, "COORDINATOR");
    await page.goto(PLAN_YEARS);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
    await expect(page.getByRole("region", { name: INDICATOR_TABLE })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "horizontal scroll on a 390px wide screen").toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);
  });
});

import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs } from "../support/auth.ts";
import { expectNoSidewaysScroll, isoDay, uniqueId } from "../support/data.ts";
import { expect, test } from "../support/fixtures.ts";

/*
 * "Bronnen en verantwoording" and the legal review of the content catalogue (issue 13, items 4):
 * the coordinator records "juridisch gecontroleerd door … op …" for the catalogue's current version
 * and every /mag-ik-delen page then shows that date; a professional reads the sources and the status
 * but gets no form. On a 390 px phone, axe on every state. Each run records its own review with a
 * unique name (reviews are append-only), so a re-run on the same database passes.
 */

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const longDate = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "UTC" });

test("the coordinator records the legal review and the pages show its date", async ({ page }) => {
  test.slow();
  await signInAs(page, "COORDINATOR");
  const reviewer = `mr. E2E ${uniqueId()}, jurist`;
  const today = isoDay(0);
  const todayText = longDate.format(new Date(`${today}T00:00:00Z`));

  await test.step("the sources page: five sources, where the world moved on, the statements with their quotes", async () => {
    await page.goto("/mag-ik-delen/bronnen");
    await expect(page.getByRole("heading", { level: 1, name: "Bronnen en verantwoording" })).toBeVisible();
    await expect(page.getByTestId("source-section")).toHaveCount(5);
    const movedOn = page.getByRole("region", { name: "Waar de wereld sindsdien veranderd is" });
    await expect(movedOn).toContainText("Algemene verordening gegevensbescherming (AVG), 25 mei 2018");
    await expect(movedOn).toContainText("Veilig Thuis, 1 januari 2015");
    await expect(movedOn).toContainText("afwegingskader");
    const model = page.getByRole("region", { name: /^003\. Model Samenwerkingsafspraken/ });
    await expect(model).toContainText("vóór 2015");
    await expect(model).toContainText("vertel uw gesprekspartner dan meteen bij het begin van dit contact");
    await expect(page.getByRole("region", { name: /^004\./ })).toContainText("zijn er helaas over het jaar 2015 geen gegevens beschikbaar");
    await expectNoSeriousA11yViolations(page);
    await expectNoSidewaysScroll(page);
  });

  await test.step("an empty form: error summary and inline errors in Dutch", async () => {
    await page.getByRole("button", { name: "Controle vastleggen" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Er is een probleem" });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link", { name: "Vul de naam in van wie de teksten juridisch heeft gecontroleerd." })).toBeVisible();
    await expect(summary.getByRole("link", { name: "Vul de datum van de controle in." })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  await test.step("recorded: the notice, the history and the band at the bottom", async () => {
    await page.getByLabel("Gecontroleerd door", { exact: true }).fill(reviewer);
    await page.getByLabel("Datum van de controle", { exact: true }).fill(today);
    await page.getByLabel("Toelichting (optioneel)", { exact: true }).fill("Alle teksten en citaten nagelopen tegen de bronnen.");
    await page.getByRole("button", { name: "Controle vastleggen" }).click();
    await expect(page.getByRole("status").filter({ hasText: `De juridische controle van ${todayText} is vastgelegd.` })).toBeVisible();
    await expect(page.getByTestId("review-row").filter({ hasText: reviewer })).toContainText("deze versie");
    await expect(page.getByTestId("review-band")).toContainText(`Juridisch gecontroleerd door ${reviewer} op ${todayText}`);
    await expectNoSeriousA11yViolations(page);
    await expectNoSidewaysScroll(page);
  });

  await test.step("every /mag-ik-delen page shows the date, with a link to the sources", async () => {
    await page.goto("/mag-ik-delen");
    const band = page.getByRole("complementary", { name: "Juridische controle" });
    await expect(band).toContainText(`Juridisch gecontroleerd door ${reviewer} op ${todayText}`);
    await band.getByRole("link", { name: "Bronnen en verantwoording" }).click();
    await expect(page).toHaveURL(/\/mag-ik-delen\/bronnen$/);
  });
});

test("a professional reads the sources and the review status, without the form", async ({ page }) => {
  await signInAs(page, "PROFESSIONAL");
  await page.goto("/mag-ik-delen/bronnen");
  await expect(page.getByRole("heading", { level: 1, name: "Bronnen en verantwoording" })).toBeVisible();
  await expect(page.getByTestId("source-section")).toHaveCount(5);
  await expect(page.getByRole("heading", { name: "Juridische controles" })).toBeVisible();
  await expect(page.getByTestId("review-band")).toContainText(/Juridisch gecontroleerd door|Nog niet juridisch gecontroleerd/);
  await expect(page.getByRole("heading", { name: "Juridische controle vastleggen" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Controle vastleggen" })).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: "Vastgelegd door" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await expectNoSidewaysScroll(page);

  // The server refuses a review from a professional, whatever the page shows.
  const response = await page.request.post("/api/trpc/legalReview.record", {
    data: { json: { catalogueVersion: "000000000000", reviewerName: "Iemand", reviewedOn: isoDay(0), note: "" } },
  });
  expect(response.status()).toBe(403);
});

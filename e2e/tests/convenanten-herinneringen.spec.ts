import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";

/*
 * "Verloopt binnenkort": the coordinator sees the demo agreements whose end or review date is near
 * (the demo seed dates "Modelconvenant Veilig Thuis, politie en OM" to end 45 days after seeding and
 * reviews "Werkafspraken toolKID (naar Heerlen)" after 10 days), changes the reminder settings and
 * puts them back to the defaults. The settings are only read on this page (and by the 07:00 job,
 * which does not run during the tests); no other journey depends on them. Demo agreements are
 * only read.
 */

const PATH = "/convenanten/verloopt-binnenkort";
const RANGE_ERROR = "Vul een heel aantal dagen in van 1 tot en met 365.";
const MODEL = "Modelconvenant Veilig Thuis, politie en OM";
const TOOLKID = "Werkafspraken toolKID (naar Heerlen)";

function list(page: Page) {
  return page.getByRole("region", { name: "Actieve afspraken met een einddatum of evaluatiedatum binnenkort" });
}

async function saveDays(page: Page, beforeEnd: string, beforeReview: string) {
  await page.getByLabel("Dagen vóór de einddatum").fill(beforeEnd);
  await page.getByLabel("Dagen vóór de evaluatiedatum").fill(beforeReview);
  await page.getByRole("button", { name: "Termijnen opslaan" }).click();
}

test("the coordinator sees what lapses soon and changes the reminder windows, with Dutch errors for 0 and 400 days", async ({ page, openSession }) => {
  // One journey on purpose (the settings are shared, so changing and restoring them must not run
  // beside a test that reads them): two sessions and four axe runs take long on a loaded 2-core machine.
  test.slow();
  await signInAs(page, "COORDINATOR");
  await page.goto(PATH);
  await expect(page.getByRole("heading", { level: 1, name: "Verloopt binnenkort" })).toBeVisible();

  const model = list(page).getByRole("row").filter({ has: page.getByRole("link", { name: MODEL }) });
  await expect(model).toContainText(/Einddatum \d{1,2} \w+ \d{4} — nog \d+ dagen/);
  await expect(model).toContainText("Carla Coördinator");
  await expect(model).toContainText("Openbaar Ministerie, parket Zuid-Holland Zuid");
  await expect(list(page).getByRole("row").filter({ has: page.getByRole("link", { name: TOOLKID }) })).toContainText(/Evaluatie .* — nog \d+ dagen/);
  await expect(page.getByText(/krijgt een e-mail 60 dagen vóór de einddatum en 14 dagen vóór de evaluatiedatum/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Out of range: the error summary and the field say so in Dutch, nothing is saved.
  await saveDays(page, "0", "400");
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: RANGE_ERROR })).toHaveCount(2);
  await expect(page.getByLabel("Dagen vóór de einddatum")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Dagen vóór de evaluatiedatum")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);

  // A second coordinator has the page open with the defaults.
  const other = await openSession();
  await signInAs(other, "COORDINATOR");
  await other.goto(PATH);
  await expect(other.getByLabel("Dagen vóór de einddatum")).toHaveValue("60");

  // 30 days before the end: the model agreement (45 days) leaves the list, the review stays.
  await saveDays(page, "30", "14");
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen: herinneringen 30 dagen vóór de einddatum" })).toBeVisible();
  await expect(list(page).getByRole("link", { name: MODEL })).toHaveCount(0);
  await expect(list(page).getByRole("link", { name: TOOLKID })).toBeVisible();

  // The other coordinator's form still holds the old version: refused with the conflict message.
  await saveDays(other, "90", "21");
  await expect(other.getByTestId("error-summary")).toContainText("Iemand anders heeft deze gegevens intussen gewijzigd");
  await expectNoSeriousA11yViolations(other);

  // Back to the defaults.
  await page.reload();
  await saveDays(page, "60", "14");
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen: herinneringen 60 dagen vóór de einddatum en 14 dagen" })).toBeVisible();
  await expect(list(page).getByRole("link", { name: MODEL })).toBeVisible();
});

test("the list reads on a phone: the table scrolls inside its own region", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "COORDINATOR");
  await page.goto(PATH);
  await expect(list(page).getByRole("link", { name: TOOLKID })).toBeVisible();
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page);
});

for (const role of ["PROFESSIONAL", "PARTNER"] as const) {
  test(`a ${role.toLowerCase()} gets "Geen toegang" on the lapsing-soon page`, async ({ page }) => {
    await signInAs(page, role);
    await page.goto(PATH);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
    await expectNoSeriousA11yViolations(page);
  });
}

import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";

/*
 * Cijfers beheren (issue 6): the coordinator enters the Veilig Thuis figures of 2021 by hand for
 * Zwijndrecht and two wijken (2014–2018 belong to the demo figures other tests read), corrects one
 * value into a new version and finds both versions, the old one with its old value. On a second run
 * against the same database 2021 already has figures: the first save is then a new version too.
 */

const PERIOD = "2021";

async function fill(page: Page, name: string, value: string): Promise<void> {
  await page.getByLabel(`${name}, ${PERIOD}`, { exact: true }).fill(value);
}

/** Ticks "sla op als nieuwe versie" when the period already has figures (a re-run); returns whether it was there. */
async function confirmNewVersionIfAsked(page: Page): Promise<void> {
  const confirm = page.getByRole("checkbox", { name: /sla deze cijfers op als nieuwe versie/ });
  if (await confirm.isVisible()) await confirm.check();
}

/** The version number from the heading "2021, versie N" of the page the save lands on. */
async function savedVersion(page: Page): Promise<number> {
  const heading = page.getByRole("heading", { level: 1, name: new RegExp(`^${PERIOD}, versie \\d+$`) });
  await expect(heading).toBeVisible();
  return Number((await heading.textContent())!.replace(/^.*versie /, ""));
}

test("the coordinator enters 2021 by hand, corrects one value into a new version, and still sees the old version", async ({ page }) => {
  test.slow();
  await signInAs(page, "COORDINATOR");

  await page.goto("/beheer/cijfers");
  await expect(page.getByRole("heading", { level: 1, name: "Cijfers Veilig Thuis" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Perioden van Zwijndrecht met cijfers" })).toContainText("2017 2e halfjaar");
  await expect(page.getByRole("link", { name: "Bestand importeren" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Cijfers invoeren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cijfers invoeren" })).toBeVisible();
  await page.getByLabel("Jaar (verplicht)").fill(PERIOD);
  await page.getByLabel("Bron (verplicht)").fill("Veilig Thuis Zuid-Holland Zuid");
  await fill(page, "Meldingen, Zwijndrecht", "400");
  await fill(page, "Meldingen, Centrum", "12,5");
  await fill(page, "Meldingen, Walburg", "80");
  await fill(page, "Bevestigde kindermishandeling, Zwijndrecht", "260");
  await fill(page, "Bevestigde kindermishandeling, Centrum", "30");
  await fill(page, "Bevestigde kindermishandeling, Walburg", ".");
  await fill(page, "Meldingen kindermishandeling, Zwijndrecht", "150");
  await fill(page, "Meldingen kindermishandeling, Politie, Zwijndrecht", "500");
  await expectNoSeriousA11yViolations(page);

  // A fraction is refused in the browser, with the cell named in the summary.
  await confirmNewVersionIfAsked(page);
  await page.getByRole("button", { name: "Cijfers opslaan" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("Meldingen, Centrum, 2021: Een aantal moet een geheel getal zijn.");
  await expectNoSeriousA11yViolations(page);

  // A part above its total is refused by the server (the import's rule), on the cell.
  await fill(page, "Meldingen, Centrum", "50");
  await page.getByRole("button", { name: "Cijfers opslaan" }).click();
  await expect(summary).toContainText("Meldingen kindermishandeling, Politie, Zwijndrecht, 2021: Politie (500) is groter dan het totaal meldingen kindermishandeling (150)");
  await summary.getByRole("link", { name: /Politie \(500\)/ }).click();
  await expect(page.getByLabel("Meldingen kindermishandeling, Politie, Zwijndrecht, 2021", { exact: true })).toBeFocused();

  await fill(page, "Meldingen kindermishandeling, Politie, Zwijndrecht", "50");
  await page.getByRole("button", { name: "Cijfers opslaan" }).click();
  const first = await savedVersion(page);
  await expect(page.getByRole("status").filter({ hasText: `De cijfers voor 2021 zijn opgeslagen als versie ${first}.` })).toBeVisible();
  const totals = page.getByRole("table", { name: `Cijfers per gebied, 2021, versie ${first}` });
  await expect(totals.getByRole("row", { name: /^Centrum/ })).toContainText("50");
  await expect(totals.getByRole("row", { name: /^Walburg/ })).toContainText("geheim bij de bron");
  await expectNoSeriousA11yViolations(page);

  // Correct Centrum's reports from the versions page: a new version.
  await page.getByRole("link", { name: "Alle versies van 2021" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Versies van 2021" })).toBeVisible();
  await page.getByRole("link", { name: "Corrigeren (nieuwe versie)" }).click();
  await expect(page.getByText(`U corrigeert 2021, versie ${first}. Opslaan maakt versie ${first + 1}.`)).toBeVisible();
  await expect(page.getByLabel("Meldingen, Centrum, 2021", { exact: true })).toHaveValue("50");
  await fill(page, "Meldingen, Centrum", "55");
  await page.getByLabel("Toelichting (optioneel)").fill("Correctie van Veilig Thuis: Centrum telde 5 meldingen te weinig.");
  await page.getByRole("button", { name: "Cijfers opslaan" }).click();
  await expect(summary).toContainText(`Vink aan dat u deze cijfers wilt opslaan als nieuwe versie ${first + 1} van 2021`);
  await page.getByRole("checkbox", { name: `Ja, sla deze cijfers op als nieuwe versie ${first + 1} van 2021` }).check();
  await page.getByRole("button", { name: "Cijfers opslaan" }).click();
  expect(await savedVersion(page)).toBe(first + 1);
  await expect(page.getByTestId("change-summary")).toHaveText(`1 cijfer is anders dan in versie ${first}. Het is gemarkeerd met ‘gewijzigd’ en de eerdere waarde.`);
  const corrected = page.getByRole("table", { name: `Cijfers per gebied, 2021, versie ${first + 1}` });
  const centrumReports = corrected.getByRole("row", { name: /^Centrum/ }).getByRole("cell").nth(1);
  await expect(centrumReports).toHaveText(/^55/);
  await expect(centrumReports).toContainText("gewijzigd, was 50");
  await expect(corrected.getByRole("row", { name: /^Walburg/ })).not.toContainText("gewijzigd");
  await expectNoSeriousA11yViolations(page);

  // Both versions on the versions page; the old one still shows its old value.
  await page.getByRole("link", { name: "Alle versies van 2021" }).click();
  const rows = page.getByTestId("figure-version-row");
  await expect(rows.first()).toContainText(`Versie ${first + 1} bekijken`);
  await expect(rows.first()).toContainText("huidige versie");
  await expect(rows.first()).toContainText("Correctie van Veilig Thuis");
  await expect(rows.nth(1)).toContainText(`Versie ${first} bekijken`);
  await expect(rows.nth(1)).toContainText("vervangen");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: `Versie ${first} bekijken` }).click();
  await expect(page.getByText(`Deze versie is vervangen door versie ${first + 1}.`)).toBeVisible();
  const old = page.getByRole("table", { name: `Cijfers per gebied, 2021, versie ${first}` });
  // Centrum's reports (the second measure column): 50, whatever an earlier run left before it.
  await expect(old.getByRole("row", { name: /^Centrum/ }).getByRole("cell").nth(1)).toHaveText(/^50/);

  // The overview lists 2021 with the new version, and that 2021 has no children per area yet.
  await page.goto("/beheer/cijfers");
  const row2021 = page.getByTestId("figure-period-row").filter({ has: page.getByRole("rowheader", { name: "2021", exact: true }) });
  await expect(row2021).toContainText(`Versie ${first + 1}`);
  await expect(row2021).toContainText("Handmatig ingevoerd");
});

test("the coordinator fills in the children 0–17 of a wijk for a year; the table follows", async ({ page }) => {
  test.slow();
  await signInAs(page, "COORDINATOR");
  await page.goto("/beheer/cijfers/kinderen");
  await expect(page.getByRole("heading", { level: 1, name: "Aantallen kinderen" })).toBeVisible();
  const table = page.getByRole("table", { name: "Kinderen van 0 tot en met 17 jaar in Zwijndrecht en de wijken" });
  await expect(table.getByRole("row", { name: /^Zwijndrecht/ })).toContainText("8.920");
  await expectNoSeriousA11yViolations(page);

  // A negative number is refused in Dutch; then 2022 for Oostendam (a year no other test reads).
  await page.getByLabel("Gebied", { exact: true }).selectOption({ label: "Oostendam" });
  await page.getByLabel("Jaar", { exact: true }).fill("2022");
  await page.getByLabel("Aantal kinderen van 0 tot en met 17 jaar").fill("-4");
  await page.getByRole("button", { name: "Aantal opslaan" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Een aantal kan niet negatief zijn.");
  await page.getByLabel("Aantal kinderen van 0 tot en met 17 jaar").fill("1.057");
  await page.getByLabel("Bron (optioneel)").fill("BRP, peildatum 1 januari 2022");
  await page.getByRole("button", { name: "Aantal opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het aantal kinderen voor Oostendam in 2022 is opgeslagen: 1.057." })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "2022" })).toBeVisible();
  await expect(table.getByRole("row", { name: /^Oostendam/ })).toContainText("1.057");
  await expectNoSeriousA11yViolations(page);

  // The edit link of a cell fills in the form.
  await page.getByRole("link", { name: "Oostendam, 2022 wijzigen" }).click();
  await expect(page.getByLabel("Aantal kinderen van 0 tot en met 17 jaar")).toHaveValue("1057");

  // On a 390 px phone the grids scroll inside their own labelled region, not the page.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/beheer/cijfers/kinderen", "/beheer/cijfers/invoeren", "/beheer/cijfers"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), path).toBe(true);
  }
});

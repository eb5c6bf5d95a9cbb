import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";
import { expectNoSidewaysScroll } from "../support/data.ts";

/*
 * Import of Veilig Thuis figures (issue 6): the template and a CBS StatLine download, through the
 * mapping step, the preview and the commit. Only periods after the demo years (2014–2018, which
 * other tests read): 2019, 2020 1e halfjaar, and 2023 (never stored; hand entry uses 2021). A second run on the same
 * database finds 2019 and 2020-H1 already there and confirms a new version.
 */

const FIXTURES = path.join(import.meta.dirname, "..", "fixtures", "cijfers");

async function fixture(name: string, replace?: [string, string]): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  let text = await fs.readFile(path.join(FIXTURES, name), "utf8");
  if (replace) text = text.replace(replace[0], replace[1]);
  return { name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") };
}

function errorSummary(page: Page) {
  return page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Er is een probleem" }) });
}

async function chooseFile(page: Page, options: { format: "Sjabloon van het portaal" | "CBS StatLine-download"; file: Awaited<ReturnType<typeof fixture>>; source: string; skipUnknown?: boolean }) {
  await page.getByRole("radio", { name: options.format }).check();
  await page.getByLabel("Bestand", { exact: true }).setInputFiles(options.file);
  await page.getByLabel("Bron", { exact: true }).fill(options.source);
  if (options.skipUnknown) await page.getByRole("checkbox", { name: /^Sla rijen over van gebieden/ }).check();
  await page.getByRole("button", { name: "Bestand controleren" }).click();
}

/** Step 3 → 4: ticks "new version" when the period is already there (a second run), imports, returns the success panel. */
async function commit(page: Page) {
  const confirm = page.getByRole("checkbox", { name: "Importeer als nieuwe versie" });
  if (await confirm.isVisible()) {
    // Without the tick the import is refused, with the reason at the checkbox.
    await page.getByRole("button", { name: "Importeren", exact: true }).click();
    await expect(errorSummary(page).getByRole("link", { name: "Vink ‘Importeer als nieuwe versie’ aan om door te gaan." })).toBeVisible();
    await confirm.check();
  }
  await page.getByRole("button", { name: "Importeren", exact: true }).click();
  const success = page.getByRole("status").filter({ hasText: "Cijfers geïmporteerd" });
  await expect(success).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "Stap 4 van 4: Importeren" })).toBeFocused();
  return success;
}

test("a coordinator imports the template for 2019 and a CBS download for 2020 1e halfjaar through the mapping step", async ({ page }) => {
  test.slow();
  const run = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
  await signInAs(page, "COORDINATOR");
  await page.goto("/beheer/cijfers/import");
  await expect(page.getByRole("heading", { level: 1, name: "Cijfers importeren" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sjabloon downloaden (Excel, .xlsx)" })).toHaveAttribute("href", "/beheer/cijfers/sjabloon/xlsx");
  await expectNoSeriousA11yViolations(page);

  await test.step("the CSV template downloads", async () => {
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Sjabloon downloaden (CSV, puntkomma-gescheiden)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("sjabloon-veilig-thuis-cijfers.csv");
    expect(await fs.readFile(await file.path(), "utf8")).toContain("periode;gebied;maatregel;uitsplitsing;sleutel;waarde;status;voorlopig");
  });

  await test.step("template 2019: preview, import", async () => {
    await chooseFile(page, { format: "Sjabloon van het portaal", file: await fixture("sjabloon-2019.csv"), source: "Veilig Thuis Zuid-Holland Zuid (e2e)" });
    await expect(page.getByRole("heading", { name: "Stap 3 van 4: Controleren" })).toBeFocused({ timeout: 30_000 });
    const deliveries = page.getByRole("table", { name: "Leveringen die worden opgeslagen" });
    const row = deliveries.getByRole("row", { name: /^2019 Zwijndrecht / });
    await expect(row).toContainText(/Nieuw|Nieuwe versie \d+/);
    await expect(row.getByRole("cell").nth(3)).toHaveText("15");
    await expect(page.getByText(/De cijfers in het bestand vervangen die van de vorige versie/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const success = await commit(page);
    await expect(success).toContainText(/2019, Zwijndrecht: versie \d+ \(15 cijfers/);
    await expectNoSeriousA11yViolations(page);
  });

  await test.step("CBS 2020 1e halfjaar*: the mapping step for an unknown column, the other municipality of the region skipped", async () => {
    await page.getByRole("button", { name: "Nog een bestand importeren" }).click();
    const header = `Vastgesteld na onderzoek ${run}`;
    await chooseFile(page, {
      format: "CBS StatLine-download",
      file: await fixture("cbs-84849NED-2020-halfjaar.csv", ["Vastgesteld na onderzoek", header]),
      source: "CBS StatLine 84849NED",
      skipUnknown: true,
    });
    await expect(page.getByRole("heading", { name: "Stap 2 van 4: Kolommen koppelen" })).toBeFocused({ timeout: 30_000 });
    const columns = page.getByRole("table", { name: "Kolommen van het bestand" });
    // The reader gives the column names in lower case.
    await expect(columns.getByRole("row", { name: new RegExp(header, "i") })).toContainText("onzeker");
    await expect(columns.getByRole("row", { name: /^perioden /i })).toContainText("zeker");
    await expect(page.getByText("De koppeling wordt bij het importeren automatisch onthouden")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel(`Gegeven voor kolom ‘${header.toLowerCase()} (aantal)’`).selectOption({ label: "bevestigde kindermishandeling" });
    await page.getByRole("button", { name: "Koppeling gebruiken en controleren" }).click();

    await expect(page.getByRole("heading", { name: "Stap 3 van 4: Controleren" })).toBeFocused({ timeout: 30_000 });
    await expect(page.getByText("CBS-tabel: 84849NED")).toBeVisible();
    await expect(page.getByText(/Het CBS rondt aantallen af op vijftallen/)).toBeVisible();
    await page.getByText("Overgeslagen rijen (1)").click();
    // Issue 18: Dordrecht is a municipality of the demo region, not the coordinator's (Zwijndrecht).
    await expect(page.getByText("Rij 5: ‘Dordrecht’ (GM0505) hoort bij een andere gemeente en is overgeslagen.")).toBeVisible();
    const row = page.getByRole("table", { name: "Leveringen die worden opgeslagen" }).getByRole("row", { name: /^2020 1e halfjaar Zwijndrecht / });
    await expect(row.getByRole("cell").nth(3)).toHaveText("7");
    await expect(row.getByRole("cell").nth(5)).toHaveText("ja");
    await expectNoSeriousA11yViolations(page);
    const success = await commit(page);
    await expect(success).toContainText(/2020 1e halfjaar, Zwijndrecht: versie \d+ \(7 cijfers/);
    await expect(success.getByRole("link", { name: "Naar het dashboard" })).toHaveAttribute("href", "/dashboard");
  });

  await test.step("the new periods are on the dashboard", async () => {
    await page.goto("/dashboard?van=2019&tot=2019&soort=jaar");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
    await expect(page.getByRole("table", { name: /^Bevestigde kindermishandeling per periode/ }).getByRole("row", { name: /^2019 / })).toBeVisible();
    await page.goto("/dashboard?van=2020&tot=2020&soort=halfjaar");
    await expect(page.getByRole("table", { name: /^Bevestigde kindermishandeling per periode/ }).getByRole("row", { name: /^2020 1e halfjaar / })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test("a file with a negative count is refused with the row named, and nothing is written", async ({ page }) => {
  test.slow();
  await signInAs(page, "COORDINATOR");
  await page.goto("/beheer/cijfers/import");
  // Nothing filled in: every problem at once, each linking to its field.
  await page.getByRole("button", { name: "Bestand controleren" }).click();
  await expect(errorSummary(page).getByRole("link", { name: "Kies een bestand." })).toBeVisible();
  await expect(errorSummary(page).getByRole("link", { name: /^Vul de bron in/ })).toBeVisible();
  await errorSummary(page).getByRole("link", { name: "Kies een bestand." }).click();
  await expect(page.getByLabel("Bestand", { exact: true })).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  await chooseFile(page, { format: "Sjabloon van het portaal", file: await fixture("sjabloon-negatief.csv"), source: "Veilig Thuis Zuid-Holland Zuid (e2e)" });
  const summary = errorSummary(page);
  await expect(summary).toBeVisible({ timeout: 30_000 });
  await expect(summary).toContainText("Rij 3: waarde ‘-5’: een aantal kan niet negatief zijn.");
  await expect(page.getByText("Het bestand is niet geïmporteerd: herstel de fouten")).toBeVisible();
  await expect(page.getByRole("button", { name: "Importeren", exact: true })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Corrected, the same period is still new: the refused file stored nothing (2023 is never stored by any test).
  await chooseFile(page, { format: "Sjabloon van het portaal", file: await fixture("sjabloon-negatief.csv", [";-5;", ";25;"]), source: "Veilig Thuis Zuid-Holland Zuid (e2e)" });
  await expect(page.getByRole("heading", { name: "Stap 3 van 4: Controleren" })).toBeFocused({ timeout: 30_000 });
  await expect(errorSummary(page)).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Leveringen die worden opgeslagen" }).getByRole("row", { name: /^2023 Zwijndrecht / }).getByRole("cell").nth(2)).toHaveText("Nieuw");
  await expect(page.getByRole("checkbox", { name: "Importeer als nieuwe versie" })).toHaveCount(0);

  // On a 390 px phone the preview's table scrolls inside its own region, not the page.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("region", { name: "Leveringen die worden opgeslagen" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
});

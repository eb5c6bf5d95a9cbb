import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";

const HEADER = "naam;sector;soort;wettelijk kader;postcode;telefoon;diensten;contact 1 naam;contact 1 rollen";

function csv(lines: string[]): { name: string; mimeType: string; buffer: Buffer } {
  return { name: "sociale-kaart.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8") };
}

function errorSummary(page: Page) {
  return page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Er is een probleem" }) });
}

async function checkFile(page: Page, file: ReturnType<typeof csv>): Promise<void> {
  await page.getByLabel("Bestand (Excel of CSV)").setInputFiles(file);
  await page.getByRole("button", { name: "Bestand controleren" }).click();
  await expect(page.getByRole("heading", { name: "3. Voorbeeld: wat er verandert" })).toBeVisible();
}

test("a coordinator imports organisations: a bad row stops everything, the corrected file goes in", async ({ page }) => {
  const id = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
  const name = `Huisartsenpraktijk E2E ${id}`;
  const good = `${name};MEDISCH;Huisarts;CONSENT_REQUIRED;3331 AB;078 700 12 34;huisartsenzorg;Dr. E2E ${id};AANDACHTSFUNCTIONARIS`;

  await signInAs(page, "COORDINATOR");
  await page.goto("/beheer/import");
  await expect(page.getByRole("heading", { level: 1, name: "Sociale kaart importeren en exporteren" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // One bad postcode: the summary names the row, nothing can be imported.
  await checkFile(page, csv([HEADER, good, `Kinderopvang E2E ${id};ONDERWIJS;Kinderopvang;CONSENT_REQUIRED;12345;;;;`]));
  const summary = errorSummary(page);
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: /^Rij 3, postcode ‘12345’/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Kinderopvang E2E/ })).toContainText("1 fout(en)");
  await expect(page.getByRole("button", { name: "Importeren" })).toHaveCount(0);
  await expect(page.getByText("Er staan fouten in het bestand. Er is niets opgeslagen.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // The error links to its row.
  await summary.getByRole("link", { name: /^Rij 3/ }).click();
  await expect(page.locator("#rij-3")).toBeFocused();

  // Corrected: the good row is still new (the failed attempt stored nothing), then imported.
  await checkFile(page, csv([HEADER, good, `Kinderopvang E2E ${id};ONDERWIJS;Kinderopvang;CONSENT_REQUIRED;3331 AC;;;;`]));
  await expect(errorSummary(page)).toHaveCount(0);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Nieuw");
  await page.getByRole("button", { name: "Importeren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Import gelukt" })).toContainText("2 organisaties aangemaakt");

  // The new organisation is on the sociale kaart.
  await page.getByRole("link", { name }).click();
  await expect(page).toHaveURL(/\/sociale-kaart\/huisartsenpraktijk-e2e-/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
});

test("a coordinator downloads the sociale kaart as CSV and the import template", async ({ page }) => {
  await signInAs(page, "COORDINATOR");
  await page.goto("/beheer/import");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Exporteer CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^sociale-kaart-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await fs.readFile((await download.path()) ?? "", "utf8");
  expect(text.startsWith("\uFEFFslug;naam;omschrijving;sector;")).toBe(true);
  expect(text).toContain("Veilig Thuis Zuid-Holland Zuid");

  const [template] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download het sjabloon (Excel)" }).click()]);
  expect(template.suggestedFilename()).toBe("sociale-kaart-importsjabloon.xlsx");
});

test("a professional downloads the sociale kaart from the search page, without coordinators-only contacts", async ({ page }) => {
  await signInAs(page, "PROFESSIONAL");
  await page.goto("/sociale-kaart");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Exporteer JSON (Open Referral)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^sociale-kaart-\d{4}-\d{2}-\d{2}\.json$/);
  const body = JSON.parse(await fs.readFile((await download.path()) ?? "", "utf8"));
  const veiligThuis = body.contents.find((o: { kk: { slug: string } }) => o.kk.slug === "veilig-thuis-zhz");
  const names = veiligThuis.contacts.map((c: { name: string }) => c.name);
  expect(names).toContain("Robert Koster");
  expect(names).not.toContain("Marieke Dekker"); // Veilig Thuis' jurist: coordinators only
});

test("the import page is the coordinator's; the public API shows public organisations without people", async ({ page, request }) => {
  await signInAs(page, "PROFESSIONAL");
  const response = await page.goto("/beheer/import");
  expect(response?.status()).toBe(403);

  const api = await request.get("/api/public/v1/organisaties");
  expect(api.status()).toBe(200);
  expect(api.headers()["cache-control"]).toContain("public");
  const body = await api.json();
  const slugs = body.contents.map((o: { kk: { slug: string } }) => o.kk.slug);
  expect(slugs).toContain("veilig-thuis-zhz");
  expect(slugs).not.toContain("vrouwenopvang-drechtsteden");
  expect(JSON.stringify(body)).not.toContain("Carla Coördinator");
});

import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { demoPartnerOf, signInAs, signInAsAccount } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";

/*
 * Managing the sociale kaart: a partner keeps its own entry current and confirms it, a
 * coordinator creates an organisation with contacts and an escalation route. The journey that
 * changes an entry signs in as the partner of basisschool-de-regenboog, which no other journey
 * reads (packages/db/src/seed/demo-accounts.ts).
 */

const PARTNER_ORG = "basisschool-de-regenboog";
const OTHER_ORG = "gemeente-zwijndrecht";

function errorSummary(page: Page) {
  return page.getByTestId("error-summary");
}

function today(): string {
  return new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(new Date());
}

function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
}

test("a partner updates its phone number and confirms the entry", async ({ page }) => {
  await signInAsAccount(page, demoPartnerOf(PARTNER_ORG));
  await page.getByRole("link", { name: "Mijn organisatie bijwerken" }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/sociale-kaart/${PARTNER_ORG}/bewerken`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/bewerken$/);
  await expectNoSeriousA11yViolations(page);

  // The legal frame is shown, not editable, for a partner.
  await expect(page.getByRole("combobox", { name: "Wettelijk kader" })).toHaveCount(0);
  await expect(page.getByRole("term").filter({ hasText: "Wettelijk kader" })).toBeVisible();

  const phone = page.getByLabel("Algemeen telefoonnummer");
  await phone.fill("078 765 43 21");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De wijzigingen zijn opgeslagen." })).toBeVisible();

  // Saving is not confirming; confirming is.
  await page.getByRole("button", { name: "Alles klopt nog — bevestigen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De gegevens zijn bevestigd als juist." })).toBeVisible();
  await expect(page.getByTestId("verified-status")).toContainText(`Gecontroleerd op ${today()}`);

  await page.reload();
  await expect(page.getByLabel("Algemeen telefoonnummer")).toHaveValue("078 765 43 21");
  await expect(page.getByTestId("verified-status")).toContainText(`Gecontroleerd op ${today()}`);
});

test("a partner cannot open another organisation's edit pages", async ({ page }) => {
  await signInAs(page, "PARTNER");
  for (const path of ["", "/contacten", "/escalatieroute"]) {
    await page.goto(`/sociale-kaart/${OTHER_ORG}/bewerken${path}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
    await expect(page.getByRole("button", { name: /opslaan|bevestigen/ })).toHaveCount(0);
  }
  await page.goto("/sociale-kaart/nieuw");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
});

test("a coordinator creates an organisation with a contact and a two-step escalation route", async ({ page }) => {
  const name = uniqueName("Jeugdpraktijk E2E");
  await signInAs(page, "COORDINATOR");
  await page.goto("/sociale-kaart/nieuw");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuwe organisatie");
  await expectNoSeriousA11yViolations(page);

  // Empty required fields: the error summary at the top, focused, linking to the fields.
  await page.getByRole("button", { name: "Organisatie opslaan" }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page)).toContainText("Vul de naam van de organisatie in.");
  await expect(errorSummary(page)).toContainText("Kies het wettelijk kader.");
  await expectNoSeriousA11yViolations(page);
  await errorSummary(page).getByRole("link", { name: "Vul de naam van de organisatie in." }).click();
  await expect(page.getByLabel("Naam van de organisatie")).toBeFocused();

  await page.getByLabel("Naam van de organisatie").fill(name);
  await page.getByLabel("Soort organisatie").fill("Jeugd-GGZ");
  await page.getByLabel("Sector").selectOption({ label: "Medisch" });
  await page.getByLabel("Wettelijk kader").selectOption("CONSENT_REQUIRED");
  await page.getByLabel("Algemeen telefoonnummer").fill("12");
  await page.getByRole("button", { name: "Organisatie opslaan" }).click();
  await expect(errorSummary(page)).toContainText("Vul een geldig Nederlands telefoonnummer in");
  await page.getByLabel("Algemeen telefoonnummer").fill("078 111 22 33");
  await page.getByLabel("Diensten").fill("KOPP/KVO, opvoedondersteuning");
  await page.getByRole("button", { name: "Organisatie opslaan" }).click();

  await expect(page).toHaveURL(/\/sociale-kaart\/jeugdpraktijk-e2e-[a-z0-9-]+\/bewerken\?nieuw=1$/);
  await expect(page.getByRole("status").filter({ hasText: `De organisatie ${name} is toegevoegd.` })).toBeVisible();
  await expect(page.getByLabel("Diensten")).toHaveValue("KOPP/KVO, opvoedondersteuning");
  await expect(page.getByTestId("verified-status")).toHaveText("Deze gegevens zijn nog nooit gecontroleerd.");
  await expectNoSeriousA11yViolations(page);
  const editUrl = new URL(page.url()).pathname;

  // A contact.
  await page.getByRole("link", { name: "Contactpersonen beheren" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Contactpersonen van ${name}`);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Contactpersoon toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Contactpersoon toevoegen");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Naam", { exact: true }).fill("Sanne Jansen");
  await page.getByLabel("Functie").fill("Gedragswetenschapper");
  await page.getByLabel("Aandachtsfunctionaris kindermishandeling").check();
  await page.getByLabel("Telefoonnummer").fill("06 12345678");
  await page.getByRole("button", { name: "Contactpersoon opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De contactpersoon is toegevoegd." })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Sanne Jansen" });
  await expect(row).toContainText("Aandachtsfunctionaris kindermishandeling");
  await row.getByRole("link", { name: "Sanne Jansen wijzigen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Contactpersoon wijzigen");
  await expect(page.getByLabel("Aandachtsfunctionaris kindermishandeling")).toBeChecked();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Aandachtsfunctionaris kindermishandeling").uncheck();
  await page.getByLabel("Aanspreekpunt bij escalatie").check();
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De wijzigingen zijn opgeslagen." })).toBeVisible();
  await page.getByRole("link", { name: "Terug naar de contactpersonen" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Sanne Jansen" })).toContainText("Aanspreekpunt bij escalatie");

  // The escalation route: two steps, the second moved up with the keyboard, then saved.
  await page.goto(`${editUrl}/escalatieroute`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Escalatieroute van ${name}`);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Stap toevoegen" }).click();
  const steps = page.getByTestId("route-step");
  await expect(steps.nth(0).getByLabel("Wie of wat")).toBeFocused();
  await steps.nth(0).getByLabel("Wie of wat").fill("Leidinggevende");
  await steps.nth(0).getByLabel("Verwachte reactietijd").fill("binnen 2 werkdagen");
  await page.getByRole("button", { name: "Stap toevoegen" }).click();
  await steps.nth(1).getByLabel("Wie of wat").fill("Aandachtsfunctionaris");
  await steps.nth(1).getByLabel("Contactpersoon").selectOption({ label: "Sanne Jansen (Gedragswetenschapper)" });
  await steps.nth(1).getByLabel("Verwachte reactietijd").fill("binnen 1 werkdag");
  await page.getByRole("button", { name: "Stap 2 omhoog verplaatsen" }).focus();
  await page.keyboard.press("Enter");
  await expect(steps.nth(0).getByLabel("Wie of wat")).toHaveValue("Aandachtsfunctionaris");
  await expect(steps.nth(1).getByLabel("Wie of wat")).toHaveValue("Leidinggevende");
  await expect(page.getByRole("button", { name: "Stap 1 omlaag verplaatsen" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Escalatieroute opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De escalatieroute is opgeslagen." })).toBeVisible();

  // The saved route, in order, on the edit page and after a reload of the editor.
  await page.goto(editUrl);
  const summary = page.getByTestId("route-summary").getByRole("listitem");
  await expect(summary).toHaveText([
    "Aandachtsfunctionaris: Sanne Jansen (binnen 1 werkdag)",
    "Leidinggevende (binnen 2 werkdagen)",
  ]);
  await page.goto(`${editUrl}/escalatieroute`);
  await expect(steps.nth(0).getByLabel("Contactpersoon")).toHaveValue(/.+/);
  await expect(steps.nth(1).getByLabel("Wie of wat")).toHaveValue("Leidinggevende");
});

test("the second of two simultaneous saves is refused with a clear message and keeps the input", async ({ page, openSession }) => {
  await signInAs(page, "COORDINATOR");
  const second = await openSession();
  await signInAs(second, "COORDINATOR");
  const url = `/sociale-kaart/cjg-zwijndrecht/bewerken`;
  await page.goto(url);
  await second.goto(url);

  await page.getByLabel("Openingstijden en bereikbaarheid").fill("Maandag tot en met vrijdag 8.30-17.00 uur");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De wijzigingen zijn opgeslagen." })).toBeVisible();

  await second.getByLabel("Openingstijden en bereikbaarheid").fill("Alleen op afspraak");
  await second.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(errorSummary(second)).toBeFocused();
  await expect(errorSummary(second)).toContainText("Iemand anders heeft deze gegevens intussen gewijzigd.");
  await expect(second.getByLabel("Openingstijden en bereikbaarheid")).toHaveValue("Alleen op afspraak");

  await page.reload();
  await expect(page.getByLabel("Openingstijden en bereikbaarheid")).toHaveValue("Maandag tot en met vrijdag 8.30-17.00 uur");
});

test("a demo route that ends with the municipal coordinator can be saved as it is", async ({ page }) => {
  await signInAs(page, "COORDINATOR");
  await page.goto("/sociale-kaart/huisartsenpraktijk-walburg/bewerken/escalatieroute");
  const steps = page.getByTestId("route-step");
  const last = steps.last();
  await expect(last.getByLabel("Contactpersoon").locator("option:checked")).toHaveText(/\(Gemeente Zwijndrecht\)$/);
  const count = await steps.count();
  await page.getByRole("button", { name: "Escalatieroute opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De escalatieroute is opgeslagen." })).toBeVisible();
  await page.reload();
  await expect(steps).toHaveCount(count);
});

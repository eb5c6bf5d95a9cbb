import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs } from "../support/auth.ts";
import { isoDay } from "../support/data.ts";
import { expect, test } from "../support/fixtures.ts";
import { minimalPdf } from "../../packages/api/src/testing/minimal-pdf.ts";

/*
 * The convenanten registry (issue 4): a coordinator records an agreement between two
 * organisations, makes it active and stores its text as a PDF; a professional reads it; the
 * coverage matrix shows the pair as covered. Bad input is refused in Dutch and saves nothing.
 * The agreements are new ones with unique titles, between two organisations that no demo
 * agreement (packages/db/src/seed/demo-agreements.ts) and no other journey uses as parties.
 */

const ORG_A = { name: "Huisartsenpraktijk Kort Ambacht", slug: "huisartsenpraktijk-kort-ambacht" };
const ORG_B = { name: "Verloskundigenpraktijk De Levensboom", slug: "verloskundigenpraktijk-zwijndrecht" };
const SECTOR = "MEDISCH";

function uniqueTitle(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
}

/** A small but complete one-page PDF (the API's tests use the same bytes), as Playwright's upload buffer. */
function pdfBytes(text: string): Buffer {
  return Buffer.from(minimalPdf(text));
}

function errorSummary(page: Page) {
  return page.getByTestId("error-summary");
}

function party(page: Page, n: number) {
  return page.getByRole("group", { name: `Partij ${n}`, exact: true });
}

function clause(page: Page, legend: string) {
  return page.getByRole("group", { name: legend, exact: true });
}

/** The first part of the form: title, kind and two parties. */
async function fillBasics(page: Page, title: string, partyA: string, partyB: string): Promise<void> {
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Soort afspraak").selectOption({ label: "Convenant" });
  await party(page, 1).getByLabel("Organisatie").selectOption({ label: partyA });
  await party(page, 2).getByLabel("Organisatie").selectOption({ label: partyB });
}

test("a coordinator records an agreement with two parties and its PDF; a professional reads it; the pair is covered", async ({
  page,
  openSession,
}) => {
  // One journey through eight pages in two sessions, with axe on each: on a busy 2-core machine
  // it needs more than the 60 s default (triples it).
  test.slow();
  const title = uniqueTitle("Convenant huisarts en verloskundige");
  const pdf = pdfBytes(`Convenant ${title.slice(-8)}`);
  let agreementUrl = "";

  await test.step("the coordinator creates the agreement with parties and clauses", async () => {
    await signInAs(page, "COORDINATOR");
    await page.goto("/convenanten");
    await expect(page.getByRole("heading", { level: 1, name: "Convenanten", exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: "Nieuwe afspraak" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nieuwe afspraak" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await fillBasics(page, title, ORG_A.name, ORG_B.name);
    await page.getByLabel("Doel (niet verplicht)").fill("Zorgen dat signalen over een zwangere vrouw en haar kind op tijd bij de huisarts komen.");
    await page.getByLabel(/^Ingangsdatum/).fill(isoDay(-7));
    await page.getByLabel(/^Einddatum/).fill(isoDay(700));
    await page.getByLabel(/^Evaluatiedatum/).fill(isoDay(300));
    await party(page, 1).getByLabel(/^Naam ondertekenaar/).fill("Dr. Ruben Willems");
    await party(page, 1).getByLabel(/^Functie ondertekenaar/).fill("Praktijkhouder");
    await party(page, 1).getByLabel(/^Datum ondertekening/).fill(isoDay(-8));

    // A third party can be added and removed again.
    await page.getByRole("button", { name: "Partij toevoegen" }).click();
    await expect(party(page, 3)).toBeVisible();
    await page.getByRole("button", { name: "Partij 3 verwijderen" }).click();
    await expect(party(page, 3)).toHaveCount(0);

    await clause(page, "1a. Openheid naar de cliënt").getByLabel("Gedekt", { exact: true }).check();
    await page.getByTestId("clause-field-1a").getByLabel(/^Artikel of tekst/).fill("Artikel 3");
    await clause(page, "5. Informatie opvragen").getByLabel("Gedekt", { exact: true }).check();
    await clause(page, "6. Informatie verstrekken").getByLabel("Gedekt", { exact: true }).check();
    await clause(page, "Escalatie tussen organisaties").getByLabel("Niet gedekt", { exact: true }).check();
    await clause(page, "4. Melden bij Veilig Thuis of de Raad").getByLabel("Niet van toepassing", { exact: true }).check();

    await page.getByRole("button", { name: "Afspraak opslaan" }).click();
    await expect(page).toHaveURL(/\/convenanten\/[^/]+\?opgeslagen=nieuw$/);
    agreementUrl = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "De afspraak is opgeslagen als concept." })).toBeVisible();
    await expect(page.getByTestId("agreement-status").first()).toHaveText("Concept");
    await expect(page.getByTestId("agreement-party")).toHaveCount(2);
    await expect(page.getByTestId("agreement-party").filter({ hasText: ORG_A.name })).toContainText("Dr. Ruben Willems");
    await expect(page.getByTestId("clause-1a")).toContainText("Gedekt");
    await expect(page.getByTestId("clause-1a")).toContainText("Artikel 3");
    await expect(page.getByTestId("clause-escalatie")).toContainText("Niet gedekt");
    await expect(page.getByTestId("clause-7")).toContainText("Niet beoordeeld");
    await expect(page.getByTestId("agreement-coverage")).toHaveText("3 van 12 bepalingen gedekt (7 niet beoordeeld)");
    await expectNoSeriousA11yViolations(page);
  });

  await test.step("the coordinator makes it active: in bespreking, then actief", async () => {
    await page.getByRole("button", { name: "In bespreking nemen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De status is gewijzigd naar in bespreking." })).toBeVisible();
    await expect(page.getByTestId("agreement-status").first()).toHaveText("In bespreking");
    await page.getByRole("button", { name: "Actief maken" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De status is gewijzigd naar actief." })).toBeVisible();
    await expect(page.getByTestId("agreement-status").first()).toHaveText("Actief");
    await expect(page.getByRole("button", { name: "Beëindigen" })).toBeVisible();
    await expect(page.getByTestId("agreement-history")).toContainText("Status gewijzigd van in bespreking naar actief");
    await expect(page.getByTestId("agreement-history")).toContainText("Aangemaakt");
    await expectNoSeriousA11yViolations(page);
  });

  await test.step("the coordinator uploads the PDF and downloads it back byte for byte", async () => {
    await page.getByLabel("PDF-bestand").setInputFiles({ name: "convenant.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByRole("button", { name: "Versie toevoegen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Versie 1 (convenant.pdf) is opgeslagen." })).toBeVisible();
    const downloadLink = page.getByRole("link", { name: /Download versie 1/ });
    await expect(downloadLink).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const [download] = await Promise.all([page.waitForEvent("download"), downloadLink.click()]);
    expect(download.suggestedFilename()).toBe("convenant.pdf");
    const downloaded = await fs.readFile(await download.path());
    expect(Buffer.compare(downloaded, pdf)).toBe(0);
  });

  await test.step("a professional finds and reads it, without edit controls", async () => {
    const professional = await openSession();
    await signInAs(professional, "PROFESSIONAL");
    await professional.goto("/convenanten");
    await expect(professional.getByRole("link", { name: "Nieuwe afspraak" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(professional);
    await professional.getByLabel("Zoek op titel").fill(title);
    await professional.getByLabel("Partij", { exact: true }).selectOption({ label: ORG_B.name });
    await professional.getByRole("button", { name: "Zoeken", exact: true }).click();
    await expect(professional).toHaveURL((url) => url.searchParams.get("q") === title && url.searchParams.get("partij") !== null);
    await expect(professional.getByTestId("agreement-count")).toHaveText("1 afspraak");
    const card = professional.getByTestId("agreement-card").filter({ hasText: title });
    await expect(card).toContainText(`${ORG_A.name}, ${ORG_B.name}`);
    await expect(card).toContainText("3 van 12 bepalingen gedekt");
    await expect(card.getByTestId("agreement-status")).toHaveText("Actief");
    await expectNoSeriousA11yViolations(professional);

    await card.getByRole("link", { name: title }).click();
    await expect(professional).toHaveURL((url) => url.pathname === agreementUrl);
    await expect(professional.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(professional.getByTestId("agreement-party")).toHaveCount(2);
    await expect(professional.getByRole("link", { name: ORG_B.name })).toHaveAttribute("href", `/sociale-kaart/${ORG_B.slug}`);
    await expect(professional.getByTestId("clause-1a")).toContainText("Gedekt");
    await expect(professional.getByTestId("clause-escalatie")).toContainText("Niet gedekt");
    await expect(professional.getByRole("link", { name: /Download versie 1/ })).toBeVisible();
    // Reading only: no edit link, no status buttons, no upload form.
    await expect(professional.getByRole("link", { name: /^Wijzigen/ })).toHaveCount(0);
    await expect(professional.getByRole("button", { name: /Beëindigen|Markeren als verlopen|Actief maken/ })).toHaveCount(0);
    await expect(professional.getByRole("button", { name: "Versie toevoegen" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(professional);

    await professional.goto(`${agreementUrl}/bewerken`);
    await expect(professional.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
    await expectNoSeriousA11yViolations(professional);
  });

  await test.step("the coverage matrix shows the pair as covered", async () => {
    await page.goto(`/convenanten/dekking?sector=${SECTOR}`);
    await expectNoSeriousA11yViolations(page);
    for (const testId of [`dekking-${ORG_A.slug}-${ORG_B.slug}`, `dekking-${ORG_B.slug}-${ORG_A.slug}`]) {
      const cell = page.getByTestId(testId);
      await expect(cell).toHaveAttribute("data-dekking", "gedekt");
      // The title is unique per attempt; a retry finds the first attempt's agreement beside it.
      await expect(cell).toContainText("Gedekt door ");
      await expect(cell).toContainText(title);
    }
  });
});

test("bad input is refused in Dutch and saves nothing; a file that is not a PDF is refused", async ({ page }) => {
  test.slow(); // several pages with axe and two saves: over 45 s on a busy 2-core machine
  const title = uniqueTitle("Werkafspraak met fouten");
  await signInAs(page, "COORDINATOR");
  await page.goto("/convenanten/nieuw");
  await expectNoSeriousA11yViolations(page);

  // An end date before the start date: refused in the browser by the server's own schema.
  await fillBasics(page, title, ORG_A.name, ORG_A.name);
  // Dates relative to today: the saved agreement must stay in force whatever day the suite runs.
  const startDate = isoDay(-200);
  const endDate = isoDay(165);
  await page.getByLabel(/^Ingangsdatum/).fill(startDate);
  await page.getByLabel(/^Einddatum/).fill(isoDay(-230));
  await page.getByRole("button", { name: "Afspraak opslaan" }).click();
  const endDateError = "De einddatum ligt vóór de ingangsdatum. Kies een einddatum op of na de ingangsdatum.";
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page).getByRole("link", { name: endDateError })).toBeVisible();
  await expect(page.getByLabel(/^Einddatum/)).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#endDate-error")).toContainText(endDateError);
  await expectNoSeriousA11yViolations(page);
  await errorSummary(page).getByRole("link", { name: endDateError }).click();
  await expect(page.getByLabel(/^Einddatum/)).toBeFocused();

  // The same organisation twice: refused by the server, shown on the second party.
  await page.getByLabel(/^Einddatum/).fill(endDate);
  await page.getByRole("button", { name: "Afspraak opslaan" }).click();
  const duplicateError = `${ORG_A.name} staat twee keer als partij in de afspraak. Verwijder een van beide.`;
  await expect(errorSummary(page).getByRole("link", { name: `Partij 2: ${duplicateError}` })).toBeVisible();
  await expect(party(page, 2)).toContainText(duplicateError);
  await expect(party(page, 2).getByLabel("Organisatie")).toHaveAttribute("aria-invalid", "true");
  await expect(errorSummary(page)).not.toContainText(endDateError);
  // Nothing typed is lost.
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);
  await expect(page.getByLabel(/^Einddatum/)).toHaveValue(endDate);
  await expect(page).toHaveURL((url) => url.pathname === "/convenanten/nieuw");
  await expectNoSeriousA11yViolations(page);

  // Corrected, it saves once: the refused attempts stored nothing.
  await party(page, 2).getByLabel("Organisatie").selectOption({ label: ORG_B.name });
  await page.getByRole("button", { name: "Afspraak opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const agreementUrl = new URL(page.url()).pathname;

  // A program renamed to .pdf is refused by its content.
  const program = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(256, 0)]);
  await page.getByLabel("PDF-bestand").setInputFiles({ name: "convenant.pdf", mimeType: "application/pdf", buffer: program });
  await page.getByRole("button", { name: "Versie toevoegen" }).click();
  const notPdf = "Dit bestand is een programma, geen PDF, ook al eindigt de naam misschien op .pdf. Kies een PDF-bestand.";
  await expect(page.getByTestId("document-upload-form")).toContainText(notPdf);
  await expect(page.getByTestId("error-summary").filter({ hasText: notPdf })).toBeVisible();
  await expect(page.getByText("Er is nog geen document opgeslagen.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/convenanten?q=${encodeURIComponent(title)}`);
  await expect(page.getByTestId("agreement-count")).toHaveText("1 afspraak");
  await expect(page.getByTestId("agreement-card").getByRole("link", { name: title })).toHaveAttribute("href", agreementUrl);
  await expectNoSeriousA11yViolations(page);
});

test("two coordinators change the same agreement: the later save is refused and keeps its input", async ({ page, openSession }) => {
  test.slow(); // several pages with axe and two saves: over 45 s on a busy 2-core machine
  const title = uniqueTitle("Protocol gelijktijdig gewijzigd");
  await signInAs(page, "COORDINATOR");
  await page.goto("/convenanten/nieuw");
  await fillBasics(page, title, ORG_A.name, ORG_B.name);
  await page.getByRole("button", { name: "Afspraak opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const agreementUrl = new URL(page.url()).pathname;

  const other = await openSession();
  await signInAs(other, "COORDINATOR");
  await other.goto(`${agreementUrl}/bewerken`);
  await expect(other.getByRole("heading", { level: 1, name: `${title} wijzigen` })).toBeVisible();

  await page.getByRole("link", { name: /^Wijzigen/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${title} wijzigen` })).toBeVisible();
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);
  await expect(party(page, 2).getByLabel("Organisatie")).toHaveValue(/.+/);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Titel", { exact: true }).fill(`${title} (herzien)`);
  await clause(page, "7. Verslaglegging").getByLabel("Gedekt", { exact: true }).check();
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${title} (herzien)` })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "De wijzigingen zijn opgeslagen." })).toBeVisible();
  await expect(page.getByTestId("clause-7")).toContainText("Gedekt");
  await expect(page.getByTestId("agreement-history")).toContainText("Gewijzigd");

  // The second coordinator still has the old version open.
  await other.getByLabel("Doel (niet verplicht)").fill("Een wijziging die niet mag winnen.");
  await other.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(errorSummary(other)).toContainText("Iemand anders heeft deze gegevens intussen gewijzigd.");
  await expect(other.getByLabel("Doel (niet verplicht)")).toHaveValue("Een wijziging die niet mag winnen.");
  await expect(other).toHaveURL((url) => url.pathname === `${agreementUrl}/bewerken`);
  await expectNoSeriousA11yViolations(other);
});

test("on a 390 px phone the list, an agreement and the form need no sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "COORDINATOR");
  const noSidewaysScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  await page.goto("/convenanten");
  await expect(page.getByTestId("agreement-card").first()).toBeVisible();
  expect(await noSidewaysScroll()).toBe(true);
  await expectNoSeriousA11yViolations(page);
  // A demo agreement, only read here.
  await page.getByRole("link", { name: "Werkafspraken toolKID (naar Heerlen)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Werkafspraken toolKID (naar Heerlen)" })).toBeVisible();
  expect(await noSidewaysScroll()).toBe(true);
  await expectNoSeriousA11yViolations(page);
  await page.goto("/convenanten/nieuw");
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe afspraak" })).toBeVisible();
  expect(await noSidewaysScroll()).toBe(true);
});

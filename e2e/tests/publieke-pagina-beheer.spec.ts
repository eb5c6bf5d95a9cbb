import type { Locator, Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs } from "../support/auth.ts";
import { expectNoSidewaysScroll } from "../support/data.ts";
import { expect, test } from "../support/fixtures.ts";

/*
 * Issue 15, item 5: the Zwijndrecht coordinator edits the public residents' page on
 * /beheer/publieke-pagina: the Dutch introduction, the organisations shown first (added, moved up
 * with the buttons, announced), a preview of the draft in a sandboxed frame, an error for a text
 * over the limit, saving, and the conflict message for a second coordinator who loaded the page
 * before; then a resident without a session finds the new text and order on /hulp/zwijndrecht. Re-runnable on the same database: the list is emptied first and the text carries a run marker.
 */

const PATH = "/beheer/publieke-pagina";
const CJG = "Centrum voor Jeugd en Gezin Zwijndrecht";
const WIJKTEAM = "Wijkteam Zwijndrecht";

function featuredList(page: Page): Locator {
  return page.getByRole("group", { name: "Eerst tonen" }).getByRole("listitem");
}

async function addOrganisation(page: Page, name: string): Promise<void> {
  const select = page.getByLabel("Organisatie toevoegen");
  const value = await select.locator("option", { hasText: name }).first().getAttribute("value");
  await select.selectOption(value ?? "");
  await page.getByRole("button", { name: "Toevoegen", exact: true }).click();
}

test("the coordinator writes the introduction, orders the organisations shown first, previews and saves; a stale second tab gets the conflict message", async ({ page, openSession }) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  const marker = `Proef ${Date.now().toString(36)}`;
  await signInAs(page, "COORDINATOR");
  await page.goto("/");
  await page.getByRole("navigation", { name: /^Hoofd(navigatie|menu)$/ }).getByRole("link", { name: "Publieke pagina" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Publieke pagina" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Gemeente Zwijndrecht" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Bekijk de publieke pagina" })).toHaveAttribute("href", "/hulp/zwijndrecht");
  // A coordinator has no municipality choice.
  await expect(page.getByLabel("Gemeente", { exact: true })).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);

  // A second coordinator's tab, loaded before the first one saves.
  const stale = await openSession();
  await signInAs(stale, "COORDINATOR");
  await stale.goto(PATH);
  await expect(stale.getByLabel("Introductie (Nederlands)")).toBeVisible();

  // Start from an empty list (a re-run on the same database).
  while ((await featuredList(page).count()) > 0) {
    await featuredList(page).first().getByRole("button", { name: /^Verwijderen/ }).click();
  }
  await expect(page.getByText("U heeft nog geen organisaties gekozen.")).toBeVisible();

  await page.getByLabel("Introductie (Nederlands)").fill(`Maakt u zich zorgen over een kind? ${marker}.\n\nBel gerust, ook als u twijfelt.`);
  await addOrganisation(page, WIJKTEAM);
  await expect(page.getByLabel("Organisatie toevoegen")).toBeFocused();
  await addOrganisation(page, CJG);
  await expect(page.getByText(`${CJG} toegevoegd op plaats 2 van 2.`)).toBeAttached();
  await expect(featuredList(page)).toHaveCount(2);

  // Omhoog with the keyboard: the CJG moves to the top, focus stays with it (on its Omlaag, as the top has no Omhoog).
  await featuredList(page).nth(1).getByRole("button", { name: new RegExp(`^Omhoog\\W+${CJG}$`) }).focus();
  await page.keyboard.press("Enter");
  await expect(featuredList(page).first()).toContainText(CJG);
  await expect(featuredList(page).nth(1)).toContainText(WIJKTEAM);
  await expect(page.getByRole("button", { name: new RegExp(`^Omlaag\\W+${CJG}$`) })).toBeFocused();
  await expect(page.getByText(`${CJG} staat nu op plaats 1 van 2.`)).toBeAttached();
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);

  // Preview of the unsaved draft, in a sandboxed frame.
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Voorbeeld (nog niet opgeslagen)" })).toBeFocused();
  const frame = page.locator('iframe[title="Voorbeeld van de publieke pagina"]');
  await expect(frame).toHaveAttribute("sandbox", "");
  const preview = page.frameLocator('iframe[title="Voorbeeld van de publieke pagina"]');
  await expect(preview.getByText(marker)).toBeVisible();
  const previewText = (await preview.locator("body").innerText()).replace(/\s+/g, " ");
  expect(previewText.indexOf(CJG), "the CJG before the wijkteam in the preview").toBeLessThan(previewText.indexOf(WIJKTEAM));
  expect(previewText.indexOf(CJG)).toBeGreaterThanOrEqual(0);
  await expectNoSeriousA11yViolations(page, { frames: false });

  // Too long: the error summary and the field say so; nothing is saved.
  const intro = page.getByLabel("Introductie (Nederlands)");
  const good = await intro.inputValue();
  await intro.fill("a".repeat(1501));
  await page.getByRole("button", { name: "Opslaan" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "De Nederlandse introductie heeft hoogstens 1.500 tekens." })).toBeVisible();
  await expect(intro).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page, { frames: false });
  await intro.fill(good);

  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De publieke pagina is opgeslagen." })).toBeVisible();
  await expectNoSeriousA11yViolations(page, { frames: false });

  // Saved: after a reload the text and the order are there.
  await page.reload();
  await expect(page.getByLabel("Introductie (Nederlands)")).toHaveValue(good);
  await expect(featuredList(page).first()).toContainText(CJG);
  await expect(featuredList(page).nth(1)).toContainText(WIJKTEAM);

  // The stale tab saves over it: refused with the conflict message, its input kept.
  await stale.getByLabel("Introductie (Nederlands)").fill("Van de tweede coördinator.");
  await stale.getByRole("button", { name: "Opslaan" }).click();
  await expect(stale.getByTestId("error-summary")).toContainText("Iemand anders heeft deze gegevens intussen gewijzigd.");
  await expect(stale.getByLabel("Introductie (Nederlands)")).toHaveValue("Van de tweede coördinator.");
  await page.reload();
  await expect(page.getByLabel("Introductie (Nederlands)")).toHaveValue(good);

  // A resident (no session) sees the new introduction and the CJG first on the public page.
  const resident = await openSession();
  await expect(async () => {
    await resident.goto("/hulp/zwijndrecht");
    await expect(resident.getByRole("main")).toContainText(marker, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const results = resident.locator("ul.results > li");
  await expect(results.first()).toContainText(CJG);
  await expect(results.nth(1)).toContainText(WIJKTEAM);
  await expectNoSeriousA11yViolations(resident);
});

test("the administrator picks the municipality; a professional has no access", async ({ page, openSession }) => {
  await signInAs(page, "BEHEERDER");
  await page.goto(`${PATH}?gemeente=GM0505`);
  await expect(page.getByRole("heading", { level: 2, name: "Gemeente Dordrecht" })).toBeVisible();
  await page.getByLabel("Gemeente", { exact: true }).selectOption({ label: "Papendrecht" });
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Gemeente Papendrecht" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Bekijk de publieke pagina" })).toHaveAttribute("href", "/hulp/papendrecht");
  await expectNoSeriousA11yViolations(page);

  const professional = await openSession();
  await signInAs(professional, "PROFESSIONAL");
  await professional.goto(PATH);
  await expect(professional.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
});

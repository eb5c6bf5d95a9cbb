import fs from "node:fs/promises";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";

test("a professional opens an organisation from the search page and downloads a contact's vCard", async ({ page }) => {
  await signInAs(page, "PROFESSIONAL");
  await page.goto("/sociale-kaart?q=wijkteam");
  await page.getByRole("region", { name: "Zoekresultaten" }).getByRole("link", { name: "Wijkteam Zwijndrecht" }).first().click();
  await expect(page).toHaveURL((url) => url.pathname === "/sociale-kaart/wijkteam-zwijndrecht");
  await expect(page.getByRole("heading", { level: 1, name: "Wijkteam Zwijndrecht" })).toBeVisible();

  // The legal frame in one plain sentence, with its basis.
  const frame = page.getByRole("region", { name: "Wettelijk kader" });
  await expect(frame).toContainText("Vrijwillig kader");
  await expect(frame).toContainText("meldrecht bij Veilig Thuis");
  await expect(frame).toContainText("Jeugdwet en Wmo 2015");
  // The demo entry was last confirmed 230 days ago: more than the default 6 months.
  await expect(page.getByRole("heading", { name: "Niet recent gecontroleerd" })).toBeVisible();

  // A professional does not see "coordinators only" contacts, nor an edit link.
  const contacts = page.getByRole("region", { name: "Contactpersonen" });
  await expect(contacts.getByRole("heading", { name: "Aandachtsfunctionaris kindermishandeling" })).toBeVisible();
  await expect(contacts).toContainText("Sanne de Wit");
  await expect(contacts).not.toContainText("Tom Jansen");
  await expect(page.getByRole("link", { name: "Bewerken" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "078-701 10 00" })).toHaveAttribute("href", "tel:0787011000");

  // The escalation route is an ordered list that ends with the municipal coordinator.
  const route = page.getByRole("region", { name: "Escalatieroute" }).getByRole("list").first();
  const steps = route.locator(":scope > li");
  await expect(steps.first()).toContainText("Stap 1");
  await expect(steps.last()).toContainText("Carla Coördinator");
  await expectNoSeriousA11yViolations(page);

  const downloadPromise = page.waitForEvent("download");
  await contacts.getByRole("link", { name: "vCard downloaden van Sanne de Wit" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("sanne-de-wit.vcf");
  const card = await fs.readFile(await download.path(), "utf8");
  expect(card).toContain("BEGIN:VCARD");
  expect(card).toContain("FN:Sanne de Wit");
  expect(card).toMatch(/^TEL;TYPE=WORK,VOICE:078-7\d\d \d\d \d\d\r$/m);
  expect(card).toContain("ORG:Wijkteam Zwijndrecht");
});

test("the vCard of a hidden contact is not found, and signed-out visitors are sent to sign in", async ({ page, request }) => {
  await signInAs(page, "COORDINATOR");
  await page.goto("/sociale-kaart/wijkteam-zwijndrecht");
  const hiddenHref = await page.getByRole("link", { name: "vCard downloaden van Tom Jansen" }).getAttribute("href");
  expect(hiddenHref).toMatch(/^\/sociale-kaart\/wijkteam-zwijndrecht\/vcard\//);
  await expectNoSeriousA11yViolations(page);

  const signedOut = await request.get(hiddenHref ?? "", { maxRedirects: 0 });
  expect(signedOut.status()).toBe(303);
  expect(signedOut.headers().location).toMatch(/^\/inloggen/);

  await page.context().clearCookies();
  await signInAs(page, "PROFESSIONAL");
  const response = await page.request.get(hiddenHref ?? "");
  expect(response.status()).toBe(404);
});

test("a partner may edit its own organisation and not another", async ({ page }) => {
  await signInAs(page, "PARTNER");
  await page.goto("/sociale-kaart/wijkteam-zwijndrecht");
  await expect(page.getByRole("link", { name: "Bewerken" })).toHaveAttribute("href", "/sociale-kaart/wijkteam-zwijndrecht/bewerken");
  // Its own "coordinators only" contact is visible to it.
  await expect(page.getByRole("region", { name: "Contactpersonen" })).toContainText("Tom Jansen");

  await page.goto("/sociale-kaart/cjg-zwijndrecht");
  await expect(page.getByRole("heading", { level: 1, name: "Centrum voor Jeugd en Gezin Zwijndrecht" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Bewerken" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("an unknown organisation is a Dutch 404 page", async ({ page }) => {
  await signInAs(page, "PROFESSIONAL");
  await page.goto("/sociale-kaart/bestaat-niet");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
});

test("the print layout hides navigation and buttons", async ({ page }) => {
  await signInAs(page, "PROFESSIONAL");
  await page.goto("/sociale-kaart/veilig-thuis-zhz");
  await expect(page.getByRole("button", { name: "Afdrukken" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Hoofdnavigatie" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Afdrukken" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Veilig Thuis Zuid-Holland Zuid" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Escalatieroute" })).toBeVisible();
});

test.describe("on a phone (390×844)", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the organisation page does not scroll sideways", async ({ page }) => {
    await signInAs(page, "PROFESSIONAL");
    await page.goto("/sociale-kaart/gemeente-zwijndrecht");
    await expect(page.getByRole("heading", { level: 1, name: "Gemeente Zwijndrecht" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "horizontal scroll on a 390px wide screen").toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);
  });
});

import jsQR from "jsqr";
import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs } from "../support/auth.ts";
import { expectNoSidewaysScroll, trpcPost, uniqueId } from "../support/data.ts";
import { expect, test } from "../support/fixtures.ts";

/*
 * Issue 15: "Zorgen over een kind?", the public residents' pages. Signed out, as a resident would:
 * on a phone, without cookies, without JavaScript, in English, and the printed poster.
 */

const NEUTRAL_SITE = /^https:\/\/www\.google\.nl\//;

/** Every request the page makes to another origin than the portal's, and every cookie a response tries to set. */
function watchTraffic(page: Page, baseURL: string | undefined): { foreignRequests: string[]; setCookies: string[] } {
  const origin = new URL(baseURL ?? "http://invalid").origin;
  const seen = { foreignRequests: [] as string[], setCookies: [] as string[] };
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith("data:") && new URL(url).origin !== origin) seen.foreignRequests.push(url);
  });
  page.on("response", async (response) => {
    const header = await response.headerValue("set-cookie");
    if (header) seen.setCookies.push(`${response.url()}: ${header}`);
  });
  return seen;
}

test.describe("on a phone (390×844)", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("a resident finds the wijkteam of their wijk and how to reach it, without cookies or other sites", async ({ page, baseURL }) => {
    const traffic = watchTraffic(page, baseURL);
    // The portal's front door shows a visitor without a session the public page, not the sign-in.
    await page.goto("/");
    await expect(page).toHaveURL(`${baseURL}/`);
    await expect(page.getByRole("heading", { level: 1, name: "Zorgen over een kind?" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Bel 112" })).toHaveAttribute("href", "tel:112");
    await expect(page.getByRole("link", { name: "Bel Veilig Thuis: 0800-2000" })).toHaveAttribute("href", "tel:08002000");
    await expect(page.getByRole("link", { name: "Bel de Kindertelefoon: 0800-0432" })).toHaveAttribute("href", "tel:08000432");
    await expect(page.getByRole("link", { name: "Inloggen voor professionals" })).toHaveAttribute("href", "/inloggen");
    await expectNoSeriousA11yViolations(page);
    await expectNoSidewaysScroll(page);

    await page.getByRole("link", { name: "Zwijndrecht", exact: true }).click();
    await expect(page).toHaveURL(/\/hulp\/zwijndrecht$/);
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Wijk", { exact: true }).selectOption("Walburg");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(page).toHaveURL(/wijk=Walburg/);
    const inWijk = page.getByRole("heading", { name: "In de wijk Walburg" });
    await expect(inWijk).toBeVisible();
    await expect(page.getByRole("status")).toContainText("organisaties gevonden");
    // Region-wide help (Veilig Thuis) is listed for every wijk, under its own heading.
    await expect(page.getByRole("heading", { name: "Voor heel Zwijndrecht" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await expectNoSidewaysScroll(page);

    await page.getByRole("link", { name: "Wijkteam Zwijndrecht", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Wijkteam Zwijndrecht" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Bel 078-701 10 00" })).toHaveAttribute("href", "tel:0787011000");
    await expect(page.getByRole("link", { name: "Terug naar de hulp in Zwijndrecht" })).toBeVisible();
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as Record<string, unknown>;
    expect(jsonLd).toMatchObject({ "@context": "https://schema.org", "@type": "Organization", name: "Wijkteam Zwijndrecht", telephone: "078-701 10 00" });
    // Contact persons never show on a public page: not the signed-in ones, not the coordinators' only.
    for (const person of ["Sanne de Wit", "Mark Verhoeven", "Tom Jansen"]) await expect(page.getByText(person)).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await expectNoSidewaysScroll(page);

    expect(traffic.foreignRequests, "requests to another origin").toEqual([]);
    expect(traffic.setCookies, "cookies set by the public pages").toEqual([]);
    expect(await page.context().cookies(), "cookies in the browser").toEqual([]);
  });
});

test("'Snel weg' leaves for a neutral site and takes this page out of the history, by button and by Escape", async ({ page }) => {
  await page.context().route(NEUTRAL_SITE, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Neutraal</title><h1>Neutrale pagina</h1>" }));

  await page.goto("/hulp");
  await page.getByRole("link", { name: "Zwijndrecht", exact: true }).click();
  await expect(page).toHaveURL(/\/hulp\/zwijndrecht$/);
  await page.getByRole("link", { name: "Snel weg" }).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  // Back goes to the page before, not to the one the visitor fled from.
  await page.goBack();
  await expect(page).toHaveURL(/\/hulp$/);

  await page.getByRole("link", { name: "Papendrecht", exact: true }).click();
  await expect(page).toHaveURL(/\/hulp\/papendrecht$/);
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(NEUTRAL_SITE);
  await page.goBack();
  await expect(page).toHaveURL(/\/hulp$/);
});

test("every public page loads nothing from another origin and sets no cookie, in Dutch and English", async ({ page, baseURL }) => {
  const traffic = watchTraffic(page, baseURL);
  const paths = [
    "/hulp",
    "/hulp/zwijndrecht",
    "/hulp/zwijndrecht?q=opvoeden&vraag=opvoeden",
    "/hulp/organisatie/cjg-zwijndrecht?gemeente=zwijndrecht",
    "/hulp/privacy",
    "/hulp/zwijndrecht/poster",
    "/hulp/dordrecht?lang=en",
  ];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(response?.headers()["content-security-policy"], path).toMatch(/^default-src 'none'; script-src 'sha256-/);
    expect(response?.headers()["referrer-policy"], path).toBe("no-referrer");
    await expectNoSeriousA11yViolations(page);
  }
  expect(traffic.foreignRequests).toEqual([]);
  expect(traffic.setCookies).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
});

test("the language switch shows the page in English and keeps the search", async ({ page }) => {
  await page.goto("/hulp/zwijndrecht?q=wijkteam");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/hulp\/zwijndrecht\?q=wijkteam&lang=en$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Worried about a child?" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Call 112" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Leave now" })).toBeVisible();
  await expect(page.getByLabel("Search by word")).toHaveValue("wijkteam");
  await expectNoSeriousA11yViolations(page);

  // A new search stays in English; the way back to Dutch is one link.
  await page.getByLabel("Search by word").fill("huisarts");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.getByRole("heading", { level: 1, name: "Worried about a child?" })).toBeVisible();
  await page.getByRole("link", { name: "Nederlands" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByLabel("Zoek op woord")).toHaveValue("huisarts");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search, the wijk filter and the questions work", async ({ page }) => {
    await page.goto("/hulp/zwijndrecht");
    await page.getByLabel("Zoek op woord").fill("opvoed");
    await page.getByLabel("Wijk", { exact: true }).selectOption("Oostendam");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(page).toHaveURL(/q=opvoed/);
    await expect(page.getByRole("heading", { name: "In de wijk Oostendam" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Jeugdhulp De Brug", exact: true })).toBeVisible();
    // Another wijk's organisation is not listed, nor an inactive one (the Opvoedpunt is closed for now).
    await expect(page.getByRole("link", { name: "Wijkteam Zwijndrecht", exact: true })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Opvoedpunt Oostendam", exact: true })).toHaveCount(0);

    await page.getByRole("link", { name: "Wis zoekopdracht" }).click();
    await page.getByRole("link", { name: /^Er is geweld bij ons thuis/ }).click();
    await expect(page).toHaveURL(/vraag=geweld-thuis/);
    await expect(page.getByRole("link", { name: "Veilig Thuis Zuid-Holland Zuid", exact: true })).toBeVisible();
    await expect(page.getByLabel("Onderwerp")).toHaveValue("geweld-thuis");

    // "Snel weg" is a plain link that still leaves.
    await expect(page.getByRole("link", { name: "Snel weg" })).toHaveAttribute("href", NEUTRAL_SITE);
  });
});

test("a non-public organisation cannot be reached and is not listed", async ({ page }) => {
  const response = await page.goto("/hulp/organisatie/vrouwenopvang-drechtsteden");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Bel Veilig Thuis: 0800-2000");
  await expectNoSeriousA11yViolations(page);

  await page.goto("/hulp/zwijndrecht?q=vrouwenopvang");
  await expect(page.getByRole("status")).toHaveText("0 organisaties gevonden");
  // An organisation for professionals only is public open data, but not help for residents.
  expect((await page.goto("/hulp/organisatie/raad-voor-de-kinderbescherming"))?.status()).toBe(404);
});

test("the poster prints on A4 with a QR code that leads to the municipality's page", async ({ page, baseURL }) => {
  await page.goto("/hulp/zwijndrecht/poster");
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("link", { name: "Snel weg" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Zorgen over een kind?" })).toBeVisible();
  for (const number of ["112", "0800-2000", "0800-0432"]) await expect(page.getByText(number, { exact: true })).toBeVisible();

  // Draw the QR code's SVG on a canvas and decode the pixels.
  const image = await page.evaluate(async () => {
    const svg = document.querySelector(".qr svg");
    if (!svg) throw new Error("no QR code");
    const size = 400;
    const picture = new Image(size, size);
    picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await picture.decode();
    const canvas = document.createElement("canvas");
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no canvas");
    context.drawImage(picture, 0, 0, size, size);
    return { size, data: Array.from(context.getImageData(0, 0, size, size).data) };
  });
  const code = jsQR(Uint8ClampedArray.from(image.data), image.size, image.size);
  expect(code?.data).toBe(`${baseURL}/hulp/zwijndrecht`);

  // One A4 page.
  const pdf = (await page.pdf({ format: "A4", printBackground: true })).toString("latin1");
  expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
});

test("a change on the sociale kaart shows on the public page at the next request (the cache listens)", async ({ page, openSession }) => {
  const resident = await openSession();
  const word = `gezinscoach${uniqueId()}`;
  const search = `/hulp/zwijndrecht?q=${word}`;
  // Asked before the organisation exists: the (cached) answer is "none".
  await resident.goto(search);
  await expect(resident.getByRole("status")).toHaveText("0 organisaties gevonden");

  await signInAs(page, "COORDINATOR");
  const created = await trpcPost<{ id: string; slug: string; version: number }>(page, "organisation.create", {
    name: `Buurtgezinscoach ${word}`,
    sector: "JEUGDHULP_SOCIAAL_WERK",
    type: "Wijkteam",
    legalFrame: "CONSENT_REQUIRED",
    area: "Noord",
    phone: "078-799 99 99",
    regionWide: false,
    municipalityCodes: ["GM0642"],
  });
  await resident.goto(search);
  await expect(resident.getByRole("status")).toHaveText("1 organisatie gevonden");
  await expect(resident.getByRole("link", { name: `Buurtgezinscoach ${word}` })).toBeVisible();

  // Taken off the public pages: gone from the list and its page at once.
  await trpcPost(page, "organisation.update", { id: created.id, version: created.version, isPublic: false });
  await resident.goto(search);
  await expect(resident.getByRole("status")).toHaveText("0 organisaties gevonden");
  expect((await resident.goto(`/hulp/organisatie/${created.slug}`))?.status()).toBe(404);
});

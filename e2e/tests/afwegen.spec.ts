import { SOURCES } from "@kk/legal";
import type { Page, Request } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { demoAccount, DEMO_PASSWORD, signInAs } from "../support/auth.ts";
import { expectNoSidewaysScroll, uniqueId } from "../support/data.ts";
import { expect, test } from "../support/fixtures.ts";

/*
 * "Afwegen" (issue 13, part A; docs/mag-ik-delen.md): a professional on a phone goes from doubt to
 * a printed weighing record; the same choice steps without JavaScript; and the privacy proof: the
 * text typed into the motivation fields never leaves the page (every request is recorded, URLs
 * and bodies, and searched for it).
 */

const PHONE = { width: 390, height: 844 };

async function checkPage(page: Page): Promise<void> {
  await expectNoSeriousA11yViolations(page);
  await expectNoSidewaysScroll(page);
}

async function answer(page: Page, label: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole("button", { name: "Verder" }).click();
}

test.describe("Afwegen with JavaScript", () => {
  test.use({ viewport: PHONE });

  test("a professional weighs a refused consent to a printed record, and the typed text never leaves the page", async ({ page }, testInfo) => {
    test.slow();
    await signInAs(page, "PROFESSIONAL");

    // From here on, every request the page makes is recorded with its URL, body and headers.
    const requests: Array<{ url: string; body: string; headers: string }> = [];
    const record = (request: Request) =>
      requests.push({ url: request.url(), body: request.postData() ?? "", headers: JSON.stringify(request.headers()) });
    page.context().on("request", record);

    const secret = `GEHEIM-${uniqueId()}`;
    await page.getByRole("link", { name: /Afwegen, stap voor stap/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Afwegen: mag of moet ik delen?" })).toBeVisible();
    await expect(page.getByText("Typ geen namen")).toBeVisible();
    await checkPage(page);
    await page.getByRole("link", { name: "Begin met afwegen" }).click();

    // 1. Acute danger: no answer → the Dutch error summary.
    await expect(page.getByRole("heading", { level: 1, name: "Is er acuut gevaar voor het leven of de veiligheid van het kind?" })).toBeVisible();
    await page.getByRole("button", { name: "Verder" }).click();
    await expect(page.getByTestId("error-summary")).toContainText("Kies een antwoord");
    await expect(page).toHaveTitle(/^Fout: Acuut gevaar/);
    await checkPage(page);
    await answer(page, "Nee, geen acuut gevaar");

    // 2. A legal duty or right: none. The motivation field has no name and sits outside the form.
    await expect(page.getByRole("heading", { level: 1, name: /wettelijke plicht/ })).toBeVisible();
    await expect(page.locator("textarea[name], form textarea")).toHaveCount(0);
    await page.getByLabel("Toelichting (optioneel)").fill(`Grond ${secret}`);
    await checkPage(page);
    await answer(page, "Geen van deze: ik wil informatie delen met of vragen aan een andere professional");

    // 3. Consent can be asked; the four questions of 000 §5.3.
    await expect(page.getByText("Zonder wettelijke plicht of verzoek is de volgende vraag")).toBeVisible();
    await answer(page, "Ja, ik kan toestemming vragen (of heb dat al gedaan)");
    await expect(page.getByText("Wie toestemming moet geven hangt af van vier vragen")).toBeVisible();
    await checkPage(page);
    await answer(page, "Ja");
    await answer(page, "12 tot 16 jaar");
    // The back link returns to the previous question with its answer kept.
    await page.getByRole("link", { name: "Terug" }).click();
    await expect(page.getByLabel("12 tot 16 jaar", { exact: true })).toBeChecked();
    await page.getByRole("button", { name: "Verder" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Wie heeft het gezag over het kind?" })).toBeVisible();
    await checkPage(page);
    await answer(page, "Beide ouders");

    // Who must consent, with the source beside it.
    const consent = page.getByRole("heading", { name: "Wie moet toestemming geven?" }).locator("..");
    await expect(consent).toContainText("vraag toestemming aan de jongere én aan de wettelijke vertegenwoordiger(s)");
    await expect(consent).toContainText("beide ouders toestemming geven");
    await expect(consent).toContainText(`Bron: ${SOURCES["000"].title}, §1.2, Tabel 1`);
    await page.getByLabel(/Voor welke informatie, met wie en met welk doel/).fill(`Pogingen ${secret}`);
    await checkPage(page);
    await answer(page, "Toestemming is geweigerd");

    // 4. No consent: the five questions, then Leenen for a medical professional.
    await expect(page.getByRole("heading", { level: 1, name: /De vijf vragen/ })).toBeVisible();
    await expect(page.getByText("De ouder is om toestemming gevraagd en heeft die niet gegeven.")).toBeVisible();
    await page.getByLabel(/^1\. Kan ik door te spreken/).fill(`Belang ${secret}`);
    await checkPage(page);
    await page.getByRole("link", { name: "Verder" }).click();
    await answer(page, "Ja");
    await expect(page.getByRole("heading", { level: 1, name: "Aan welke criteria van Leenen is voldaan?" })).toBeVisible();
    await page.getByLabel(/^Schadevereiste/).check();
    await page.getByLabel(/^Subsidiariteit/).check();
    await checkPage(page);
    await page.getByRole("button", { name: "Verder" }).click();
    await expect(page.getByText("Niet aan alle zes criteria is voldaan.")).toBeVisible();
    await page.getByLabel("Welke informatie verstrekt u (of niet), en waarom?").fill(`Besluit ${secret}`);
    await checkPage(page);
    await answer(page, "Ik verstrek een deel van de informatie");

    // 5. Never alone: the professional's own aandachtsfunctionaris and Veilig Thuis from the sociale kaart.
    const consult = page.getByRole("region", { name: "Wie kunt u raadplegen?" });
    await expect(consult).toContainText("Centrum voor Jeugd en Gezin Zwijndrecht");
    await expect(consult).toContainText("Fatima Ouali");
    await expect(consult).toContainText("0800-2000");
    await expect(page.getByText("Regel één: doe het nooit alleen!").first()).toBeAttached();
    await page.getByRole("button", { name: "Verder" }).click();
    await expect(page.getByTestId("error-summary")).toContainText("Kies minstens één antwoord");
    await page.getByLabel("De aandachtsfunctionaris kindermishandeling van mijn organisatie").check();
    await checkPage(page);
    await page.getByRole("button", { name: "Verder" }).click();

    // 6. The record: steps, answers, sources quoted, the typed motivations (from this browser), a signature line.
    await expect(page.getByRole("heading", { level: 1, name: "Verslag van mijn afweging" })).toBeVisible();
    const main = page.getByRole("main");
    await expect(main).toContainText("Toestemming is geweigerd");
    await expect(main).toContainText("Toestemming vragen aan jongere en wettelijke vertegenwoordiger(s).");
    await expect(main).toContainText("Schadevereiste: niet doorbreken levert naar alle waarschijnlijkheid ernstige schade op.; Subsidiariteit");
    await expect(main).toContainText(`Pogingen ${secret}`);
    await expect(main).toContainText(`Belang ${secret}`);
    await expect(main).toContainText(`Besluit ${secret}`);
    await expect(main).toContainText("Handtekening");
    await expect(page.getByTestId("record-date")).toHaveText(/\d{4}$/);
    await checkPage(page);

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Afdrukken of opslaan als pdf" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Hoofdnavigatie" })).toBeHidden();
    await expect(main).toContainText(`Besluit ${secret}`);
    await testInfo.attach("weighing-record-print", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
    await page.emulateMedia({ media: "screen" });

    // The text was kept in this tab's sessionStorage …
    const stored = await page.evaluate(() => Object.values(window.sessionStorage).join("\n"));
    expect(stored).toContain(secret);
    // … and never sent: not in any URL, request body or header.
    expect(requests.length).toBeGreaterThan(10);
    testInfo.annotations.push({ type: "requests checked", description: `${requests.length} (${requests.filter((r) => r.body).length} with a body)` });
    const leaks = requests.filter(
      (r) => [r.url, decodeURIComponent(r.url), r.body, r.headers].some((part) => part.includes("GEHEIM") || part.includes(secret)),
    );
    expect(leaks, "requests carrying the typed text").toEqual([]);

    // "Wis" removes it from the browser; the record then shows lines to write on.
    await page.getByRole("button", { name: "Wis mijn toelichtingen uit deze browser" }).click();
    await expect(main.getByRole("status")).toHaveText("Uw toelichtingen zijn gewist.");
    await expect(main).not.toContainText(secret);
    page.context().off("request", record);
  });
});

test.describe("Afwegen without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test("the choice steps work as plain GET forms, with Dutch errors and a record with lines to write on", async ({ page, browser, baseURL }) => {
    test.slow();
    // axe cannot run in a page without JavaScript, so each page is checked again as the server
    // sent it: the same URL and session in a second page whose script files are blocked (no hydration).
    let checker: Page | null = null;
    const checkPage = async (noJsPage: Page) => {
      if (!checker) throw new Error("not signed in");
      await checker.goto(noJsPage.url());
      await expect(checker.getByRole("heading", { level: 1 })).toHaveText((await noJsPage.getByRole("heading", { level: 1 }).textContent()) ?? "");
      await expectNoSeriousA11yViolations(checker);
      await expectNoSidewaysScroll(checker);
    };
    // Sign in with JavaScript in a separate context and carry the session cookie over.
    const signInContext = await browser.newContext({ baseURL, javaScriptEnabled: true, viewport: PHONE });
    const signInPage = await signInContext.newPage();
    const account = demoAccount("PARTNER");
    await signInPage.goto("/inloggen");
    // Hydrated first: the sign-in form is a client form.
    await signInPage.waitForLoadState("networkidle");
    await signInPage.getByLabel("E-mailadres", { exact: true }).fill(account.email);
    await signInPage.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
    await signInPage.getByRole("button", { name: "Inloggen", exact: true }).click();
    await expect(signInPage).toHaveURL((url) => url.pathname === "/");
    const cookies = await signInContext.cookies();
    await page.context().addCookies(cookies);
    await signInContext.route(/\/_next\/static\/.*\.js/, (route) => route.abort());
    checker = signInPage;

    // A step the answers do not reach (an unknown code): back to the right step with an error summary.
    await page.goto("/mag-ik-delen/afwegen/wettelijke-grond?acuut=misschien");
    await expect(page).toHaveURL(/\/mag-ik-delen\/afwegen\/acuut-gevaar\?/);
    await expect(page.getByTestId("error-summary")).toContainText("Beantwoord eerst deze vraag");
    await checkPage(page);

    await page.getByRole("button", { name: "Verder" }).click();
    await expect(page.getByTestId("error-summary")).toContainText("Kies een antwoord");

    // OTS: the duty to share with the gezinsvoogd, as far as the order needs it (001 "NB").
    await answer(page, "Nee, geen acuut gevaar");
    await answer(page, "Er is een ondertoezichtstelling (OTS) en de gezinsvoogd vraagt informatie");
    await expect(page).toHaveURL(/\/besluit\?acuut=nee&grond=ots$/);
    await expect(page.getByText("bent u verplicht informatie te delen met de gezinsvoogd")).toBeVisible();
    await expect(page.getByText("Zonder JavaScript kunt u hier niets typen")).toBeVisible();
    await checkPage(page);

    // Back to the first question and choose acute danger: act now, then the record.
    await page.getByRole("link", { name: "Terug" }).click();
    await page.getByRole("link", { name: "Terug" }).click();
    await expect(page.getByLabel("Nee, geen acuut gevaar", { exact: true })).toBeChecked();
    await answer(page, "Ja, er is nu acuut gevaar");
    await expect(page.getByRole("heading", { level: 1, name: "Handel nu" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("Bel bij direct gevaar 112");
    await expect(page.getByRole("main")).toContainText("0800-2000");
    await checkPage(page);
    await page.getByRole("link", { name: "Naar het verslag" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Verslag van mijn afweging" })).toBeVisible();
    await expect(page).toHaveURL(/\/verslag\?acuut=ja$/);
    const main = page.getByRole("main");
    await expect(main).toContainText("Bij acuut gevaar is privacy geen belemmering om te handelen.");
    await expect(main).toContainText("evidente situatie van zeer ernstige kindermishandeling, dan is privacy vaak geen issue");
    await expect(main).toContainText("Gebruik de afdrukfunctie van uw browser");
    await expect(main).toContainText("Wat heeft u gedaan, en wanneer?");
    await checkPage(page);
    await signInContext.close();
  });
});

import fs from "node:fs";
import type { Page, Request } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs } from "../support/auth.ts";
import { expectNoSidewaysScroll, trpcPost, uniqueId } from "../support/data.ts";
import { expect, test } from "../support/fixtures.ts";

const PATH = "/mag-ik-delen/informatieverzoek";

/** Every request the page makes, with everything that could carry typed text. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request: Request) => {
    seen.push([request.method(), request.url(), JSON.stringify(request.headers()), request.postData() ?? ""].join("\n"));
  });
  return seen;
}

/**
 * The answer date is computed on the server with the real clock, so the test checks it against
 * itself: the due day is a weekday, and between the sent day (exclusive) and the due day
 * (inclusive) lie exactly the term's working days plus the holidays the page says it skipped.
 * The holiday arithmetic itself is unit-tested with fixed dates (packages/legal).
 */
async function expectConsistentAnswerDate(page: Page, workingDays: number): Promise<{ due: string; dueText: string }> {
  const panel = page.getByTestId("answer-date");
  const sent = (await panel.getAttribute("data-sent")) ?? "";
  const due = (await panel.getAttribute("data-due")) ?? "";
  const skipped = Number(await panel.getAttribute("data-skipped"));
  expect(await panel.getAttribute("data-working-days")).toBe(String(workingDays));
  let weekdays = 0;
  for (let day = new Date(`${sent}T00:00:00Z`); day < new Date(`${due}T00:00:00Z`); ) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) weekdays += 1;
  }
  expect(weekdays).toBe(workingDays + skipped);
  expect([0, 6]).not.toContain(new Date(`${due}T00:00:00Z`).getUTCDay());
  const dueText = (await page.getByTestId("answer-date-value").textContent()) ?? "";
  expect(dueText).toMatch(/^(maandag|dinsdag|woensdag|donderdag|vrijdag) \d{1,2} [a-z]+ \d{4}$/);
  return { due, dueText };
}

test("a professional on a phone builds a request text with its answer date, copies and downloads it, and the typed text never leaves the page", async ({
  page,
  context,
}) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signInAs(page, "PROFESSIONAL");
  const requests = recordRequests(page);
  const secret = `GEHEIM${uniqueId()}`;

  await page.goto(PATH);
  await expect(page.getByRole("heading", { level: 1, name: "Informatieverzoek opstellen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Typ geen namen of andere gegevens van het kind of gezin" })).toBeVisible();
  await expect(page.getByLabel("Mijn organisatie (vrager)").locator("option:checked")).toHaveText("Centrum voor Jeugd en Gezin Zwijndrecht");
  // Without a pair the toolKID's five working days apply, with the source beside it.
  await expect(page.getByTestId("answer-date")).toContainText("5 werkdagen, de standaard uit de toolKID");
  await expectConsistentAnswerDate(page, 5);
  await expectNoSeriousA11yViolations(page);
  await expectNoSidewaysScroll(page);

  // The pair with an agreement in force: the toolKID werkafspraken (reactietermijn 5 in the demo).
  await page.getByLabel("Organisatie die antwoordt").selectOption({ label: "Huisartsenpraktijk Walburg" });
  await page.getByRole("button", { name: "Toon de antwoorddatum" }).click();
  await expect(page).toHaveURL((url) => url.searchParams.has("van") && url.searchParams.has("aan"));
  const panel = page.getByTestId("answer-date");
  await expect(panel).toContainText("De reactietermijn van 5 werkdagen uit de afspraak");
  await expect(panel.getByRole("link", { name: "“Werkafspraken toolKID (naar Heerlen)”" })).toBeVisible();
  const { dueText } = await expectConsistentAnswerDate(page, 5);

  // The builder: no form and no names that a form could submit.
  const builder = page.getByTestId("request-builder");
  await expect(page.locator("form textarea, form [data-testid=request-builder]")).toHaveCount(0);
  await expect(builder.locator("textarea[name]")).toHaveCount(0);

  await builder.getByLabel("Een redelijk vermoeden van kindermishandeling of huiselijk geweld").check();
  await builder.getByLabel("Hoe ernstig is de situatie?").fill(`Blauwe plekken drie weken achter elkaar ${secret}-ernst`);
  await builder.getByLabel("Gevraagd, maar niet gegeven").check();
  // The four justifications of 001, each a field, with the source of the rule beside it.
  await expect(builder).toContainText("dat de behandelaar de enige is die de gevraagde informatie kan geven;");
  await builder.getByLabel("Welke ernstige schade dreigt als u de informatie niet krijgt?").fill(`${secret}-schade`);
  await builder.getByLabel("Waarom is deze organisatie de enige die de informatie kan geven?").fill(`${secret}-enige`);
  await builder.getByLabel("Hoe voorkomt de informatie schade aan het kind?").fill(`${secret}-voorkomt`);
  await builder.getByLabel("Welke specifieke informatie vraagt u, in relatie tot de situatie van het kind?").fill(`${secret}-specifiek`);
  await builder.getByLabel("Waarom is overleg zonder toestemming toch noodzakelijk?").fill(`${secret}-noodzaak`);
  await builder.getByLabel("Welke informatie hebt u precies nodig?").fill(`Wanneer is de behandeling begonnen? ${secret}\nKomt de ouder op de afspraken?`);

  // A phone number typed by habit is pointed out at once.
  const severity = builder.getByLabel("Hoe ernstig is de situatie?");
  await severity.fill(`Bel moeder op 06-12345678 ${secret}-ernst`);
  await expect(builder.getByText(/Dit lijkt een telefoonnummer te bevatten/)).toBeVisible();
  await severity.fill(`Blauwe plekken drie weken achter elkaar ${secret}-ernst`);
  await expect(builder.getByText(/Dit lijkt een telefoonnummer te bevatten/)).toHaveCount(0);

  const text = page.getByTestId("request-text");
  await expect(text).toContainText("[naam kind]");
  await expect(text).toContainText("die is niet gegeven");
  await expect(text).toContainText(`Waarom u de enige bent die deze informatie kan geven: ${secret}-enige`);
  await expect(text).toContainText(`1. Wanneer is de behandeling begonnen? ${secret}`);
  await expect(text).toContainText(`uiterlijk ${dueText}: de reactietermijn van 5 werkdagen uit onze afspraak “Werkafspraken toolKID (naar Heerlen)”`);
  await expectNoSeriousA11yViolations(page);
  await expectNoSidewaysScroll(page);

  // Every legal sentence shows its source: open one in the checklist.
  const checklist = page.getByTestId("answer-checklist");
  const facts = checklist.locator("[data-statement='answer.confirm-and-refute']");
  await facts.getByText("Bron", { exact: true }).click();
  await expect(facts).toContainText("Model Samenwerkingsafspraken");
  await expect(facts).toContainText("zowel feiten noemt die het vermoeden van kindermishandeling bevestigen als feiten die dit ontkrachten");
  await expect(checklist).toContainText("Geef altijd feitelijke informatie, geen eigen interpretaties.");
  await expect(checklist).toContainText("Vertel de ouder bij het eerstvolgende contact dat u informatie hebt gegeven.");

  // Copy to the clipboard: exactly the text shown.
  await builder.getByRole("button", { name: "Kopieer de tekst" }).click();
  await expect(page.getByTestId("request-status")).toHaveText("De tekst staat op het klembord. Plak hem in uw beveiligde e-mail.");
  const shown = (await text.textContent()) ?? "";
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);

  // Download as .txt, made in the browser: the file holds the same text, named by date only.
  const [download] = await Promise.all([page.waitForEvent("download"), builder.getByRole("button", { name: "Download als tekstbestand (.txt)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^informatieverzoek-\d{4}-\d{2}-\d{2}\.txt$/);
  const file = fs.readFileSync((await download.path()) ?? "", "utf8");
  expect(file).toBe(shown);
  expect(file).toContain(`${secret}-noodzaak`);

  // The other consent statuses change the text.
  await builder.getByLabel("Niet gevraagd, omdat vragen ernstig gevaar zou geven").check();
  await expect(builder.getByLabel("Waarom is deze organisatie de enige die de informatie kan geven?")).toHaveCount(0);
  await expect(text).toContainText("ik heb de ouder(s) niet om toestemming gevraagd");
  await expect(text).toContainText(`zonder toestemming te overleggen: ${secret}-noodzaak`);
  await builder.getByLabel("Ja, de ouder(s) en/of de jongere hebben toestemming gegeven").check();
  await expect(text).toContainText("De schriftelijke toestemmingsverklaring is bijgevoegd.");
  await expectNoSeriousA11yViolations(page);

  // The privacy proof: nothing typed appeared in any request the page made.
  await page.waitForLoadState("networkidle");
  expect(requests.length).toBeGreaterThan(0);
  const leaks = requests.filter((r) => r.includes(secret));
  expect(leaks, "typed text sent in a request").toEqual([]);
});

test("without JavaScript the page shows the template, the rules with their sources and the checklist; the pair form works", async ({ page, browser, baseURL }) => {
  await signInAs(page, "PROFESSIONAL");
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: await page.context().storageState() });
  const noScript = await context.newPage();
  try {
    await noScript.goto(PATH);
    await expect(noScript.getByRole("heading", { level: 1, name: "Informatieverzoek opstellen" })).toBeVisible();
    await expect(noScript.getByText("Zonder JavaScript ziet u hieronder het sjabloon.", { exact: false })).toBeVisible();
    await expect(noScript.getByTestId("request-text")).toContainText("[naam kind]");
    await expect(noScript.getByRole("button", { name: "Kopieer de tekst" })).toHaveCount(0);
    // All three consent routes are written out, with the four justifications of 001.
    await expect(noScript.getByTestId("request-builder")).toContainText("Is er toestemming gegeven, voeg dan de schriftelijke toestemmingsverklaring bij.");
    await expect(noScript.getByTestId("request-builder")).toContainText("dat met de gevraagde informatie schade aan het kind voorkomen kan worden;");
    await expect(noScript.getByTestId("request-builder")).toContainText("Toestemming niet vragen mag alleen");
    await expect(noScript.getByTestId("answer-checklist")).toContainText("Laat het oordeel over de geschiktheid van de ouders");

    await noScript.getByLabel("Mijn organisatie (vrager)").selectOption({ label: "Basisschool Het Kompas" });
    await noScript.getByLabel("Organisatie die antwoordt").selectOption({ label: "Veilig Thuis Zuid-Holland Zuid" });
    await noScript.getByRole("button", { name: "Toon de antwoorddatum" }).click();
    await expect(noScript.getByTestId("answer-date")).toContainText("De reactietermijn van 3 werkdagen uit de afspraak");
    await expect(noScript.getByTestId("answer-date")).toContainText("Samenwerkingsafspraken onderwijs en Veilig Thuis");
    await expectConsistentAnswerDate(noScript, 3);
    // axe needs JavaScript: check the no-JavaScript document (scripts removed) in the signed-in page.
    const html = await noScript.content();
    await page.goto(PATH);
    const withoutScripts = html.replace(/<script\b[\s\S]*?<\/script>/gi, "").replace(/<link\b[^>]*(?:as="script"|rel="modulepreload")[^>]*>/gi, "");
    await page.setContent(withoutScripts);
    await expect(page.getByTestId("answer-date")).toContainText("De reactietermijn van 3 werkdagen");
    await expectNoSeriousA11yViolations(page);
  } finally {
    await context.close();
  }
});

test("the coordinator sets an agreement's reactietermijn: Dutch error for 0, saved and shown on the agreement", async ({ page }) => {
  await signInAs(page, "COORDINATOR");
  await page.goto(PATH);
  const optionValue = (label: string) =>
    page.getByLabel("Organisatie die antwoordt").locator("option", { hasText: label }).first().getAttribute("value");
  const [school, gp] = await Promise.all([optionValue("Basisschool Het Kompas"), optionValue("Huisartsenpraktijk Walburg")]);
  const title = `Reactietermijn e2e ${uniqueId()}`;
  const created = await trpcPost<{ id: string }>(page, "agreement.create", {
    title,
    kind: "WERKAFSPRAAK",
    parties: [{ organisationId: school }, { organisationId: gp }],
  });

  await page.goto(`/convenanten/${created.id}`);
  await expect(page.getByText("Niet vastgelegd: de standaard van 5 werkdagen (toolKID) geldt")).toBeVisible();
  await page.goto(`/convenanten/${created.id}/bewerken`);
  const field = page.getByLabel("Reactietermijn voor een informatieverzoek (werkdagen, optioneel)");
  await field.fill("0");
  await page.getByRole("button", { name: /opslaan/i }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: "De reactietermijn is ten minste 1 werkdag." })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await field.fill("4");
  await page.getByRole("button", { name: /opslaan/i }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/convenanten/${created.id}`);
  await expect(page.getByText("4 werkdagen", { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

import type { Locator, Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs } from "../support/auth.ts";
import { expectNoSidewaysScroll } from "../support/data.ts";
import { expect, test } from "../support/fixtures.ts";

/** Chooses an organisation in a picker with the keyboard only: type, arrow down to the option, Enter. */
async function chooseWithKeyboard(page: Page, label: string, typed: string, option: string) {
  const box = page.getByRole("combobox", { name: label });
  await box.fill(typed);
  const list = page.getByRole("listbox", { name: label });
  await expect(list.getByRole("option", { name: new RegExp(option) })).toBeVisible();
  const options = await list.getByRole("option").allTextContents();
  const index = options.findIndex((text) => text.includes(option));
  for (let i = 0; i <= index; i++) await box.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", /.+/);
  await box.press("Enter");
  await expect(box).toHaveValue(option);
  await expect(box).toHaveAttribute("aria-expanded", "false");
}

async function showRules(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Toon de regels" }).click();
  await expect(page).toHaveURL((url) => url.searchParams.has("van") && url.searchParams.has("met"));
  return page.getByRole("region", { name: "Wat zeggen de regels?" });
}

/** The acute-danger block comes before every verdict in the answer (issue 13). */
async function expectAcuteDangerFirst(answer: Locator) {
  const acute = answer.getByTestId("acuut-gevaar");
  await expect(acute).toContainText("acuut gevaar voor het leven of de veiligheid van het kind");
  await expect(acute).toContainText("bel 112");
  await expect(acute).toContainText("0800-2000");
  await expect(acute).toContainText("conflict van plichten");
  // Document order: the verdicts sit in a later sibling of the acute-danger block.
  await expect(answer.locator("[data-testid=acuut-gevaar] ~ [data-testid=oordeel] [data-verdict]").first()).toBeVisible();
}

test("a wijkteam partner picks Veilig Thuis with the keyboard: meldrecht, sources, contacts apart, no agreement", async ({ page }) => {
  await signInAs(page, "PARTNER");
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Mag ik delen?" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/mag-ik-delen");
  await expect(page.getByRole("heading", { level: 1, name: "Mag ik delen?" })).toBeVisible();
  await expect(page.getByText("Vul hier geen gegevens over cliënten in — deze pagina vraagt en bewaart niets over cliënten.")).toBeVisible();
  // Before a choice the acute-danger block is already on the page.
  await expect(page.getByTestId("acuut-gevaar")).toBeVisible();
  // Only the two organisation search boxes: nothing about a client can be typed in.
  await expect(page.locator("main input:not([type=hidden]):not([type=radio]), main textarea")).toHaveCount(2);
  // The partner's own organisation is chosen already.
  await expect(page.getByRole("combobox", { name: "Mijn organisatie" })).toHaveValue("Wijkteam Zwijndrecht");
  await expectNoSeriousA11yViolations(page);

  await chooseWithKeyboard(page, "De andere organisatie", "veilig th", "Veilig Thuis Zuid-Holland Zuid");
  // The result count is announced.
  await expect(page.getByRole("status").filter({ hasText: "Gekozen: Veilig Thuis Zuid-Holland Zuid" })).toHaveCount(1);
  const answer = await showRules(page);
  await expectAcuteDangerFirst(answer);
  await expect(answer).toContainText("Vrijwillig kader: alleen met toestemming");
  await expect(answer.getByText("U heeft meldrecht bij Veilig Thuis", { exact: true })).toBeVisible();
  await expect(answer).toContainText("Leg uw afweging en alle stappen die u zet vast in het dossier.");
  // Every legal sentence shows its source: open one and read the quote.
  const verdict = answer.getByTestId("oordeel");
  await verdict.getByText("Bronnen").first().click();
  await expect(verdict).toContainText("hebben zij het recht om dit te melden bij Veilig Thuis");
  await expect(verdict).toContainText("§1.2, Ad a. Meldrecht Veilig Thuis");

  await expect(page.getByRole("link", { name: "Informatieverzoek opstellen" })).toHaveAttribute("href", /\/mag-ik-delen\/informatieverzoek\?van=.+&aan=.+/);
  await expect(page.getByTestId("afspraak")).toContainText("Er is geen samenwerkingsafspraak in werking tussen Wijkteam Zwijndrecht en Veilig Thuis Zuid-Holland Zuid.");
  await expect(page.getByTestId("afspraak").getByRole("link", { name: "dekking van samenwerkingsafspraken" })).toHaveAttribute("href", "/convenanten/dekking");

  // Consultation, information requests and escalation are separate groups.
  await expect(page.getByTestId("overleg")).toContainText("Regel één: doe het nooit alleen");
  await expect(page.getByTestId("overleg")).toContainText("Sanne de Wit");
  await expect(page.getByTestId("informatieverzoeken")).toContainText("Adviesteam Veilig Thuis");
  await expect(page.getByTestId("escalatie")).toContainText("Robert Koster");
  await expect(page.getByTestId("escalatie")).toContainText("niet eens");

  const table = page.getByRole("table", { name: "Wie geeft toestemming? (naar leeftijd van het kind)" });
  await expect(table.getByRole("row")).toHaveCount(5);
  await expect(table.getByRole("row", { name: /12 tot 16 jaar/ })).toContainText("toestemming van de jongere én de wettelijke vertegenwoordiger(s)");
  await expectNoSeriousA11yViolations(page);
  // The answer fits a phone too.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
});

test("the picker's keyboard: arrows move, Escape closes the list, Escape again clears", async ({ page }) => {
  await signInAs(page, "PROFESSIONAL");
  await page.goto("/mag-ik-delen");
  const box = page.getByRole("combobox", { name: "De andere organisatie" });
  await box.fill("huisarts");
  await expect(page.getByRole("listbox", { name: "De andere organisatie" }).getByRole("option")).toHaveCount(3);
  await expect(page.getByRole("status").filter({ hasText: "3 organisaties gevonden." })).toHaveCount(1);
  await box.press("ArrowDown");
  await box.press("ArrowDown");
  await expect(page.getByRole("option", { selected: true })).toHaveCount(1);
  await box.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(box).toHaveValue("huisarts");
  await box.press("Escape");
  await expect(box).toHaveValue("");
  await expectNoSeriousA11yViolations(page);
});

test("OTS: a CJG professional and a Gecertificeerde Instelling — a duty towards the gezinsvoogd, not 'toestemming is de regel'", async ({ page }) => {
  await signInAs(page, "PROFESSIONAL");
  await page.goto("/mag-ik-delen");
  await expect(page.getByRole("combobox", { name: "Mijn organisatie" })).toHaveValue("Centrum voor Jeugd en Gezin Zwijndrecht");
  await chooseWithKeyboard(page, "De andere organisatie", "jeugdbescherming west", "Jeugdbescherming west");
  const answer = await showRules(page);
  await expectAcuteDangerFirst(answer);
  const verdict = answer.getByTestId("oordeel");
  await expect(verdict.getByRole("heading", { level: 4, name: "Als er een kinderbeschermingsmaatregel (zoals een OTS) loopt" })).toBeVisible();
  await expect(verdict.getByRole("heading", { level: 4, name: "Als er géén kinderbeschermingsmaatregel loopt" })).toBeVisible();
  await expect(verdict).toContainText("Verplicht: informatie aan de gezinsvoogd, voor zover de OTS dat nodig heeft");
  await expect(verdict).toContainText("verplicht informatie uit te wisselen met de gezinsvoogd");
  await expect(verdict).not.toContainText("Toestemming is de regel");
  await expectNoSeriousA11yViolations(page);
});

test("reclassering: two cases, with and without compulsory supervision; two voluntary organisations: not without consent, after acute danger", async ({ page }) => {
  await signInAs(page, "PROFESSIONAL");
  await page.goto("/mag-ik-delen");
  await chooseWithKeyboard(page, "De andere organisatie", "reclassering", "Reclassering, unit Drechtsteden");
  let answer = await showRules(page);
  await expect(answer).toContainText("Zonder toestemming bij gedwongen toezicht en begeleiding");
  const verdict = answer.getByTestId("oordeel");
  await expect(verdict.getByRole("heading", { level: 4, name: "Als er gedwongen toezicht en begeleiding door de reclassering is" })).toBeVisible();
  await expect(verdict.getByRole("heading", { level: 4, name: "Als er géén gedwongen toezicht en begeleiding is" })).toBeVisible();
  await expect(verdict).toContainText("Op verzoek en met een legitieme grondslag mag het zonder toestemming");
  await expect(verdict).toContainText("De bron geeft hier geen regel: vraag toestemming");

  await chooseWithKeyboard(page, "De andere organisatie", "walburg", "Huisartsenpraktijk Walburg");
  answer = await showRules(page);
  await expectAcuteDangerFirst(answer);
  await expect(answer.getByTestId("oordeel")).toContainText("Niet zonder toestemming — behalve bij acuut gevaar of een conflict van plichten");
  // The toolKID agreement is in force between the CJG and this practice: its clauses that matter here.
  const agreement = page.getByTestId("afspraak");
  await expect(agreement.getByRole("link", { name: "Werkafspraken toolKID (naar Heerlen)" }).first()).toBeVisible();
  await expect(agreement).toContainText("Art. 3: eerst bellen, dan schriftelijk via beveiligde e-mail");
  await expect(agreement).toContainText("redelijkerwijs binnen vijf werkdagen");
  await expectNoSeriousA11yViolations(page);
});

test("without JavaScript, on a phone: search, choose from the list, see the answer; a single match is chosen at once", async ({ page, browser, baseURL, locale, timezoneId }) => {
  // Signing in needs JavaScript; the session is then used in a context with JavaScript off.
  await signInAs(page, "PROFESSIONAL");
  const context = await browser.newContext({ baseURL, locale, timezoneId, javaScriptEnabled: false, viewport: { width: 390, height: 844 }, storageState: await page.context().storageState() });
  const phone = await context.newPage();
  // axe needs JavaScript in the page: it checks the same URL (the same server-rendered states) in the signed-in page at phone width.
  await page.setViewportSize({ width: 390, height: 844 });
  const axeOnSameUrl = async () => {
    await page.goto(phone.url());
    await expectNoSeriousA11yViolations(page);
  };
  try {
    await phone.goto("/mag-ik-delen");
    const from = phone.getByRole("textbox", { name: "Mijn organisatie" });
    await expect(from).toHaveValue("Centrum voor Jeugd en Gezin Zwijndrecht");
    await expectNoSidewaysScroll(phone);
    await axeOnSameUrl();

    await phone.getByRole("textbox", { name: "De andere organisatie" }).fill("basisschool");
    await phone.getByRole("button", { name: "Zoek de andere organisatie" }).click();
    const choice = phone.getByRole("group", { name: "Kies de andere organisatie" });
    // The sociale kaart is shared by the region (issue 18): Dordrecht's Basisschool De Merwe is found too.
    await expect(choice).toContainText("4 organisaties gevonden.");
    await expect(choice.getByRole("radio")).toHaveCount(4);
    await expectNoSidewaysScroll(phone);
    await axeOnSameUrl();
    await choice.getByRole("radio", { name: /Basisschool De Regenboog/ }).check();
    const answer = await showRules(phone);
    await expect(phone.getByTestId("met-gekozen")).toContainText("Basisschool De Regenboog");
    await expectAcuteDangerFirst(answer);
    await expect(answer.getByTestId("oordeel")).toContainText("Niet zonder toestemming");
    await expectNoSidewaysScroll(phone);
    await axeOnSameUrl();

    // A search with exactly one match chooses it.
    await phone.getByRole("textbox", { name: "De andere organisatie" }).fill("Raad voor de Kinderbescherming");
    const again = await showRules(phone);
    await expect(phone.getByTestId("met-gekozen")).toContainText("Raad voor de Kinderbescherming");
    await expect(again.getByTestId("oordeel")).toContainText("U mag informatie geven aan de Raad voor de Kinderbescherming");
    await expectNoSidewaysScroll(phone);
  } finally {
    await context.close();
  }
});

test("the escalatie page shows two escalation routes side by side and the agreements between the two", async ({ page }) => {
  await signInAs(page, "PROFESSIONAL");
  await page.goto("/escalatie");
  await expect(page.getByRole("heading", { level: 1, name: "Escalatie" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Eerste organisatie").selectOption({ label: "Wijkteam Zwijndrecht" });
  await page.getByLabel("Tweede organisatie").selectOption({ label: "Veilig Thuis Zuid-Holland Zuid" });
  await page.getByRole("button", { name: "Toon de escalatieroutes" }).click();

  const routes = page.getByRole("region", { name: "Escalatieroutes" });
  await expect(routes.getByRole("heading", { level: 3, name: "Wijkteam Zwijndrecht" })).toBeVisible();
  await expect(routes.getByRole("heading", { level: 3, name: "Veilig Thuis Zuid-Holland Zuid" })).toBeVisible();
  const lists = routes.locator("ol");
  await expect(lists).toHaveCount(2);
  // Both routes end with the municipal coordinator.
  for (const list of await lists.all()) await expect(list.locator(":scope > li").last()).toContainText("Carla Coördinator");
  // The agreements between the two (or "geen geldende afspraak"): e2e/tests/convenanten-dekking.spec.ts checks the content.
  await expect(page.getByRole("region", { name: "Afspraken tussen deze organisaties" })).toContainText(/geldende afspraak/);
  await expectNoSeriousA11yViolations(page);
});

test("the council has no Mag ik delen page", async ({ page }) => {
  await signInAs(page, "RAAD");
  await page.goto("/mag-ik-delen");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
});

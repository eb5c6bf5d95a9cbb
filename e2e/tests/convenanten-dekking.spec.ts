import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";

/*
 * Coverage of the network (issue 4): the matrix, the coordinator's network gaps, the council's
 * figures and the agreements between two organisations. Reads the demo agreements
 * (packages/db/src/seed/demo-agreements.ts) and changes nothing, so other tests are unaffected.
 */

const MODEL_CONVENANT = "Modelconvenant Veilig Thuis, politie en OM";
const TOOLKID = "Werkafspraken toolKID (naar Heerlen)";

test("a coordinator filters the coverage matrix by sector and sees covered pairs and gaps", async ({ page }) => {
  // axe checks every one of the ~1,700 cells of the unfiltered matrix: over 30 s on a busy 2-core machine.
  test.slow();
  await signInAs(page, "COORDINATOR");
  await page.goto("/convenanten/dekking");
  await expect(page.getByRole("heading", { level: 1, name: "Dekking van het netwerk" })).toBeVisible();
  const matrix = page.getByRole("table", { name: /Dekking per paar organisaties/ });
  const rows = matrix.locator("tbody tr");
  const allRows = await rows.count();
  expect(allRows).toBeGreaterThan(20);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("checkbox", { name: "Beschermingsketen" }).check();
  await page.getByRole("button", { name: "Toon de matrix" }).click();
  await expect(page).toHaveURL((url) => url.searchParams.getAll("sector").join() === "BESCHERMINGSKETEN");
  await expect(page.getByRole("checkbox", { name: "Beschermingsketen" })).toBeChecked();
  await expect.poll(() => rows.count()).toBeLessThan(allRows);
  expect(await rows.count()).toBeGreaterThanOrEqual(3);

  // Veilig Thuis and the police share the model agreement; the square matrix has both orders.
  for (const testId of ["dekking-veilig-thuis-zhz-politie-zwijndrecht", "dekking-politie-zwijndrecht-veilig-thuis-zhz"]) {
    const cell = page.getByTestId(testId);
    await expect(cell).toHaveAttribute("data-dekking", "gedekt");
    await expect(cell).toContainText(`Gedekt door ${MODEL_CONVENANT}`);
    await expect(cell).toContainText("Reactietermijn bij informatieverzoeken");
  }
  // The gaps stand out by symbol and text, and are listed again below the table.
  await expect(matrix.locator('td[data-dekking="niet-gedekt"]').first()).toContainText("Geen afspraak");
  await expect(page.getByRole("region", { name: "Paren zonder afspraak" })).toContainText(/\d+ paren hebben geen geldende afspraak/);
  const lacking = page.getByRole("region", { name: "Paren met ontbrekende bepalingen" });
  await expect(lacking.getByRole("listitem").filter({ hasText: "Politie basisteam Drechtsteden en Veilig Thuis Zuid-Holland Zuid" })).toContainText(
    "RT Reactietermijn bij informatieverzoeken",
  );
  await expect(lacking.getByRole("link", { name: MODEL_CONVENANT }).first()).toHaveAttribute("href", /^\/convenanten\/[^/]+$/);
  await expectNoSeriousA11yViolations(page);
});

test("the coverage matrix scrolls inside its own box on a 390 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "PROFESSIONAL");
  await page.goto("/convenanten/dekking?sector=BESCHERMINGSKETEN&sector=JEUGDHULP_SOCIAAL_WERK");
  await expect(page.getByRole("table", { name: /Dekking per paar organisaties/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /Dekking per paar organisaties/ })).toBeVisible();
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page);
});

test("a coordinator goes from the dashboard figures to the network gaps, with counts and links to the organisations", async ({ page }) => {
  await signInAs(page, "COORDINATOR");
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("region", { name: "Samenwerkingsafspraken in cijfers" })).toContainText("Actieve afspraken");
  await expectNoSeriousA11yViolations(page);
  await page.locator("main").getByRole("link", { name: "Hiaten in het netwerk" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/beheer/netwerk");
  await expect(page.getByRole("heading", { level: 1, name: "Hiaten in het netwerk" })).toBeVisible();

  for (const heading of ["Zonder geldende afspraak", "Zonder escalatiecontact", "Niet recent gecontroleerd"]) {
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${heading} \\((\\d+ organisaties|1 organisatie)\\)$`) })).toBeVisible();
  }
  // The Raad voor de Kinderbescherming is party to no demo agreement.
  const withoutAgreement = page.getByRole("region", { name: /^Zonder geldende afspraak/ });
  await expect(withoutAgreement.getByRole("link", { name: "Raad voor de Kinderbescherming", exact: true })).toHaveAttribute(
    "href",
    "/sociale-kaart/raad-voor-de-kinderbescherming",
  );
  await expect(withoutAgreement.getByRole("link", { name: "Wijzigen (gegevens van Raad voor de Kinderbescherming)" })).toHaveAttribute(
    "href",
    "/sociale-kaart/raad-voor-de-kinderbescherming/bewerken",
  );
  // Party to the active model agreement, so not in this list.
  await expect(withoutAgreement.getByRole("link", { name: "Veilig Thuis Zuid-Holland Zuid", exact: true })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("the council sees agreement figures on the dashboard, and no agreements or matrix", async ({ page }) => {
  await signInAs(page, "RAAD");
  await page.goto("/dashboard");
  const figures = page.getByRole("region", { name: "Samenwerkingsafspraken in cijfers" });
  await expect(figures).toBeVisible();
  await expect(figures.getByText("Actieve afspraken", { exact: true })).toBeVisible();
  await expect(figures).toContainText(/Paren organisaties met een geldende afspraak\s*\d+% \(\d+ van \d+ paren\)/);
  await expect(figures.getByRole("table", { name: "Dekking per combinatie van sectoren" })).toBeVisible();
  // Figures only: no agreement titles, no organisation names, no way into agreements or organisations.
  // (The Veilig Thuis figures below name their source, so "Veilig Thuis Zuid-Holland Zuid" may appear.)
  await expect(page.locator("main")).not.toContainText(MODEL_CONVENANT);
  await expect(page.locator("main")).not.toContainText("Raad voor de Kinderbescherming");
  await expect(page.locator("main").locator('a[href^="/convenanten"], a[href^="/sociale-kaart"], a[href^="/beheer"]')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  for (const path of ["/convenanten", "/convenanten/dekking", "/beheer/netwerk"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
    await expectNoSeriousA11yViolations(page);
  }
});

test("a professional sees the agreements between two organisations on the Escalatie page and on an organisation page", async ({ page }) => {
  await signInAs(page, "PROFESSIONAL");
  await page.goto("/escalatie");
  await page.getByLabel("Eerste organisatie").selectOption({ label: "Wijkteam Zwijndrecht" });
  await page.getByLabel("Tweede organisatie").selectOption({ label: "Huisartsenpraktijk Walburg" });
  await page.getByRole("button", { name: "Toon de escalatieroutes" }).click();

  const between = page.getByRole("region", { name: "Afspraken tussen deze organisaties" });
  await expect(between).toContainText("Er is een geldende afspraak over informatie-uitwisseling tussen Wijkteam Zwijndrecht en Huisartsenpraktijk Walburg.");
  await expect(between.getByRole("listitem").filter({ hasText: "Verslaglegging" })).toHaveCount(1);
  const agreement = between.getByRole("link", { name: TOOLKID });
  await expect(agreement).toHaveAttribute("href", /^\/convenanten\/[^/]+$/);
  const card = between.getByRole("listitem").filter({ has: page.getByRole("link", { name: TOOLKID }) });
  await expect(card).toContainText("Actief");
  await expect(card).toContainText("Werkafspraak");
  await expect(card).toContainText("Geldt vandaag");
  await expectNoSeriousA11yViolations(page);

  // A pair without any agreement: a clear sentence and the way to the coverage matrix.
  await page.getByLabel("Eerste organisatie").selectOption({ label: "Raad voor de Kinderbescherming" });
  await page.getByLabel("Tweede organisatie").selectOption({ label: "Centrum voor Jeugd en Gezin Zwijndrecht" });
  await page.getByRole("button", { name: "Toon de escalatieroutes" }).click();
  await expect(between).toContainText("Er is geen geldende afspraak tussen Raad voor de Kinderbescherming en Centrum voor Jeugd en Gezin Zwijndrecht.");
  await expect(between.getByRole("link", { name: "Dekking van het netwerk" })).toHaveAttribute("href", "/convenanten/dekking");
  await expectNoSeriousA11yViolations(page);

  await page.goto("/sociale-kaart/veilig-thuis-zhz");
  const ofOrganisation = page.getByRole("region", { name: "Afspraken", exact: true });
  await expect(ofOrganisation.getByRole("link", { name: MODEL_CONVENANT })).toBeVisible();
  await expect(ofOrganisation.getByRole("link", { name: "Samenwerkingsafspraken onderwijs en Veilig Thuis" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";

test("Mag ik delen answers for a wijkteam (vrijwillig kader) and Veilig Thuis: meldrecht", async ({ page }) => {
  await signInAs(page, "PARTNER");
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Mag ik delen?" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/mag-ik-delen");
  await expect(page.getByRole("heading", { level: 1, name: "Mag ik delen?" })).toBeVisible();
  await expect(page.getByText("Vul hier geen gegevens over cliënten in — deze pagina vraagt en bewaart niets over cliënten.")).toBeVisible();
  // Only two organisation pickers: nothing about a client can be typed in.
  await expect(page.locator("main input:not([type=hidden]), main textarea")).toHaveCount(0);
  // The partner's own organisation is chosen already.
  await expect(page.getByLabel("Mijn organisatie")).toHaveValue(/.+/);
  await expect(page.getByLabel("Mijn organisatie").locator("option:checked")).toHaveText("Wijkteam Zwijndrecht");
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("De andere organisatie").selectOption({ label: "Veilig Thuis Zuid-Holland Zuid" });
  await page.getByRole("button", { name: "Toon de regels" }).click();
  await expect(page).toHaveURL((url) => url.searchParams.has("van") && url.searchParams.has("met"));

  const answer = page.getByRole("region", { name: "Wat zeggen de regels?" });
  await expect(answer).toContainText("Vrijwillig kader: alleen met toestemming");
  await expect(answer).toContainText("Mag zonder toestemming handelen");
  await expect(answer.getByText("U heeft meldrecht bij Veilig Thuis")).toBeVisible();
  await expect(answer).toContainText("Leg uw afweging vast in het dossier.");
  await expect(answer).toContainText("tabel 2");

  const table = page.getByRole("table", { name: "Wie geeft toestemming? (naar leeftijd van het kind)" });
  await expect(table.getByRole("row")).toHaveCount(5);
  await expect(table.getByRole("row", { name: /12 tot 16 jaar/ })).toContainText("De jongere én de wettelijke vertegenwoordiger(s)");

  const contacts = page.getByRole("heading", { name: "Wie kunt u bellen?" });
  await expect(contacts).toBeVisible();
  await expect(answer).toContainText("Sanne de Wit");
  await expect(answer).toContainText("Robert Koster");
  await expectNoSeriousA11yViolations(page);
});

test("Mag ik delen: two voluntary organisations may not exchange without consent", async ({ page }) => {
  await signInAs(page, "PROFESSIONAL");
  await page.goto("/mag-ik-delen");
  await expect(page.getByLabel("Mijn organisatie").locator("option:checked")).toHaveText("Centrum voor Jeugd en Gezin Zwijndrecht");
  await page.getByLabel("De andere organisatie").selectOption({ label: "Huisartsenpraktijk Walburg" });
  await page.getByRole("button", { name: "Toon de regels" }).click();
  const answer = page.getByRole("region", { name: "Wat zeggen de regels?" });
  await expect(answer.getByText("Niet zonder toestemming", { exact: true })).toBeVisible();
  await expect(answer).toContainText("altijd meldrecht bij Veilig Thuis");
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

import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";

function resultCard(page: Page, name: string) {
  return page
    .getByRole("region", { name: "Zoekresultaten" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name }) });
}

function resultCount(page: Page) {
  return page.getByRole("status").filter({ hasText: /gevonden/ });
}

test("a professional finds Veilig Thuis despite a typo, filters by sector (kept in the URL) and pages through the list", async ({ page }) => {
  await signInAs(page, "PROFESSIONAL");
  await page.goto("/sociale-kaart");
  await expect(page.getByRole("heading", { level: 1, name: "Sociale kaart" })).toBeVisible();
  await expect(resultCount(page)).toHaveText(/^\d+ organisaties gevonden/);
  // Professionals cannot add organisations.
  await expect(page.getByRole("link", { name: "Nieuwe organisatie" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Zoek organisatie, dienst of functie").fill("veilig tuis");
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get("q") === "veilig tuis");
  const first = page.getByRole("region", { name: "Zoekresultaten" }).getByRole("listitem").first();
  await expect(first.getByRole("heading", { name: "Veilig Thuis Zuid-Holland Zuid" })).toBeVisible();
  await expect(first).toContainText("Wettelijk kader: Mag zonder toestemming handelen");
  await expect(first.getByRole("link", { name: "Veilig Thuis Zuid-Holland Zuid" })).toHaveAttribute("href", "/sociale-kaart/veilig-thuis-zhz");
  await expectNoSeriousA11yViolations(page);

  // Filter the whole list by sector; the filter lives in the URL and survives a reload.
  await page.goto("/sociale-kaart");
  await page.getByText("Filters", { exact: true }).click();
  await page.getByRole("checkbox", { name: /^Beschermingsketen/ }).check();
  await page.getByRole("button", { name: "Filters toepassen" }).click();
  await expect(page).toHaveURL((url) => url.searchParams.getAll("sector").join() === "BESCHERMINGSKETEN");
  const filteredCount = await resultCount(page).textContent();
  await expect(resultCard(page, "Raad voor de Kinderbescherming")).toBeVisible();
  await expect(resultCard(page, "Basisschool De Regenboog")).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /^Beschermingsketen/ })).toBeChecked();
  await expect(resultCount(page)).toHaveText(filteredCount ?? "");
  await expect(resultCard(page, "Basisschool De Regenboog")).toHaveCount(0);

  // The unfiltered list has more than one page of 20.
  await page.goto("/sociale-kaart");
  const pagination = page.getByRole("navigation", { name: "Paginering zoekresultaten" });
  await expect(pagination.getByRole("link", { name: "Pagina 1" })).toHaveAttribute("aria-current", "page");
  const firstPageNames = await page.getByRole("region", { name: "Zoekresultaten" }).getByRole("heading", { level: 3 }).allTextContents();
  expect(firstPageNames).toHaveLength(20);
  await pagination.getByRole("link", { name: /Volgende/ }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get("pagina") === "2");
  await expect(pagination.getByRole("link", { name: "Pagina 2" })).toHaveAttribute("aria-current", "page");
  const secondPageNames = await page.getByRole("region", { name: "Zoekresultaten" }).getByRole("heading", { level: 3 }).allTextContents();
  expect(secondPageNames.length).toBeGreaterThan(0);
  expect(secondPageNames.filter((name) => firstPageNames.includes(name))).toEqual([]);
  await expect(pagination.getByRole("link", { name: /Vorige/ })).toBeVisible();
});

test("a search without results explains what to try, and a coordinator can add an organisation", async ({ page }) => {
  await signInAs(page, "COORDINATOR");
  await page.goto("/sociale-kaart?q=xyzzyqwv");
  await expect(resultCount(page)).toHaveText(/Geen organisaties gevonden/);
  await expect(page.getByText("Controleer de spelling")).toBeVisible();
  await expect(page.getByRole("link", { name: "Nieuwe organisatie" })).toHaveAttribute("href", "/sociale-kaart/nieuw");
  await expectNoSeriousA11yViolations(page);
});

import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";
import { isoDay } from "../support/data.ts";

/*
 * Werkateliers, cases and outcomes (issue 5): the coordinator records the knelpunten discussed
 * at a meeting and an action, and finds both in the outcomes register; a professional writes an
 * anonymised case and is refused in Dutch when the text holds a BSN-like number. Every journey
 * creates its own meeting (through the API as the coordinator) with a unique title, so nothing
 * depends on demo data or on other tests.
 */

function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

/** A werkatelier created by the signed-in coordinator through the tRPC endpoint; returns its id. */
async function createWerkatelier(page: Page, title: string): Promise<string> {
  const day = isoDay(20);
  const response = await page.request.post("/api/trpc/meeting.create", {
    data: {
      json: {
        title,
        type: "WERKATELIER",
        theme: "INFORMATIE_DELEN_EN_PRIVACY",
        description: "Werkatelier voor de e2e-test van casussen en uitkomsten.",
        startsAt: `${day}T13:30`,
        endsAt: `${day}T16:30`,
        location: "Stadskantoor, zaal 2",
        capacity: 20,
        facilitators: "",
        sectorTargets: [],
      },
    },
  });
  expect(response.ok(), await response.text()).toBe(true);
  const body = (await response.json()) as { result: { data: { json: { id: string } } } };
  return body.result.data.json.id;
}

test("the coordinator records a knelpunt and an action and sees them in the outcomes register", async ({ page }) => {
  test.slow();
  await signInAs(page, "COORDINATOR");
  const title = unique("Werkatelier uitkomsten");
  const id = await createWerkatelier(page, title);
  const actionText = unique("Afspraken over regie per casus vastleggen");

  // From the detail page to the outcomes page.
  await page.goto(`/werkateliers/${id}`);
  await expect(page.getByRole("heading", { level: 2, name: "Uitkomsten" })).toBeVisible();
  await page.getByRole("link", { name: "Uitkomsten vastleggen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uitkomsten" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Tick a knelpunt with a note.
  await page.getByRole("checkbox", { name: /^Te veel schakels in de keten/ }).check();
  await page.getByLabel("Toelichting bij ‘Te veel schakels in de keten’").fill("Niemand voerde regie tussen school, wijkteam en jeugdarts.");
  await page.getByRole("button", { name: "Knelpunten opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De besproken knelpunten zijn opgeslagen (1)." })).toBeVisible();

  // An action that is already overdue.
  await page.getByLabel("Actie", { exact: true }).fill(actionText);
  await page.getByLabel("Eigenaar", { exact: true }).fill("Wijkteam Zwijndrecht");
  await page.getByLabel("Uiterlijke datum").fill(isoDay(-3));
  await page.getByLabel("Knelpunt (optioneel)").selectOption({ label: "Te veel schakels in de keten" });
  await page.getByRole("button", { name: "Actie toevoegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De actie is toegevoegd." })).toBeVisible();
  const row = page.getByTestId("action-row").filter({ hasText: actionText });
  await expect(row).toContainText("Te laat");
  await row.getByRole("combobox").selectOption("BEZIG");
  await row.getByRole("button", { name: /^Status opslaan/ }).click();
  await expect(row.getByRole("status")).toHaveText("Status opgeslagen.");
  await expectNoSeriousA11yViolations(page);

  // The register across meetings.
  await page.goto("/werkateliers/uitkomsten");
  await expect(page.getByRole("heading", { level: 1, name: "Uitkomstenregister" })).toBeVisible();
  const frequency = page.getByTestId("knelpunt-frequency").filter({ hasText: "Te veel schakels in de keten" });
  await expect(frequency.getByRole("cell").nth(1)).not.toHaveText("0");
  const registered = page.getByTestId("action-row").filter({ hasText: actionText });
  await expect(registered).toContainText("Te laat");
  await expect(registered).toContainText("Bezig");
  await expect(registered.getByRole("link", { name: title })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // On a phone the pages themselves do not scroll sideways (the tables scroll in their own box).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
  await page.goto(`/werkateliers/${id}/uitkomsten`);
  await expect(page.getByRole("heading", { level: 1, name: "Uitkomsten" })).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test("the coordinator adds a knelpunt to the catalogue and switches it off", async ({ page }) => {
  await signInAs(page, "COORDINATOR");
  const name = unique("Wisselende contactpersonen");
  await page.goto("/werkateliers/uitkomsten/knelpunten");
  await expect(page.getByRole("heading", { level: 1, name: "Knelpuntencatalogus" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Knelpunt toevoegen" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Vul de naam van het knelpunt in.");
  await page.getByLabel("Naam van het knelpunt").fill(name);
  await page.getByLabel("Aanbevolen oplossing (optioneel)").fill("Vaste contactpersoon per school.");
  await page.getByRole("button", { name: "Knelpunt toevoegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Het knelpunt ‘${name}’ is toegevoegd.` })).toBeVisible();
  const row = page.getByTestId("catalogue-row").filter({ hasText: name });
  await row.getByRole("button", { name: new RegExp(`^Uitzetten\\s?: ${name}$`) }).click();
  await expect(row).toContainText("Uitgezet");
  await expect(row.getByRole("button", { name: new RegExp(`^Weer aanzetten\\s?: ${name}$`) })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expectNoSidewaysScroll(page);
});

test("a professional writes an anonymised case, is refused in Dutch for a BSN-like number, edits and removes it", async ({ page, openSession }) => {
  test.slow();
  const coordinator = await openSession();
  await signInAs(coordinator, "COORDINATOR");
  const title = unique("Werkatelier casus");
  const id = await createWerkatelier(coordinator, title);

  await signInAs(page, "PROFESSIONAL");
  await page.goto(`/werkateliers/${id}`);
  await page.getByRole("link", { name: "Casussen bekijken en indienen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Casussen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Geen gegevens die een kind of gezin herkenbaar maken" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const caseTitle = unique("Zorgen over een leerling");
  await page.getByLabel("Titel", { exact: true }).fill(caseTitle);
  await page.getByLabel("Stap 2 — Feiten").fill("Een jongen van 9 met BSN 123456782 komt vaak te laat op school.");
  await page.getByRole("button", { name: "Casus indienen" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("Deze tekst bevat een nummer van negen cijfers (zoals een BSN).");
  await expect(page.getByLabel("Stap 2 — Feiten")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);

  // The server refuses it too (the same check, not only the form's).
  const direct = await page.request.post("/api/trpc/meetingCase.create", {
    data: { json: { meetingId: id, title: caseTitle, facts: "BSN 123 456 782" } },
  });
  expect(direct.status()).toBe(400);
  expect(await direct.text()).toContain("nummer van negen cijfers");

  await page.getByLabel("Stap 2 — Feiten").fill("Een jongen van 9 komt vaak te laat op school; moeder is bereid tot gesprek.");
  await page.getByLabel("Stap 4 — Besluit").fill("Wijkteam neemt regie; school deelt signalen met toestemming.");
  await page.getByRole("button", { name: "Casus indienen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De casus is ingediend." })).toBeVisible();
  const article = page.getByTestId("meeting-case").filter({ hasText: caseTitle });
  await expect(article).toContainText("Stap 4 — Besluit");
  await expect(article.getByRole("link", { name: new RegExp(`^Casus bewerken\\s?: ${caseTitle}$`) })).toBeVisible();
  await expect(page.getByText("123456782")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // The author edits the case (the same check applies) and can remove it.
  await article.getByRole("link", { name: new RegExp(`^Casus bewerken\\s?: ${caseTitle}$`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Casus bewerken" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Geen gegevens die een kind of gezin herkenbaar maken" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Stap 1 — Posities").fill("Mail de moeder via moeder@example.nl");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Deze tekst bevat een e-mailadres.");
  await page.getByLabel("Stap 1 — Posities").fill("School, wijkteam en jeugdarts zien elk een deel van het beeld.");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De casus is opgeslagen." })).toBeVisible();
  await expect(article).toContainText("Stap 1 — Posities");
  await article.getByRole("link", { name: new RegExp(`^Casus bewerken\\s?: ${caseTitle}$`) }).click();
  await page.getByRole("button", { name: "Casus verwijderen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De casus is verwijderd." })).toBeVisible();
  await expect(page.getByTestId("meeting-case").filter({ hasText: caseTitle })).toHaveCount(0);
});

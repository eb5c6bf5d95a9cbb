import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { SIGN_IN_FAILED, demoAccount, isSignInUrl, signInAs, signInAsDemoEmail, signInWith, submitSignIn } from "../support/auth.ts";
import { expectNoSidewaysScroll } from "../support/data.ts";
import { expect, test } from "../support/fixtures.ts";
import { areaLinkTexts, NAVIGATION_BY_ROLE } from "../support/navigation.ts";
import { deactivateOpenUser, newUserDetails, openUserFromList } from "../support/users.ts";

function errorSummary(page: Page) {
  return page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Er is een probleem" }) });
}

async function openNewUserForm(page: Page): Promise<void> {
  await page.goto("/beheer/gebruikers");
  await page.getByRole("link", { name: "Gebruiker toevoegen" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/beheer/gebruikers/nieuw");
}

function saveNewUserButton(page: Page) {
  return page.getByRole("button", { name: /^Gebruiker (opslaan|toevoegen)$/ });
}

test("an admin creates a user, changes the role and deactivates the user, who is then refused at once", async ({
  page,
  openSession,
}) => {
  const user = newUserDetails();

  // The admin creates a professional.
  await signInAs(page, "BEHEERDER");
  await openNewUserForm(page);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Naam", { exact: true }).fill(user.name);
  await page.getByLabel("E-mailadres", { exact: true }).fill(user.email);
  await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Professional" });
  await page.getByLabel("Tijdelijk wachtwoord", { exact: true }).fill(user.password);
  await saveNewUserButton(page).click();
  await expect(page).not.toHaveURL((url) => url.pathname === "/beheer/gebruikers/nieuw");

  // ... and sees the new user in the list.
  await page.goto("/beheer/gebruikers");
  const row = page.getByRole("row").filter({ hasText: user.email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(user.name);
  await expect(row).toContainText("Professional");
  await expectNoSeriousA11yViolations(page);

  // The new user signs in (in a browser of their own) and gets the professional's navigation.
  const userPage = await openSession();
  await signInWith(userPage, user.email, user.password, user.name);
  expect(await areaLinkTexts(userPage)).toEqual(NAVIGATION_BY_ROLE.PROFESSIONAL.map((a) => a.label));

  // A role change ends the user's sessions at once (issue 14, finding 7): the next request goes to
  // the sign-in page with the reason; signed in again, the user has the new role's navigation.
  await openUserFromList(page, user.email);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Gemeenteraad" });
  // Issue 18: a council member acts for one municipality.
  await page.getByLabel("Gemeente", { exact: true }).selectOption({ label: "Zwijndrecht" });
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("status").or(page.getByRole("alert")).filter({ hasText: "opgeslagen" })).toBeVisible();
  await userPage.goto("/");
  await expect(userPage).toHaveURL(isSignInUrl);
  await expect(userPage.getByText("Uw sessie is beëindigd; log opnieuw in.")).toBeVisible();
  await signInWith(userPage, user.email, user.password, user.name);
  expect(await areaLinkTexts(userPage)).toEqual(NAVIGATION_BY_ROLE.RAAD.map((a) => a.label));

  // The admin deactivates the user (confirming when the page asks).
  await deactivateOpenUser(page, () => expectNoSeriousA11yViolations(page));
  await page.goto("/beheer/gebruikers");
  await expect(page.getByRole("row").filter({ hasText: user.email })).toContainText("Niet actief");

  // The user's existing session is refused on the very next request ...
  await userPage.goto("/dashboard");
  await expect(userPage).toHaveURL(isSignInUrl);

  // ... and signing in again fails with the same message as a wrong password.
  await submitSignIn(userPage, user.email, user.password);
  await expect(userPage.getByRole("alert").filter({ hasText: SIGN_IN_FAILED })).toBeVisible();
  await expect(userPage).toHaveURL(isSignInUrl);
});

test("the new-user form shows an error summary and inline errors", async ({ page }) => {
  await signInAs(page, "BEHEERDER");
  await openNewUserForm(page);

  // Nothing filled in: every required field is reported, in the summary and at the field.
  await saveNewUserButton(page).click();
  const summary = errorSummary(page);
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  const name = page.getByLabel("Naam", { exact: true });
  await expect(name).toHaveAttribute("aria-invalid", "true");
  const nameError = await summary.getByRole("link").first().innerText();
  await expect(name).toHaveAccessibleDescription(new RegExp(escapeRegExp(nameError)));
  await expect(page.getByLabel("Rol", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);

  // A link in the summary moves focus to its field.
  await summary.getByRole("link").first().click();
  await expect(name).toBeFocused();

  // An e-mail address that is already taken is reported at the e-mail field by the server.
  const taken = demoAccount("PROFESSIONAL");
  await name.fill("Dubbel Account");
  await page.getByLabel("E-mailadres", { exact: true }).fill(taken.email);
  await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Professional" });
  await page.getByLabel("Tijdelijk wachtwoord", { exact: true }).fill("Een-lang-genoeg-wachtwoord-1");
  await saveNewUserButton(page).click();
  await expect(summary).toBeVisible();
  const email = page.getByLabel("E-mailadres", { exact: true });
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(name).not.toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL((url) => url.pathname === "/beheer/gebruikers/nieuw");
  await expectNoSeriousA11yViolations(page);
});

test("the admin adds a municipality on /beheer/gemeenten and creates a Dordrecht coordinator, who must have a municipality (issue 18)", async ({ page }) => {
  const id = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
  // A CBS-shaped code no real municipality has (GM9xxx), unique per run.
  const code = `GM9${String(Number.parseInt(randomBytes(2).toString("hex"), 16) % 1000).padStart(3, "0")}`;
  const municipality = `E2E-gemeente ${id}`;
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "BEHEERDER");

  await page.goto("/beheer/gemeenten");
  await expect(page.getByRole("heading", { level: 1, name: "Gemeenten" })).toBeVisible();
  const list = page.getByRole("table", { name: "Gemeenten in dit portaal" });
  await expect(list.getByRole("row").filter({ hasText: "GM0642" })).toContainText("Zwijndrecht");
  await expect(list.getByRole("row").filter({ hasText: "GM0505" })).toContainText("Dordrecht");
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);

  // Empty, then a code that is not a CBS gemeentecode: the error summary, inline errors, nothing added.
  const add = page.getByRole("button", { name: "Gemeente toevoegen" });
  await add.click();
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Vul een CBS-gemeentecode in: GM en vier cijfers, bijvoorbeeld GM0505.");
  await expect(summary).toContainText("Vul de naam van de gemeente in (2 tot 80 tekens).");
  await expectNoSeriousA11yViolations(page);
  const codeField = page.getByLabel("CBS-gemeentecode", { exact: true });
  await codeField.fill("0505");
  await page.getByLabel("Naam", { exact: true }).fill(municipality);
  await add.click();
  await expect(codeField).toHaveAttribute("aria-invalid", "true");
  // A code the install already has: refused by the server, at the field.
  await codeField.fill("GM0505");
  await add.click();
  await expect(summary).toContainText("Deze gemeente hoort al bij deze installatie.");
  await expect(codeField).toHaveAttribute("aria-invalid", "true");

  await codeField.fill(code.toLowerCase());
  await add.click();
  await expect(page.getByRole("status").filter({ hasText: `Gemeente ${municipality} (${code}) is toegevoegd.` })).toBeVisible();
  await expect(list.getByRole("row").filter({ hasText: code })).toContainText(municipality);
  await expect(list.getByRole("row").filter({ hasText: code })).toContainText("Veilig Thuis Zuid-Holland Zuid");
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);

  // A coordinator without a municipality is refused with the Dutch error summary.
  const user = newUserDetails();
  await openNewUserForm(page);
  await page.getByLabel("Naam", { exact: true }).fill(user.name);
  await page.getByLabel("E-mailadres", { exact: true }).fill(user.email);
  await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Aandachtsfunctionaris (coördinator)" });
  await page.getByLabel("Tijdelijk wachtwoord", { exact: true }).fill(user.password);
  await saveNewUserButton(page).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Een coördinator of raadslid werkt voor één gemeente: kies de gemeente.");
  const municipalityField = page.getByLabel("Gemeente", { exact: true });
  await expect(municipalityField).toHaveAttribute("aria-invalid", "true");
  await expect(municipalityField.locator("option", { hasText: municipality })).toHaveCount(1);
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);

  // With Dordrecht it is saved, and the list filtered on Dordrecht shows them.
  await municipalityField.selectOption({ label: "Dordrecht" });
  await saveNewUserButton(page).click();
  await expect(page).not.toHaveURL((url) => url.pathname === "/beheer/gebruikers/nieuw");
  await page.goto("/beheer/gebruikers");
  await page.getByLabel("Gemeente", { exact: true }).selectOption({ label: "Dordrecht" });
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get("gemeente") === "GM0505");
  const row = page.getByRole("row").filter({ hasText: user.email });
  await expect(row).toContainText("Dordrecht");
  await expect(page.getByRole("row").filter({ hasText: "coordinator@demo.zwijndrecht.nl" })).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
});

test("the Dordrecht coordinator sees their municipality in the header", async ({ page }) => {
  await signInAsDemoEmail(page, "coordinator@demo.dordrecht.nl");
  await expect(page.getByRole("group", { name: "Uw account" })).toContainText("Gemeente Dordrecht");
  await expectNoSeriousA11yViolations(page);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

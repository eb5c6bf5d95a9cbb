import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { SIGN_IN_FAILED, demoAccount, isSignInUrl, signInAs, submitSignIn } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";

test("a signed-out visit to a portal page redirects to the sign-in page", async ({ page }) => {
  // The front door itself shows a visitor without a session the public residents' page (issue 15,
  // publieke-pagina.spec.ts), with the way in for professionals.
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Zorgen over een kind?" })).toBeVisible();
  await page.getByRole("link", { name: "Inloggen voor professionals" }).click();
  await expect(page).toHaveURL(isSignInUrl);
  for (const path of ["/sociale-kaart", "/dashboard", "/beheer/gebruikers", "/beheer/gebruikers/nieuw", "/beheer/audit"]) {
    await page.goto(path);
    await expect(page, `signed-out visit to ${path}`).toHaveURL(isSignInUrl);
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);
});

test("a wrong password shows the Dutch error and does not sign in", async ({ page }) => {
  await submitSignIn(page, demoAccount("PROFESSIONAL").email, "Dit-is-niet-het-wachtwoord");
  await expect(page.getByRole("alert").filter({ hasText: SIGN_IN_FAILED })).toBeVisible();
  await expect(page).toHaveURL(isSignInUrl);
  await expectNoSeriousA11yViolations(page);

  await page.goto("/sociale-kaart");
  await expect(page).toHaveURL(isSignInUrl);
});

test("an unknown e-mail address gets the same message as a wrong password", async ({ page }) => {
  await submitSignIn(page, `onbekend-${Date.now()}@demo.zwijndrecht.nl`, "Wat-dan-ook-123");
  await expect(page.getByRole("alert").filter({ hasText: SIGN_IN_FAILED })).toBeVisible();
  await expect(page).toHaveURL(isSignInUrl);
});

test("submitting an empty sign-in form shows the error summary and inline errors", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();

  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Er is een probleem" }) });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: "Vul uw e-mailadres in" })).toBeVisible();
  const email = page.getByLabel("E-mailadres", { exact: true });
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription(/Vul uw e-mailadres in/);
  await expectNoSeriousA11yViolations(page);
});

test("signing out ends the session", async ({ page }) => {
  await signInAs(page, "PARTNER");
  await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
  await expect(page).toHaveURL(isSignInUrl);

  await page.goto("/sociale-kaart");
  await expect(page).toHaveURL(isSignInUrl);
});

import { expect, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@kk/db/seed";
import type { Role } from "./roles.ts";

export { DEMO_PASSWORD };

/** The Dutch message for every failed sign-in (wrong password, unknown or deactivated account, throttled). */
export const SIGN_IN_FAILED = "E-mailadres of wachtwoord is onjuist, of u heeft te vaak geprobeerd. Probeer het opnieuw.";

export function demoAccount(role: Role): { email: string; name: string; role: Role } {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`No demo account for role ${role} in @kk/db/seed`);
  return account;
}

/** The demo partner of one organisation (a journey that changes an entry uses its own partner). */
export function demoPartnerOf(organisationSlug: string): { email: string; name: string; role: Role } {
  const account = DEMO_ACCOUNTS.find((a) => a.role === "PARTNER" && a.organisationSlug === organisationSlug);
  if (!account) throw new Error(`No demo partner for ${organisationSlug} in @kk/db/seed`);
  return account;
}

/** Fills in and submits the sign-in form; does not check the outcome. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/inloggen");
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
  await page.getByLabel("E-mailadres", { exact: true }).fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
}

/** Signs in and waits for the start page ("Welkom, <name>"). */
export async function signInWith(page: Page, email: string, password: string, name: string): Promise<void> {
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await expect(page.getByRole("heading", { level: 1, name: `Welkom, ${name}` })).toBeVisible();
}

/** Signs in as the demo account of `role` through the sign-in form, as a user would. */
export async function signInAs(page: Page, role: Role): Promise<{ email: string; name: string; role: Role }> {
  const account = demoAccount(role);
  await signInWith(page, account.email, DEMO_PASSWORD, account.name);
  return account;
}

/** Signs in as a given demo account. */
export async function signInAsAccount(page: Page, account: { email: string; name: string }): Promise<void> {
  await signInWith(page, account.email, DEMO_PASSWORD, account.name);
}

/** True when the page is the sign-in page (after a redirect of a signed-out visit). */
export function isSignInUrl(url: URL): boolean {
  return url.pathname === "/inloggen";
}

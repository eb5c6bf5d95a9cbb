import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_ROLES, DEMO_TOTP_SECRET } from "@kk/db/seed";
import type { Role } from "./roles.ts";
import { msUntilNextStep, totpCode } from "./totp.ts";

export { DEMO_PASSWORD, DEMO_TOTP_SECRET };

/** The Dutch message for every failed sign-in (wrong password, unknown or deactivated account, throttled). */
export const SIGN_IN_FAILED = "E-mailadres of wachtwoord is onjuist, of u heeft te vaak geprobeerd. Probeer het opnieuw.";
/** The second step's message for a wrong or already used code. */
export const CODE_REFUSED = "De code klopt niet of is al gebruikt.";

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

/** The second sign-in step (two-factor verification) is on screen. */
export async function expectCodeStep(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 2, name: "Tweestapsverificatie" })).toBeVisible();
}

/**
 * On the second sign-in step: types the current code of `secret`, as a person reads it from the
 * app. A code is accepted once per account and time step (replay protection), so when this step's
 * code was just used (by another test or the setup) it waits for the next step and tries again.
 */
export async function enterCode(page: Page, secret: string): Promise<void> {
  const field = page.getByLabel("Code uit de app", { exact: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    await field.fill(totpCode(secret));
    await page.getByRole("button", { name: "Doorgaan", exact: true }).click();
    const refused = page.getByRole("alert").filter({ hasText: CODE_REFUSED });
    const outcome = await Promise.race([
      page.waitForURL((url) => url.pathname !== "/inloggen", { timeout: 20_000 }).then(() => "in" as const),
      refused.waitFor({ timeout: 20_000 }).then(() => "refused" as const),
    ]);
    if (outcome === "in") return;
    await page.waitForTimeout(msUntilNextStep() + 500);
  }
  throw new Error("The sign-in code was refused three time steps in a row");
}

/** Signs in through the form (both steps when the account has TOTP) and waits for the start page ("Welkom, <name>"). */
export async function signInWith(page: Page, email: string, password: string, name: string, totpSecret?: string): Promise<void> {
  await submitSignIn(page, email, password);
  if (totpSecret) {
    await expectCodeStep(page);
    await enterCode(page, totpSecret);
  }
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await expect(page.getByRole("heading", { level: 1, name: `Welkom, ${name}` })).toBeVisible();
}

const authDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../.auth");

/** Where the setup project keeps the signed-in state of a demo account with TOTP (per server port). */
export function storageStatePath(role: Role): string {
  return path.join(authDir, `${role.toLowerCase()}-${process.env.KK_E2E_PORT ?? 3100}.json`);
}

/** Whether the demo account of `role` signs in with two-factor verification (BEHEERDER, COORDINATOR). */
export function hasDemoTotp(role: Role): boolean {
  return DEMO_TOTP_ROLES.includes(role);
}

/**
 * Signs in as the demo account of `role`. Roles with TOTP reuse the session the setup project
 * (tests/auth.setup.ts) made through the real form, so ~100 tests do not each wait for a fresh
 * time step; the start page is still checked. Tests of signing in itself use `signInWith` or the
 * form directly. A test that signs out must not use a shared session: use `signInFreshAs`.
 */
export async function signInAs(page: Page, role: Role): Promise<{ email: string; name: string; role: Role }> {
  const account = demoAccount(role);
  if (!hasDemoTotp(role)) {
    await signInWith(page, account.email, DEMO_PASSWORD, account.name);
    return account;
  }
  const state = JSON.parse(fs.readFileSync(storageStatePath(role), "utf8")) as { cookies: Parameters<ReturnType<Page["context"]>["addCookies"]>[0] };
  await page.context().addCookies(state.cookies);
  await page.goto("/");
  // A shared session that has ended (idle timeout, revoked): sign in through the form instead.
  if (isSignInUrl(new URL(page.url()))) return signInFreshAs(page, role);
  await expect(page.getByRole("heading", { level: 1, name: `Welkom, ${account.name}` })).toBeVisible();
  return account;
}

/** Signs in as the demo account of `role` through the form, with a session of its own. */
export async function signInFreshAs(page: Page, role: Role): Promise<{ email: string; name: string; role: Role }> {
  const account = demoAccount(role);
  await signInWith(page, account.email, DEMO_PASSWORD, account.name, hasDemoTotp(role) ? DEMO_TOTP_SECRET : undefined);
  return account;
}

/**
 * Signs in through the form as the demo account with `email` (issue 18: the accounts of the
 * neighbouring municipalities, e.g. coordinator@demo.dordrecht.nl), with the demo code when its
 * role has two-factor sign-in.
 */
export async function signInAsDemoEmail(page: Page, email: string): Promise<{ email: string; name: string; role: Role }> {
  const account = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (!account) throw new Error(`No demo account ${email} in @kk/db/seed`);
  await signInWith(page, account.email, DEMO_PASSWORD, account.name, hasDemoTotp(account.role) ? DEMO_TOTP_SECRET : undefined);
  return account;
}

/** Signs in as a given demo account (partners: no TOTP). */
export async function signInAsAccount(page: Page, account: { email: string; name: string }): Promise<void> {
  await signInWith(page, account.email, DEMO_PASSWORD, account.name);
}

/** True when the page is the sign-in page (after a redirect of a signed-out visit). */
export function isSignInUrl(url: URL): boolean {
  return url.pathname === "/inloggen";
}

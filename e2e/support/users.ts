import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

/** A user nobody else creates: unique per run and per test. */
export function newUserDetails(): { name: string; email: string; password: string } {
  const id = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  return {
    name: `E2E Tester ${id}`,
    email: `e2e-${id}@demo.zwijndrecht.nl`,
    password: `Tijdelijk-${id}-Wachtwoord`,
  };
}

/** The admin (signed in on `page`) creates a professional through Beheer → Gebruikers. */
export async function createProfessional(page: Page, user: { name: string; email: string; password: string }): Promise<void> {
  await page.goto("/beheer/gebruikers/nieuw");
  await page.getByLabel("Naam", { exact: true }).fill(user.name);
  await page.getByLabel("E-mailadres", { exact: true }).fill(user.email);
  await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Professional" });
  await page.getByLabel("Tijdelijk wachtwoord", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: /^Gebruiker (opslaan|toevoegen)$/ }).click();
  await expect(page).not.toHaveURL((url) => url.pathname === "/beheer/gebruikers/nieuw");
}

/** The admin opens the user with `email` from the list. */
export async function openUserFromList(page: Page, email: string): Promise<void> {
  await page.goto("/beheer/gebruikers");
  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/beheer\/gebruikers\/(?!nieuw)[^/]+$/);
}

/** On the open user page: deactivate, confirming when the page asks (`onConfirm` runs with the question shown). */
export async function deactivateOpenUser(page: Page, onConfirm?: () => Promise<void>): Promise<void> {
  await page.getByRole("button", { name: "Deactiveren", exact: true }).click();
  const confirm = page.getByRole("button", { name: /^Ja, deactiveren/ });
  const activate = page.getByRole("button", { name: "Activeren", exact: true });
  await expect(confirm.or(activate)).toBeVisible();
  if (await confirm.isVisible()) {
    await onConfirm?.();
    await confirm.click();
  }
  await expect(activate).toBeVisible();
}

import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { SIGN_IN_FAILED, signInAs, signInWith, submitSignIn } from "../support/auth.ts";
import { expectNoSidewaysScroll, trpcPost, uniqueId } from "../support/data.ts";
import { expect, test } from "../support/fixtures.ts";

/*
 * Passwords (issue 14, part L): a professional changes the password and signs in with the new one;
 * another one forgets it, follows the link from the (dev) outbox, sets a new one and signs in; the
 * link a second time is refused. Each journey creates its own professional (through the API as the
 * administrator), on a 390 px phone, with axe on every page.
 */

test.use({ viewport: { width: 390, height: 844 } });

interface Person {
  name: string;
  email: string;
  password: string;
}

async function createProfessional(admin: Page, label: string): Promise<Person> {
  const id = uniqueId();
  const person = { name: `${label} ${id}`, email: `e2e-wachtwoord-${id}@demo.zwijndrecht.nl`, password: `Tijdelijk-${id}-Wachtwoord` };
  await trpcPost(admin, "user.create", { ...person, role: "PROFESSIONAL", organisationId: "" });
  return person;
}

async function checkPage(page: Page): Promise<void> {
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
}

/** The text of the newest outbox mail to `to` with `subject`, once it is there (the reset mail is sent after the answer). */
async function mailText(admin: Page, to: string, subject: string): Promise<string> {
  const mail = () => admin.getByRole("article").filter({ hasText: to }).filter({ hasText: subject }).first();
  await expect(async () => {
    await admin.goto("/beheer/outbox");
    await expect(mail()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await mail().getByText("Tekst tonen").click();
  return mail().locator("pre").innerText();
}

test("a professional changes the password, is signed out and signs in with the new one", async ({ page, openSession }) => {
  const admin = await openSession();
  await signInAs(admin, "BEHEERDER");
  const user = await createProfessional(admin, "Wijzigende Professional");
  const newPassword = `mijn nieuwe zin ${uniqueId()} voor het portaal`;

  await signInWith(page, user.email, user.password, user.name);
  await page.getByRole("link", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wachtwoord wijzigen" })).toBeVisible();
  await checkPage(page);

  // A wrong current password and a listed common password: Dutch errors in the summary and at the field.
  await page.getByLabel("Huidig wachtwoord", { exact: true }).fill("niet-het-goede-wachtwoord");
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(newPassword);
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Het huidige wachtwoord klopt niet.");
  await checkPage(page);

  await page.getByLabel("Huidig wachtwoord", { exact: true }).fill(user.password);
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("password1234");
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("veelgebruikte of gelekte wachtwoorden");

  // "Toon wachtwoord" shows what was typed.
  const field = page.getByLabel("Nieuw wachtwoord", { exact: true });
  await field.fill(newPassword);
  await expect(field).toHaveAttribute("type", "password");
  await field.locator("xpath=following-sibling::button").click();
  await expect(field).toHaveAttribute("type", "text");
  await checkPage(page);

  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/inloggen");
  await expect(page.getByRole("status").filter({ hasText: "Uw wachtwoord is gewijzigd. Log opnieuw in met uw nieuwe wachtwoord." })).toBeVisible();
  await checkPage(page);

  await submitSignIn(page, user.email, user.password);
  await expect(page.getByText(SIGN_IN_FAILED)).toBeVisible();
  await signInWith(page, user.email, newPassword, user.name);

  // The notice mail, without a link that changes anything.
  const notice = await mailText(admin, user.email, "Uw wachtwoord is gewijzigd");
  expect(notice).not.toMatch(/token=/);
});

test("a forgotten password: the same answer for any address, the link from the e-mail sets a new one once", async ({ page, openSession }) => {
  const admin = await openSession();
  await signInAs(admin, "BEHEERDER");
  const user = await createProfessional(admin, "Vergeetachtige Professional");
  const newPassword = `vergeten maar nu ${uniqueId()} hersteld`;
  const sentAnswer = "Als er een account met dit e-mailadres is, ontvangt u binnen enkele minuten een e-mail";

  // An address without an account gets the very same answer.
  const stranger = `niemand-${uniqueId()}@demo.zwijndrecht.nl`;
  await page.goto("/inloggen");
  await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wachtwoord vergeten" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Stuur mij een link" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Vul uw e-mailadres in.");
  await checkPage(page);
  await page.getByLabel("E-mailadres", { exact: true }).fill(stranger);
  await page.getByRole("button", { name: "Stuur mij een link" }).click();
  await expect(page.getByRole("status").filter({ hasText: sentAnswer })).toBeVisible();
  const strangerAnswer = await page.getByRole("main").innerText();
  await checkPage(page);

  await page.goto("/wachtwoord-vergeten");
  await page.getByLabel("E-mailadres", { exact: true }).fill(user.email);
  await page.getByRole("button", { name: "Stuur mij een link" }).click();
  await expect(page.getByRole("status").filter({ hasText: sentAnswer })).toBeVisible();
  expect(await page.getByRole("main").innerText()).toBe(strangerAnswer);

  const body = await mailText(admin, user.email, "Nieuw wachtwoord kiezen");
  const link = body.match(/https?:\/\/\S+\/wachtwoord-herstellen\?token=[A-Za-z0-9_-]{43}/)?.[0];
  expect(link, `reset link in:\n${body}`).toBeTruthy();
  await expect(admin.getByRole("article").filter({ hasText: stranger })).toHaveCount(0);
  await expectNoSeriousA11yViolations(admin);
  const path = `${new URL(link!).pathname}${new URL(link!).search}`;

  // The link opens the form; a common password is refused, then the new one is set.
  const mailbox = await openSession();
  await mailbox.goto(path);
  await expect(mailbox.getByRole("heading", { level: 1, name: "Nieuw wachtwoord kiezen" })).toBeVisible();
  await checkPage(mailbox);
  await mailbox.getByLabel("Nieuw wachtwoord", { exact: true }).fill("password1234");
  await mailbox.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(mailbox.getByTestId("error-summary")).toContainText("veelgebruikte of gelekte wachtwoorden");
  await checkPage(mailbox);
  await mailbox.getByLabel("Nieuw wachtwoord", { exact: true }).fill(newPassword);
  await mailbox.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(mailbox).toHaveURL((url) => url.pathname === "/inloggen");
  await expect(mailbox.getByRole("status").filter({ hasText: "Uw nieuwe wachtwoord is opgeslagen." })).toBeVisible();
  await checkPage(mailbox);
  await signInWith(mailbox, user.email, newPassword, user.name);

  // The same link a second time: one clear page with the way to a new link.
  const again = await openSession();
  await again.goto(path);
  await expect(again.getByRole("heading", { level: 2, name: "Deze link is al gebruikt" })).toBeVisible();
  await expect(again.getByRole("link", { name: "Vraag een nieuwe link aan" })).toHaveAttribute("href", "/wachtwoord-vergeten");
  await checkPage(again);
  await again.goto("/wachtwoord-herstellen?token=onzin");
  await expect(again.getByRole("heading", { level: 2, name: "Deze link werkt niet" })).toBeVisible();
});

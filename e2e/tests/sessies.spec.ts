import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { DEMO_PASSWORD, demoAccount, isSignInUrl, signInAs, signInWith } from "../support/auth.ts";
import { expectNoSidewaysScroll, trpcPost, uniqueId } from "../support/data.ts";
import { expect, test } from "../support/fixtures.ts";

/*
 * Issue 14, part K: server-side sessions. "Sessies" lists where one is signed in; ending a session
 * there or signing out ends it on the server, so the browser (or a copied cookie) is refused at
 * once and sent to /inloggen with the reason, and comes back to its page after signing in again.
 * Ending "all other sessions" must not touch other tests, so that journey uses its own user.
 */

interface Account {
  email: string;
  name: string;
  password: string;
}

/** A professional of this test's own, created by the administrator (in a context of its own). */
async function newProfessional(openSession: () => Promise<Page>): Promise<Account> {
  const admin = await openSession();
  await signInAs(admin, "BEHEERDER");
  const id = uniqueId();
  const account = { name: `Sessie Tester ${id}`, email: `e2e-sessie-${id}@demo.zwijndrecht.nl`, password: `Sessie-${id}-Lang-Wachtwoord` };
  await trpcPost(admin, "user.create", { ...account, role: "PROFESSIONAL", organisationId: "" });
  return account;
}

async function openSessionsPage(page: Page): Promise<void> {
  await page.getByRole("link", { name: "Sessies", exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/account/sessies");
  await expect(page.getByRole("heading", { level: 1, name: "Sessies" })).toBeVisible();
}

function sessionItems(page: Page) {
  return page.getByTestId("sessions").getByRole("listitem");
}

test("two browsers: the user sees both sessions, ends the other, and that browser is sent to sign in and back", async ({ page, openSession }) => {
  const account = await newProfessional(openSession);
  await signInWith(page, account.email, account.password, account.name);
  const other = await openSession();
  await signInWith(other, account.email, account.password, account.name);
  await other.goto("/sociale-kaart?q=wijkteam");

  await page.setViewportSize({ width: 390, height: 844 });
  await openSessionsPage(page);
  await expect(sessionItems(page)).toHaveCount(2);
  await expect(page.getByTestId("session-current")).toContainText("Deze sessie");
  // The minutes are the administrator's setting (the last test here changes it and puts it back).
  await expect(page.getByText(/^Een sessie eindigt na \d+ minuten zonder activiteit, en altijd 12 uur na het inloggen\.$/)).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);

  await page.getByTestId("session-other").getByRole("button", { name: /beëindigen$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "De sessie is beëindigd." })).toBeVisible();
  await expect(sessionItems(page)).toHaveCount(1);
  await expect(page.getByText("U bent nergens anders ingelogd.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The other browser's next request: the sign-in page with the reason, not an error page.
  await other.reload();
  await expect(other).toHaveURL(isSignInUrl);
  await expect(other).toHaveURL((url) => url.searchParams.get("callbackUrl") === "/sociale-kaart?q=wijkteam");
  await expect(other.getByText("Uw sessie is beëindigd; log opnieuw in.")).toBeVisible();
  await expectNoSeriousA11yViolations(other);
  // Signing in again leads back to where it was.
  await other.getByLabel("E-mailadres", { exact: true }).fill(account.email);
  await other.getByLabel("Wachtwoord", { exact: true }).fill(account.password);
  await other.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(other).toHaveURL((url) => url.pathname === "/sociale-kaart" && url.searchParams.get("q") === "wijkteam");

  // The first browser was never affected.
  await page.goto("/account/sessies");
  await expect(sessionItems(page)).toHaveCount(2);
});

test("ending all other sessions signs the user out everywhere else", async ({ page, openSession }) => {
  const account = await newProfessional(openSession);
  await signInWith(page, account.email, account.password, account.name);
  const second = await openSession();
  await signInWith(second, account.email, account.password, account.name);
  const third = await openSession();
  await signInWith(third, account.email, account.password, account.name);

  await openSessionsPage(page);
  await expect(sessionItems(page)).toHaveCount(3);
  await page.getByRole("button", { name: "Alle andere sessies beëindigen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 andere sessie(s) beëindigd." })).toBeVisible();
  await expect(sessionItems(page)).toHaveCount(1);

  // A full page load in one browser, a click on a link (client-side navigation) in the other.
  await second.goto("/");
  await expect(second).toHaveURL(isSignInUrl);
  await expect(second.getByText("Uw sessie is beëindigd; log opnieuw in.")).toBeVisible();
  await third.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Sociale kaart" }).click();
  await expect(third).toHaveURL((url) => isSignInUrl(url) && url.searchParams.get("callbackUrl") === "/sociale-kaart");
  await expect(third.getByText("Uw sessie is beëindigd; log opnieuw in.")).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: `Welkom, ${account.name}` })).toBeVisible();
});

test("after signing out, a copy of the old session cookie is refused", async ({ page, browser, baseURL }) => {
  await signInAs(page, "PROFESSIONAL");
  const stolen = await page.context().cookies();
  expect(stolen.some((cookie) => cookie.name.includes("next-auth.session-token"))).toBe(true);

  await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
  await expect(page).toHaveURL(isSignInUrl);

  const attacker = await browser.newContext({ baseURL });
  try {
    await attacker.addCookies(stolen);
    const replay = await attacker.newPage();
    await replay.goto("/sociale-kaart");
    await expect(replay).toHaveURL(isSignInUrl);
    await expect(replay.getByText("Uw sessie is beëindigd; log opnieuw in.")).toBeVisible();
    const api = await attacker.request.get("/api/trpc/userSession.listOwn");
    expect(api.status()).toBe(401);
  } finally {
    await attacker.close();
  }

  // The account itself still works: signing in again gives a new session.
  await page.getByLabel("E-mailadres", { exact: true }).fill(demoAccount("PROFESSIONAL").email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Welkom, ${demoAccount("PROFESSIONAL").name}` })).toBeVisible();
});

test("the sign-in page says why a session ended", async ({ page }) => {
  await page.goto("/inloggen?reden=inactief&callbackUrl=%2Fsociale-kaart");
  await expect(page.getByText(/^U was \d+ minuten niet actief; log opnieuw in\.$/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto("/inloggen?reden=verlopen");
  await expect(page.getByText("U was 12 uur ingelogd; log opnieuw in.")).toBeVisible();
  await page.goto("/inloggen?reden=iets-anders");
  await expect(page.getByRole("status")).toHaveCount(0);
});

test("the administrator sets the idle timeout (5–240 minutes) and the users' pages follow", async ({ page, openSession }) => {
  await signInAs(page, "BEHEERDER");
  await page.goto("/beheer/gebruikers");
  const field = page.getByLabel("Aantal minuten zonder activiteit", { exact: true });
  await expect(field).toHaveValue("30");
  await field.fill("3");
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Vul een heel aantal minuten in van 5 tot en met 240." })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await field.fill("45");
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen: uitloggen na 45 minuten zonder activiteit." })).toBeVisible();

  const professional = await openSession();
  await signInAs(professional, "PROFESSIONAL");
  await professional.goto("/account/sessies");
  await expect(professional.getByText("Een sessie eindigt na 45 minuten zonder activiteit, en altijd 12 uur na het inloggen.")).toBeVisible();

  // Back to the default.
  await page.reload();
  await field.fill("30");
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen: uitloggen na 30 minuten zonder activiteit." })).toBeVisible();
});

import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { DEMO_PASSWORD, demoAccount } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";

/**
 * Issue 14, part E (the web edge). Finding 3: a hostile callbackUrl on the sign-in page never
 * takes the browser off our origin, whether it signs in through the form or arrives signed in.
 */
const HOSTILE_CALLBACKS = [
  "/%09/evil.example",
  "/%0A/evil.example",
  "//evil.example",
  "/%5C/evil.example",
  "%5C%5Cevil.example",
  "https://evil.example/dashboard",
  "javascript:alert(document.domain)",
];

test("signing in with a hostile callbackUrl lands on our own start page", async ({ page, baseURL }) => {
  const offsite: string[] = [];
  await page.route(/evil\.example/, async (route) => {
    offsite.push(route.request().url());
    await route.abort();
  });
  const account = demoAccount("PROFESSIONAL");
  const ours = new URL(baseURL ?? "http://localhost").origin;

  for (const [index, callback] of HOSTILE_CALLBACKS.entries()) {
    await page.context().clearCookies();
    await page.goto(`/inloggen?callbackUrl=${callback}`);
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
    if (index === 0) await expectNoSeriousA11yViolations(page);
    await page.getByLabel("E-mailadres", { exact: true }).fill(account.email);
    await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Welkom, ${account.name}` }), callback).toBeVisible();
    expect(new URL(page.url()).origin, callback).toBe(ours);
    expect(new URL(page.url()).pathname, callback).toBe("/");

    // Already signed in, the sign-in page redirects on the server: the same rule applies.
    await page.goto(`/inloggen?callbackUrl=${callback}`);
    await expect(page.getByRole("heading", { level: 1, name: `Welkom, ${account.name}` }), callback).toBeVisible();
    expect(new URL(page.url()).origin, callback).toBe(ours);
  }
  expect(offsite).toEqual([]);
  await expectNoSeriousA11yViolations(page);
});

test("a callbackUrl of our own portal is still honoured", async ({ page }) => {
  const account = demoAccount("PROFESSIONAL");
  await page.goto(`/inloggen?callbackUrl=${encodeURIComponent("/sociale-kaart?q=jeugd")}`);
  await page.getByLabel("E-mailadres", { exact: true }).fill(account.email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/sociale-kaart" && url.searchParams.get("q") === "jeugd");
  await expectNoSeriousA11yViolations(page);
});

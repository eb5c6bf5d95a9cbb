import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { CODE_REFUSED, demoAccount, DEMO_PASSWORD, DEMO_TOTP_SECRET, enterCode, expectCodeStep, signInAs, submitSignIn } from "../support/auth.ts";
import { expectNoSidewaysScroll, trpcPost, uniqueId } from "../support/data.ts";
import { expect, test } from "../support/fixtures.ts";
import { totpCode } from "../support/totp.ts";

/*
 * Two-factor sign-in (issue 14 part M, docs/adr/0018): a new coordinator must enrol before anything
 * else, confirms with a code computed from the key on the page (as an authenticator app would),
 * gets ten recovery codes once, signs in with one (once); the administrator resets it; an optional
 * role enrols and switches it off on a phone; the demo portal shows the demo account's code.
 */

const ENROLMENT = "/account/tweestapsverificatie";

async function createUser(admin: Page, role: "COORDINATOR" | "PROFESSIONAL") {
  const id = uniqueId();
  const user = { name: `MFA Tester ${id}`, email: `e2e-mfa-${id}@demo.zwijndrecht.nl`, password: `Tijdelijk-${id}-Wachtwoord` };
  // A coordinator acts for one municipality (issue 18): the demo's Zwijndrecht.
  await trpcPost(admin, "user.create", { ...user, role, organisationId: "", ...(role === "COORDINATOR" ? { municipalityCode: "GM0642" } : {}) });
  return user;
}

/** The key shown for typing into an app, without the spaces between groups. */
async function shownSecret(page: Page): Promise<string> {
  return ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s+/g, "");
}

/** A code from long ago: well formed, never accepted. */
function staleCode(secret: string): string {
  return totpCode(secret, Date.now() - 10 * 60_000);
}

function alertWith(page: Page, text: string | RegExp) {
  return page.getByRole("alert").filter({ hasText: text });
}

test("a new coordinator enrols at the first sign-in, signs in with a recovery code once, and the administrator resets it", async ({
  page,
  openSession,
}) => {
  test.slow();
  await signInAs(page, "BEHEERDER");
  const user = await createUser(page, "COORDINATOR");

  // The password is enough to reach the enrolment page, and nothing else.
  const first = await openSession();
  await submitSignIn(first, user.email, user.password);
  await expect(first).toHaveURL((url) => url.pathname === ENROLMENT);
  await expect(first.getByRole("heading", { level: 1, name: "Tweestapsverificatie" })).toBeVisible();
  await expect(first.getByText(/Voor uw rol is tweestapsverificatie verplicht/)).toBeVisible();
  await expect(first.getByRole("img", { name: /QR-code/ })).toBeVisible();
  await expectNoSeriousA11yViolations(first);
  for (const path of ["/", "/sociale-kaart", "/beheer/audit"]) {
    await first.goto(path);
    await expect(first, `before enrolment ${path} leads to enrolment`).toHaveURL((url) => url.pathname === ENROLMENT);
  }
  const refused = await first.request.get(`/api/trpc/directory.search?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`);
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain("Stel eerst tweestapsverificatie in");

  // A wrong code: the error summary and the inline error.
  const secret = await shownSecret(first);
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await first.getByLabel("Code uit de app", { exact: true }).fill(staleCode(secret));
  await first.getByRole("button", { name: "Instellen", exact: true }).click();
  await expect(alertWith(first, "Er is een probleem")).toBeVisible();
  await expect(first.getByLabel("Code uit de app", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(first);

  // The right code: ten recovery codes, shown once.
  await first.getByLabel("Code uit de app", { exact: true }).fill(totpCode(secret));
  await first.getByRole("button", { name: "Instellen", exact: true }).click();
  const list = first.getByTestId("recovery-codes").getByRole("listitem");
  await expect(list).toHaveCount(10);
  const codes = await list.allTextContents();
  for (const code of codes) expect(code).toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/);
  await expect(first.getByRole("button", { name: "Herstelcodes afdrukken" })).toBeVisible();
  await expectNoSeriousA11yViolations(first);
  await first.getByRole("link", { name: "Doorgaan naar het portaal" }).click();
  await expect(first.getByRole("heading", { level: 1, name: `Welkom, ${user.name}` })).toBeVisible();

  // Next sign-in: the password alone is not enough; a recovery code gets in, once.
  const second = await openSession();
  await submitSignIn(second, user.email, user.password);
  await expectCodeStep(second);
  await expect(second).toHaveURL((url) => url.pathname === "/inloggen");
  await expectNoSeriousA11yViolations(second);
  await second.getByRole("button", { name: "Gebruik een herstelcode" }).click();
  await second.getByLabel("Herstelcode", { exact: true }).fill(codes[0]!.toUpperCase());
  await second.getByRole("button", { name: "Doorgaan", exact: true }).click();
  await expect(second.getByRole("heading", { level: 1, name: `Welkom, ${user.name}` })).toBeVisible();

  const third = await openSession();
  await submitSignIn(third, user.email, user.password);
  await expectCodeStep(third);
  await third.getByRole("button", { name: "Gebruik een herstelcode" }).click();
  await third.getByLabel("Herstelcode", { exact: true }).fill(codes[0]!);
  await third.getByRole("button", { name: "Doorgaan", exact: true }).click();
  await expect(alertWith(third, "Deze herstelcode klopt niet of is al gebruikt.")).toBeVisible();
  // A wrong app code: the Dutch message, still on the code step.
  await third.getByRole("button", { name: "Gebruik de code uit de app" }).click();
  await third.getByLabel("Code uit de app", { exact: true }).fill(staleCode(secret));
  await third.getByRole("button", { name: "Doorgaan", exact: true }).click();
  await expect(alertWith(third, CODE_REFUSED)).toBeVisible();
  await expectNoSeriousA11yViolations(third);

  // The administrator resets it ("Tweestapsverificatie herstellen").
  await page.goto("/beheer/gebruikers");
  await page.getByRole("row").filter({ hasText: user.email }).getByRole("link").first().click();
  const panel = page.getByRole("region", { name: "Tweestapsverificatie" });
  await expect(panel.getByText("Staat aan.")).toBeVisible();
  await panel.getByRole("button", { name: "Tweestapsverificatie herstellen" }).click();
  await expectNoSeriousA11yViolations(page);
  await panel.getByRole("button", { name: "Ja, herstellen" }).click();
  await expect(panel.getByRole("status")).toContainText("is hersteld");

  // The user's open session can no longer use the portal; signing in leads to enrolment again.
  await second.goto("/sociale-kaart");
  await expect(second).toHaveURL((url) => url.pathname === "/inloggen" || url.pathname === ENROLMENT);
  const fourth = await openSession();
  await submitSignIn(fourth, user.email, user.password);
  await expect(fourth).toHaveURL((url) => url.pathname === ENROLMENT);
  expect(await shownSecret(fourth)).not.toBe(secret);
});

test("on a 390 px phone a professional enrols (optional), signs in with a code and switches it off", async ({ page, openSession }) => {
  test.slow();
  await signInAs(page, "BEHEERDER");
  const user = await createUser(page, "PROFESSIONAL");

  const phone = await openSession();
  await phone.setViewportSize({ width: 390, height: 844 });
  await submitSignIn(phone, user.email, user.password);
  await expect(phone.getByRole("heading", { level: 1, name: `Welkom, ${user.name}` })).toBeVisible();
  await phone.goto(ENROLMENT);
  await expect(phone.getByText(/Met tweestapsverificatie vult u bij het inloggen/)).toBeVisible();
  await expectNoSidewaysScroll(phone);
  await expectNoSeriousA11yViolations(phone);
  const secret = await shownSecret(phone);
  await phone.getByLabel("Code uit de app", { exact: true }).fill(totpCode(secret));
  await phone.getByRole("button", { name: "Instellen", exact: true }).click();
  await expect(phone.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await expectNoSidewaysScroll(phone);

  // Signing in now asks for the code (on the phone too).
  const again = await openSession();
  await again.setViewportSize({ width: 390, height: 844 });
  await submitSignIn(again, user.email, user.password);
  await expectCodeStep(again);
  await expectNoSidewaysScroll(again);
  await expectNoSeriousA11yViolations(again);
  await enterCode(again, secret);
  await expect(again.getByRole("heading", { level: 1, name: `Welkom, ${user.name}` })).toBeVisible();

  // Optional for this role: it can be switched off with a current code.
  await again.goto(ENROLMENT);
  await expect(again.getByRole("heading", { level: 2, name: "Tweestapsverificatie uitzetten" })).toBeVisible();
  await expectNoSidewaysScroll(again);
  await expectNoSeriousA11yViolations(again);
  const disable = again.getByRole("region", { name: "Tweestapsverificatie uitzetten" });
  for (let attempt = 0; attempt < 3; attempt++) {
    await disable.getByLabel("Code uit de app", { exact: true }).fill(totpCode(secret));
    await disable.getByRole("button", { name: "Tweestapsverificatie uitzetten" }).click();
    const outcome = await Promise.race([
      again.getByText("Tweestapsverificatie staat uit.").waitFor().then(() => "off" as const),
      alertWith(again, /al gebruikt/).waitFor().then(() => "used" as const),
    ]);
    if (outcome === "off") break;
    await again.waitForTimeout(31_000);
  }
  await expect(again.getByText("Tweestapsverificatie staat uit.")).toBeVisible();
  const last = await openSession();
  await submitSignIn(last, user.email, user.password);
  await expect(last.getByRole("heading", { level: 1, name: `Welkom, ${user.name}` })).toBeVisible();
});

test("the demo coordinator needs a code too, and the demo portal shows it on the code step", async ({ page }) => {
  const account = demoAccount("COORDINATOR");
  await submitSignIn(page, account.email, DEMO_PASSWORD);
  await expectCodeStep(page);
  const hint = page.getByTestId("demo-code");
  await expect(hint).toContainText(/de code van dit demo-account is nu \d{6}/);
  const shown = /(\d{6})/.exec((await hint.textContent()) ?? "")?.[1];
  const now = Date.now();
  expect([totpCode(DEMO_TOTP_SECRET, now - 30_000), totpCode(DEMO_TOTP_SECRET, now), totpCode(DEMO_TOTP_SECRET, now + 30_000)]).toContain(shown);
  await expectNoSeriousA11yViolations(page);
  await enterCode(page, DEMO_TOTP_SECRET);
  await expect(page.getByRole("heading", { level: 1, name: `Welkom, ${account.name}` })).toBeVisible();
});

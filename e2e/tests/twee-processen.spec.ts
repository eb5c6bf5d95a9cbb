import { SECOND_BASE_URL } from "../playwright.config.ts";
import { isSignInUrl, signInAs, signInWith } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";
import { areaLinkTexts, NAVIGATION_BY_ROLE } from "../support/navigation.ts";
import { createProfessional, deactivateOpenUser, newUserDetails, openUserFromList } from "../support/users.ts";

/*
 * Two web processes of one portal on one database (issue 17, items 2 and 6; docs/operations.md):
 * e2e/serve.ts starts a second `next start` on KK_E2E_PORT + 1000. Each process keeps the sessions
 * it has checked in memory until PostgreSQL notifies a change (ADR 0030). A change made through one
 * process must hold at the very next request in the other, which had the session in memory.
 * Cookies are per host, not per port: one sign-in counts on both.
 */

const second = (path: string) => `${SECOND_BASE_URL}${path}`;

test.beforeAll(async ({ request }) => {
  await expect.poll(async () => (await request.get(second("/api/health")).catch(() => null))?.status(), { timeout: 60_000 }).toBe(200);
});

test("a role change and a deactivation made in one process hold at the next request in the other", async ({ page, openSession }) => {
  const user = newUserDetails();
  await signInAs(page, "BEHEERDER");
  await createProfessional(page, user);

  // The user signs in through the first process and works in the second, which now has the session in memory.
  const userPage = await openSession();
  await signInWith(userPage, user.email, user.password, user.name);
  await userPage.goto(second("/sociale-kaart"));
  await expect(userPage.getByRole("heading", { level: 1 })).toBeVisible();
  expect(new URL(userPage.url()).port).toBe(new URL(SECOND_BASE_URL).port);
  await userPage.goto(second("/"));
  expect(await areaLinkTexts(userPage)).toEqual(NAVIGATION_BY_ROLE.PROFESSIONAL.map((a) => a.label));

  // The admin changes the role through the first process: the second refuses the session at once.
  await openUserFromList(page, user.email);
  await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Gemeenteraad" });
  await page.getByLabel("Gemeente", { exact: true }).selectOption({ label: "Zwijndrecht" });
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("status").or(page.getByRole("alert")).filter({ hasText: "opgeslagen" })).toBeVisible();
  await userPage.goto(second("/"));
  await expect(userPage).toHaveURL(isSignInUrl);
  await expect(userPage.getByText("Uw sessie is beëindigd; log opnieuw in.")).toBeVisible();

  // Signed in again (on the second process), the new role counts in both.
  await signInWith(userPage, user.email, user.password, user.name);
  expect(await areaLinkTexts(userPage)).toEqual(NAVIGATION_BY_ROLE.RAAD.map((a) => a.label));
  await userPage.goto("/");
  expect(await areaLinkTexts(userPage)).toEqual(NAVIGATION_BY_ROLE.RAAD.map((a) => a.label));
  await userPage.goto(second("/dashboard/raad"));
  await expect(userPage).not.toHaveURL(isSignInUrl);

  // Deactivated through the first process: the very next request in the second is refused.
  await deactivateOpenUser(page);
  await userPage.goto(second("/dashboard/raad"));
  await expect(userPage).toHaveURL(isSignInUrl);
  await userPage.goto("/dashboard/raad");
  await expect(userPage).toHaveURL(isSignInUrl);
});

test("signing out in one process ends the session in the other", async ({ openSession }) => {
  const page = await openSession();
  await signInAs(page, "PROFESSIONAL");
  // Both processes have the session in memory.
  await page.goto(second("/mag-ik-delen"));
  await expect(page).not.toHaveURL(isSignInUrl);
  await page.goto("/mag-ik-delen");
  await expect(page).not.toHaveURL(isSignInUrl);
  const cookies = await page.context().cookies();

  // Signed out through the second process.
  await page.goto(second("/"));
  await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
  await expect(page).toHaveURL(isSignInUrl);

  // A copy of the old cookie is refused by the first process, which had it in memory.
  const copy = await openSession();
  await copy.context().addCookies(cookies);
  await copy.goto("/mag-ik-delen");
  await expect(copy).toHaveURL(isSignInUrl);
});

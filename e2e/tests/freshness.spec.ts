import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { demoPartnerOf, signInAs } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";

/*
 * Keeping the sociale kaart fresh: the coordinator sees a stale entry and sends the reminders,
 * the administrator finds the reminder in the outbox, the partner's one-click link confirms the
 * entry (only on the button's POST, never on opening the link), and the entry leaves the list.
 * The demo entry ggz-jeugd-drechtsteden was last confirmed 300 days ago (demo seed) and has a
 * demo partner of its own that no other journey uses.
 */

const STALE_ORG = "GGZ Jeugd Drechtsteden";
const STALE_TABLE = "Organisaties die niet gecontroleerd zijn";

function staleTable(page: Page) {
  return page.getByRole("region", { name: STALE_TABLE });
}

test("a reminder's one-click link confirms a stale entry, which then leaves the coordinator's list", async ({ page, openSession }) => {
  await signInAs(page, "COORDINATOR");
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Actualiteit sociale kaart" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Actualiteit sociale kaart" })).toBeVisible();
  await expect(staleTable(page).getByRole("link", { name: STALE_ORG })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Herinneringen nu versturen" }).click();
  await expect(page.getByRole("status").filter({ hasText: /herinnering(en)? verstuurd/ })).toBeVisible();

  // The administrator reads the reminder in the outbox (no SMTP in e2e: recorded only).
  const admin = await openSession();
  await signInAs(admin, "BEHEERDER");
  await admin.goto("/beheer/outbox");
  await expect(admin.getByRole("heading", { level: 1, name: "Verzonden e-mail" })).toBeVisible();
  const partner = demoPartnerOf("ggz-jeugd-drechtsteden");
  const row = admin
    .getByRole("article")
    .filter({ hasText: partner.email })
    .filter({ hasText: `Kloppen de gegevens van ${STALE_ORG} nog?` })
    .first();
  await expect(row).toBeVisible();
  await expectNoSeriousA11yViolations(admin);
  await row.getByText("Tekst tonen").click();
  const body = await row.locator("pre").innerText();
  const link = body.match(/https?:\/\/\S+\/bevestigen\/[A-Za-z0-9_-]{43}/)?.[0];
  expect(link, `confirmation link in:\n${body}`).toBeTruthy();

  // The partner opens the link without being signed in: it shows, it does not confirm yet.
  const mailbox = await openSession();
  await mailbox.goto(new URL(link!).pathname);
  await expect(mailbox.getByRole("heading", { level: 1, name: "Kloppen de gegevens nog?" })).toBeVisible();
  await expect(mailbox.getByRole("main")).toContainText(STALE_ORG);
  await expect(mailbox.getByRole("link", { name: "Gegevens wijzigen" })).toBeVisible();
  await expectNoSeriousA11yViolations(mailbox);
  await page.reload();
  await expect(staleTable(page).getByRole("link", { name: STALE_ORG })).toBeVisible();

  await mailbox.getByRole("button", { name: "Ja, de gegevens kloppen nog" }).click();
  await expect(mailbox.getByRole("status").filter({ hasText: "Bedankt, de gegevens zijn bevestigd" })).toBeVisible();
  await expectNoSeriousA11yViolations(mailbox);

  // Single use: the same link now says so and offers nothing to press.
  await mailbox.reload();
  await expect(mailbox.getByRole("status").filter({ hasText: "Deze link is al gebruikt" })).toBeVisible();
  await expect(mailbox.getByRole("button", { name: "Ja, de gegevens kloppen nog" })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Actualiteit sociale kaart" })).toBeVisible();
  // It may still be listed under "zonder escalatiecontact"; it is gone from the stale table.
  await expect(staleTable(page).getByRole("link", { name: STALE_ORG })).toHaveCount(0);
});

test("an unknown link explains itself and confirms nothing", async ({ page }) => {
  await page.goto(`/bevestigen/${"x".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Kloppen de gegevens nog?" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Deze link werkt niet" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Ja, de gegevens kloppen nog" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("only the administrator sees the outbox; the coordinator may change the stale-after setting", async ({ page }) => {
  await signInAs(page, "COORDINATOR");
  await page.goto("/beheer/outbox");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");

  await page.goto("/beheer/sociale-kaart");
  const months = page.getByLabel("Aantal maanden");
  await months.fill("40");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Vul een heel aantal maanden in van 1 tot en met 36.");
  await expectNoSeriousA11yViolations(page);
});

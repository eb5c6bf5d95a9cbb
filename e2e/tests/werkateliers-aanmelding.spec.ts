import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs, signInWith } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";
import { isoDay, trpcPost, uniqueId } from "../support/data.ts";

/*
 * Registering for a werkatelier (issue 5): a professional takes the only place, a second one lands
 * on the waitlist, the first cancels, the second is promoted and the promotion e-mail is in the
 * outbox; the coordinator marks attendance on the participant list. The journey creates its own
 * meeting (through the API as the coordinator) and its own two professionals (through the API as
 * the administrator), so it shares no record with other tests.
 */

interface Person {
  name: string;
  email: string;
  password: string;
}

/** A professional without an organisation (so the panel asks for a sector), created by the administrator. */
async function createProfessional(admin: Page, label: string): Promise<Person> {
  const id = uniqueId();
  const person = { name: `${label} ${id}`, email: `e2e-aanmelding-${id}@demo.zwijndrecht.nl`, password: `Tijdelijk-${id}-Wachtwoord` };
  await trpcPost(admin, "user.create", { ...person, role: "PROFESSIONAL", organisationId: "" });
  return person;
}

function panel(page: Page) {
  return page.getByRole("region", { name: "Aanmelden" });
}

async function registerWithSector(page: Page, sector: string): Promise<void> {
  await panel(page).getByLabel("Sector waarin u werkt").selectOption({ label: sector });
  await panel(page).getByLabel("Opmerking (niet verplicht)").fill("Graag een rolstoelplek");
  await panel(page).getByRole("button", { name: /^Aanmelden/ }).click();
}

test("one place: the second professional waits, is promoted when the first cancels, gets the e-mail; the coordinator marks attendance", async ({
  page,
  openSession,
}) => {
  test.slow();
  // Setup: two professionals and a werkatelier with one place.
  const admin = await openSession();
  await signInAs(admin, "BEHEERDER");
  const first = await createProfessional(admin, "Eerste Professional");
  const second = await createProfessional(admin, "Tweede Professional");

  await signInAs(page, "COORDINATOR");
  const title = `Werkatelier aanmelding ${uniqueId()}`;
  const day = isoDay(21);
  const meeting = await trpcPost<{ id: string }>(page, "meeting.create", {
    title,
    type: "WERKATELIER",
    theme: "SIGNALEREN_EN_HANDELEN",
    description: "Werkatelier voor de e2e-test van aanmelden en de wachtlijst.",
    startsAt: `${day}T13:30`,
    endsAt: `${day}T16:30`,
    location: "Stadskantoor, zaal 3",
    capacity: 1,
    facilitators: "",
    sectorTargets: [],
  });
  const meetingUrl = `/werkateliers/${meeting.id}`;

  // The first professional takes the only place.
  const one = await openSession();
  await signInWith(one, first.email, first.password, first.name);
  await one.goto(meetingUrl);
  await expect(panel(one)).toContainText("Nog 1 van de 1 plaatsen vrij.");
  await expectNoSeriousA11yViolations(one);
  // Without a sector the form says what is missing, inline and in the summary.
  await panel(one).getByRole("button", { name: "Aanmelden" }).click();
  await expect(one.getByRole("alert").filter({ hasText: "Er is een probleem" })).toContainText("Kies de sector waarin u werkt.");
  await expectNoSeriousA11yViolations(one);
  await registerWithSector(one, "Onderwijs");
  await expect(one.getByRole("status").filter({ hasText: "U bent aangemeld. U krijgt een bevestiging per e-mail." })).toBeVisible();
  await expect(one.getByTestId("registration-status")).toHaveText("U bent aangemeld. Er is een plaats voor u gereserveerd.");

  // The second lands on the waitlist.
  const two = await openSession();
  await signInWith(two, second.email, second.password, second.name);
  await two.goto(meetingUrl);
  await expect(panel(two)).toContainText("Deze bijeenkomst is vol.");
  await registerWithSector(two, "Medisch");
  await expect(two.getByTestId("registration-status")).toHaveText(/U staat op de wachtlijst, op positie 1\./);
  await expectNoSeriousA11yViolations(two);

  // The first cancels; the second is promoted.
  await panel(one).getByRole("button", { name: "Afmelden" }).click();
  await expect(one.getByTestId("registration-status")).toHaveText("U heeft zich afgemeld.");
  await two.reload();
  await expect(two.getByTestId("registration-status")).toHaveText("U bent aangemeld. Er is een plaats voor u gereserveerd.");

  // "Mijn aanmeldingen" lists the meeting with the new status.
  await panel(two).getByRole("link", { name: "Al mijn aanmeldingen" }).click();
  await expect(two.getByRole("heading", { level: 1, name: "Mijn aanmeldingen" })).toBeVisible();
  const listed = two.getByRole("listitem").filter({ has: two.getByRole("link", { name: title }) });
  await expect(listed).toContainText("Aangemeld");
  await expectNoSeriousA11yViolations(two);

  // The promotion e-mail is in the outbox.
  await admin.goto("/beheer/outbox");
  const mail = admin.getByRole("article").filter({ hasText: second.email }).filter({ hasText: `U bent van de wachtlijst geplaatst: ${title}` });
  await expect(mail).toHaveCount(1);
  await expectNoSeriousA11yViolations(admin);

  // The coordinator marks attendance on the participant list.
  await page.goto(meetingUrl);
  await panel(page).getByRole("link", { name: /Deelnemers en aanwezigheid/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Deelnemers" })).toBeVisible();
  const counts = page.getByTestId("participant-counts");
  await expect(counts).toContainText("1 / 1");
  await expect(page.getByRole("heading", { level: 2, name: "Afgemeld" }).locator("xpath=..")).toContainText(first.name);
  const row = page.getByTestId(`attendee-${second.email}`);
  await expect(row).toContainText("Medisch");
  await expect(row).toContainText("Graag een rolstoelplek");
  await expectNoSeriousA11yViolations(page);
  await row.getByRole("radio", { name: `Aanwezig (${second.name})` }).check();
  await page.getByRole("button", { name: "Aanwezigheid opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De aanwezigheid is opgeslagen (1 gewijzigd)." })).toBeVisible();
  await expect(page.getByTestId(`attendee-${second.email}`).getByRole("radio", { name: `Aanwezig (${second.name})` })).toBeChecked();
  await expectNoSeriousA11yViolations(page);

  // The export is a CSV with the participants.
  const csv = await page.request.get(`${meetingUrl}/deelnemers/export?formaat=csv`);
  expect(csv.ok()).toBe(true);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text).toContain(`${second.name};${second.email};;Medisch;Aanwezig`);
});

test("only the coordinator sees the participant list", async ({ page }) => {
  await signInAs(page, "PROFESSIONAL");
  const response = await page.goto("/werkateliers/niet-bestaand/deelnemers");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const csv = await page.request.get("/werkateliers/niet-bestaand/deelnemers/export?formaat=csv");
  expect(csv.status()).toBe(403);
});

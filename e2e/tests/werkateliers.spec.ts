import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs, signInWith } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";
import { expectNoSidewaysScroll, isoDay, trpcPost, uniqueId } from "../support/data.ts";

/*
 * Scheduling werkateliers (issue 5): the coordinator creates a meeting (a Dutch error for an end
 * before the start), finds it in the list and in the month calendar (also on a phone), and
 * cancels another meeting of their own: everyone registered gets a cancellation e-mail, which the
 * administrator reads in the outbox. Every meeting and person here is new, with a unique name.
 */

test("the coordinator creates a meeting and finds it in the list and the month calendar, also on a phone", async ({ page }) => {
  test.slow();
  await signInAs(page, "COORDINATOR");
  const title = `Werkatelier planning ${uniqueId()}`;
  const day = isoDay(45);
  const month = day.slice(0, 7);

  await page.goto("/werkateliers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Werkateliers");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Nieuwe bijeenkomst" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe bijeenkomst" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel(/^Titel/).fill(title);
  await page.getByLabel(/^Soort bijeenkomst/).selectOption({ label: "Werkatelier" });
  await page.getByLabel(/^Thema uit het plan/).selectOption({ label: "Samenwerken" });
  await page.getByLabel(/^Begin/).fill(`${day}T14:00`);
  await page.getByLabel(/^Einde/).fill(`${day}T12:00`);
  await page.getByLabel("Locatie", { exact: true }).fill("Stadskantoor, zaal 4");
  await page.getByLabel(/^Aantal plaatsen/).fill("12");
  await page.getByLabel("Plaatsen voor Onderwijs").fill("4");
  await page.getByLabel("Plaatsen voor Medisch").fill("3");
  await page.getByRole("button", { name: "Bijeenkomst aanmaken" }).click();

  // End before start: a Dutch error in the summary and at the field; nothing is saved.
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("De eindtijd ligt vóór of op de begintijd. Kies een eindtijd na de begintijd.");
  await expect(page.locator("#endsAt")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel(/^Einde/).fill(`${day}T17:00`);
  await page.getByRole("button", { name: "Bijeenkomst aanmaken" }).click();
  await expect(page).toHaveURL(/\/werkateliers\/[^/?]+\?opgeslagen=nieuw$/);
  await expect(page.getByRole("status").filter({ hasText: "De bijeenkomst is aangemaakt." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByTestId("meeting-status")).toContainText("14:00–17:00");
  await expect(page.getByTestId("meeting-places")).toHaveText("12 van 12 plaatsen vrij");
  await expect(page.getByTestId("sector-mix-ONDERWIJS")).toContainText("Onderwijs");
  await expectNoSeriousA11yViolations(page);
  const detailUrl = new URL(page.url()).pathname;

  // Editing: the form shows the stored Amsterdam times; a sector mix above the capacity is refused.
  await page.getByRole("link", { name: /^Bewerken/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bijeenkomst bewerken" })).toBeVisible();
  await expect(page.locator("#startsAt")).toHaveValue(`${day}T14:00`);
  await expect(page.locator("#endsAt")).toHaveValue(`${day}T17:00`);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel(/^Aantal plaatsen/).fill("10");
  await page.getByLabel("Plaatsen voor Onderwijs").fill("8");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(summary).toContainText("De gewenste mix telt 11 plaatsen, meer dan de 10 plaatsen van de bijeenkomst.");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Plaatsen voor Onderwijs").fill("4");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De wijzigingen zijn opgeslagen." })).toBeVisible();
  await expect(page.getByTestId("meeting-places")).toHaveText("10 van 10 plaatsen vrij");

  // In the list, filtered by type (the filter is in the URL).
  await page.goto("/werkateliers");
  await page.getByRole("search").getByLabel("Werkatelier", { exact: true }).check();
  await page.getByRole("search").getByRole("button", { name: "Filter toepassen" }).click();
  await expect(page).toHaveURL(/soort=WERKATELIER/);
  const upcoming = page.getByRole("region", { name: "Komende bijeenkomsten" });
  await expect(upcoming.getByRole("link", { name: title })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // In the month calendar: a table with weekday headers and a link on the day, reachable by keyboard.
  await page.getByRole("link", { name: "Maandkalender" }).click();
  await expect(page).toHaveURL(/weergave=maand/);
  await page.goto(`/werkateliers?weergave=maand&maand=${month}&soort=WERKATELIER`);
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveCount(7);
  await expect(table.getByRole("columnheader").first()).toHaveText("ma");
  const link = table.getByRole("link", { name: new RegExp(title) });
  await expect(link).toBeVisible();
  await link.focus();
  await expect(link).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await link.press("Enter");
  await expect(page).toHaveURL((url) => url.pathname === detailUrl);

  // On a phone the month is a list by day instead of a seven-column table.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/werkateliers?weergave=maand&maand=${month}&soort=WERKATELIER`);
  await expect(page.getByRole("table")).toBeHidden();
  await expect(page.getByTestId("month-list").getByRole("link", { name: new RegExp(title) })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
  await page.goto(detailUrl);
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
});

test("the coordinator cancels a meeting; the registered professional's cancellation e-mail is in the outbox", async ({ page, openSession }) => {
  test.slow();
  const id = uniqueId();
  const admin = await openSession();
  await signInAs(admin, "BEHEERDER");
  const person = { name: `Professional annulering ${id}`, email: `e2e-annulering-${id}@demo.zwijndrecht.nl`, password: `Tijdelijk-${id}-Wachtwoord` };
  await trpcPost(admin, "user.create", { ...person, role: "PROFESSIONAL", organisationId: "" });

  await signInAs(page, "COORDINATOR");
  const title = `Netwerkbijeenkomst annulering ${id}`;
  const day = isoDay(30);
  const meeting = await trpcPost<{ id: string }>(page, "meeting.create", {
    title,
    type: "NETWERKBIJEENKOMST",
    theme: "SAMENWERKEN",
    startsAt: `${day}T19:00`,
    endsAt: `${day}T21:00`,
    onlineUrl: "https://meet.example.nl/netwerk",
    capacity: 30,
  });

  const professional = await openSession();
  await signInWith(professional, person.email, person.password, person.name);
  await trpcPost(professional, "meetingRegistration.register", { meetingId: meeting.id, sector: "ONDERWIJS" });

  await page.goto(`/werkateliers/${meeting.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectNoSeriousA11yViolations(page);
  const cancelForm = page.getByTestId("meeting-cancel");
  await cancelForm.getByRole("button", { name: "Bijeenkomst annuleren" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Vul de reden van de annulering in" }).first()).toBeVisible();
  await cancelForm.getByLabel("Reden van de annulering").fill("De zaal is niet beschikbaar.");
  await cancelForm.getByRole("button", { name: "Bijeenkomst annuleren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De bijeenkomst is geannuleerd. 1 deelnemer heeft een e-mail gekregen." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Deze bijeenkomst is geannuleerd" })).toBeVisible();
  await expect(page.getByText("Reden: De zaal is niet beschikbaar.")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Bewerken/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await admin.goto("/beheer/outbox");
  const mail = admin.getByRole("article").filter({ hasText: person.email }).filter({ hasText: `Geannuleerd: ${title}` });
  await expect(mail).toHaveCount(1);
  await expectNoSeriousA11yViolations(admin);

  // The professional sees the cancellation and no management controls.
  await professional.goto(`/werkateliers/${meeting.id}`);
  await expect(professional.getByRole("heading", { name: "Deze bijeenkomst is geannuleerd" })).toBeVisible();
  await expect(professional.getByTestId("meeting-cancel")).toHaveCount(0);
  await expectNoSeriousA11yViolations(professional);
});

test("the list links each role to its own werkateliers pages", async ({ page }) => {
  const related = () => page.getByRole("navigation", { name: "Meer over werkateliers" });
  await signInAs(page, "PROFESSIONAL");
  await page.goto("/werkateliers");
  await expect(related().getByRole("link")).toHaveText(["Mijn aanmeldingen", "Agenda-koppeling", "Uitkomstenregister"]);
  await related().getByRole("link", { name: "Mijn aanmeldingen" }).click();
  await expect(page).toHaveURL(/\/werkateliers\/aanmeldingen$/);

  await page.context().clearCookies();
  await signInAs(page, "COORDINATOR");
  await page.goto("/werkateliers");
  await expect(related().getByRole("link")).toHaveText(["Mijn aanmeldingen", "Agenda-koppeling", "Uitkomstenregister", "Instellingen"]);
  await related().getByRole("link", { name: "Instellingen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Instellingen werkateliers");
  await expectNoSeriousA11yViolations(page);
});

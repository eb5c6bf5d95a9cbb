import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs, signInWith } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";
import { isoDay, trpcPost, uniqueId } from "../support/data.ts";

/*
 * Werkateliers in the calendar (issue 5): the .ics file of a meeting parses as iCalendar with the
 * Europe/Amsterdam time zone; a professional makes a personal feed, fetches it without a session
 * by its secret URL, and revokes it (404 afterwards); the coordinator's job settings. The journey
 * creates its own meeting (as the coordinator, through the API) and its own professional (as the
 * administrator), so it shares no record with other tests.
 */

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent)) };
}

test("a professional downloads the .ics of a meeting, makes a personal feed, fetches it without signing in and revokes it", async ({
  page,
  openSession,
  request,
}) => {
  test.slow();
  const id = uniqueId();
  const admin = await openSession();
  await signInAs(admin, "BEHEERDER");
  const person = { name: `Agenda Professional ${id}`, email: `e2e-agenda-${id}@demo.zwijndrecht.nl`, password: `Tijdelijk-${id}-Wachtwoord` };
  await trpcPost(admin, "user.create", { ...person, role: "PROFESSIONAL", organisationId: "" });

  const coordinator = await openSession();
  await signInAs(coordinator, "COORDINATOR");
  const title = `Werkatelier agenda ${id}`;
  const day = isoDay(30);
  const meeting = await trpcPost<{ id: string }>(coordinator, "meeting.create", {
    title,
    type: "WERKATELIER",
    theme: "SAMENWERKEN",
    description: "Werkatelier voor de e2e-test van de agenda.",
    startsAt: `${day}T14:00`,
    endsAt: `${day}T16:30`,
    location: "Stadskantoor, zaal 4",
    capacity: 10,
    facilitators: "",
    sectorTargets: [],
  });

  await signInWith(page, person.email, person.password, person.name);
  await trpcPost(page, "meetingRegistration.register", { meetingId: meeting.id, remark: "", sector: "ONDERWIJS" });

  // The file per meeting, from the detail page.
  await page.goto(`/werkateliers/${meeting.id}`);
  const section = page.getByRole("region", { name: "In uw agenda" });
  await expect(section).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name: /Zet in mijn agenda \(\.ics\)/ }).click()]);
  expect(download.suggestedFilename()).toBe(`werkatelier-${day}.ics`);
  const file = await readFile((await download.path())!, "utf8");
  expect(file).toContain(`DTSTART;TZID=Europe/Amsterdam:${day.replaceAll("-", "")}T140000`);
  const { calendar, events } = parseCalendar(file);
  expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Amsterdam");
  expect(events).toHaveLength(1);
  expect(events[0]!.summary).toBe(title);
  expect(events[0]!.location).toBe("Stadskantoor, zaal 4");
  expect(events[0]!.startDate.hour).toBe(14);
  expect(events[0]!.duration.toSeconds()).toBe(2.5 * 3600);

  // The personal feed: the URL is shown once.
  await section.getByRole("link", { name: "Al uw aanmeldingen automatisch in uw agenda" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Agenda-koppeling" })).toBeVisible();
  await expect(page.getByTestId("feed-status")).toHaveText("U heeft nog geen agenda-link.");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Agenda-link maken" }).click();
  const urlField = page.getByLabel("Agenda-link", { exact: true });
  await expect(urlField).toHaveValue(/\/api\/agenda\/[A-Za-z0-9_-]{43}\.ics$/);
  const feedUrl = await urlField.inputValue();
  await expect(page.getByTestId("feed-status")).toContainText("U heeft een agenda-link, gemaakt op");
  await expectNoSeriousA11yViolations(page);

  // Calendar apps fetch it without a session: `request` has no cookies.
  const feedPath = new URL(feedUrl).pathname;
  const feed = await request.get(feedPath);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toMatch(/^text\/calendar/);
  expect(feed.headers()["cache-control"]).toContain("no-store");
  const { events: feedEvents } = parseCalendar(await feed.text());
  expect(feedEvents.map((event) => event.summary)).toEqual([title]);
  expect(feedEvents[0]!.startDate.toJSDate().getTime()).toBe(events[0]!.startDate.toJSDate().getTime());

  // A reload never shows the token again.
  await page.reload();
  await expect(page.getByLabel("Agenda-link", { exact: true })).toHaveCount(0);
  await expect(page.getByText("Uw agenda-app heeft de link voor het laatst opgehaald op")).toBeVisible();

  // Revoke: the URL answers 404.
  await page.getByRole("button", { name: "Agenda-link intrekken" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw agenda-link is ingetrokken." })).toBeVisible();
  await expect(page.getByTestId("feed-status")).toHaveText("U heeft nog geen agenda-link.");
  expect((await request.get(feedPath)).status()).toBe(404);
  expect((await request.get(`/api/agenda/${"A".repeat(43)}.ics`)).status()).toBe(404);
});

test("the coordinator's werkateliers settings: Dutch errors for out-of-range values, then saved", async ({ page }) => {
  await signInAs(page, "COORDINATOR");
  await page.goto("/werkateliers/instellingen");
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen werkateliers" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const reminder = page.getByLabel("Herinnering, dagen vóór de bijeenkomst");
  const retention = page.getByLabel("Aanmeldingen bewaren, in jaren");
  const current = { reminder: await reminder.inputValue(), retention: await retention.inputValue() };
  await reminder.fill("0");
  await retention.fill("11");
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Er is een probleem" });
  await expect(summary).toContainText("Vul een heel aantal dagen in van 1 tot en met 30.");
  await expect(summary).toContainText("Vul een heel aantal jaren in van 1 tot en met 10.");
  await expectNoSeriousA11yViolations(page);

  // Save the values that were there (other tests and the jobs see no change).
  await reminder.fill(current.reminder);
  await retention.fill(current.retention);
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen: herinnering" })).toBeVisible();
});

test("the settings are the coordinator's, and the council has no agenda link", async ({ page, openSession }) => {
  await signInAs(page, "PROFESSIONAL");
  await page.goto("/werkateliers/instellingen");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
  await expectNoSeriousA11yViolations(page);

  const council = await openSession();
  await signInAs(council, "RAAD");
  await council.goto("/werkateliers/agenda");
  await expect(council.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
  await expectNoSeriousA11yViolations(council);
});

test("the agenda link and the settings fit a 390 px phone, the long link included", async ({ page, openSession }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "PARTNER");
  await page.goto("/werkateliers/agenda");
  await page.getByRole("button", { name: /^(Agenda-link maken|Nieuwe agenda-link maken)$/ }).click();
  await expect(page.getByLabel("Agenda-link", { exact: true })).toHaveValue(/\/api\/agenda\//);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page);
  // Leave the demo partner without a feed.
  await page.getByRole("button", { name: "Agenda-link intrekken" }).click();
  await expect(page.getByTestId("feed-status")).toHaveText("U heeft nog geen agenda-link.");

  const coordinator = await openSession();
  await coordinator.setViewportSize({ width: 390, height: 844 });
  await signInAs(coordinator, "COORDINATOR");
  await coordinator.goto("/werkateliers/instellingen");
  await expect(coordinator.getByRole("button", { name: "Instellingen opslaan" })).toBeVisible();
  expect(await coordinator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(coordinator);
});

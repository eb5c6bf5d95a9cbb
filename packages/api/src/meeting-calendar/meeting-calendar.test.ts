import ICAL from "ical.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { calendarFeedByToken, hashFeedToken } from "./calendar-feed.ts";
import { meetingsCalendar, meetingUid, type CalendarMeeting } from "./meeting-ics.ts";
import { lastAuditId } from "../testing/audit-watermark.ts";

const BASE_URL = "https://portaal.test/";

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("meeting_calendar");
});
afterAll(async () => {
  await t?.drop();
});
let auditAfter = 0n;
beforeEach(async () => {
  await t.db.meeting.deleteMany();
  await t.db.calendarFeedToken.deleteMany();
  auditAfter = await lastAuditId(t.db);
});

function meeting(overrides: Partial<CalendarMeeting> = {}): CalendarMeeting {
  return {
    id: "m1",
    type: "WERKATELIER",
    title: "Werkatelier: delen, wegen; besluiten",
    description: "Casus in vier stappen.\nNeem uw vragen mee.",
    startsAt: new Date("2026-12-03T14:00:00Z"),
    endsAt: new Date("2026-12-03T16:30:00Z"),
    location: "Stadskantoor Zwijndrecht, zaal 2",
    onlineUrl: "",
    status: "GEPLAND",
    cancelledReason: "",
    version: 1,
    updatedAt: new Date("2026-11-01T09:00:00Z"),
    ...overrides,
  };
}

function parse(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  const zones = component.getAllSubcomponents("vtimezone");
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  return { component, events: component.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent)) };
}

describe("meetingsCalendar", () => {
  it("is valid iCalendar with a Europe/Amsterdam VTIMEZONE and local start and end times", () => {
    const ics = meetingsCalendar([{ meeting: meeting() }], { name: "Werkatelier", baseUrl: BASE_URL });
    expect(ics.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(ics).toContain("DTSTART;TZID=Europe/Amsterdam:20261203T150000");
    expect(ics).toContain("DTEND;TZID=Europe/Amsterdam:20261203T173000");

    const { component, events } = parse(ics);
    expect(component.getFirstPropertyValue("version")).toBe("2.0");
    expect(component.getFirstPropertyValue("prodid")).toContain("Ketenportaal Kindveiligheid");
    expect(component.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Amsterdam");
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event!.uid).toBe(meetingUid("m1"));
    expect(event!.summary).toBe("Werkatelier: delen, wegen; besluiten");
    expect(event!.location).toBe("Stadskantoor Zwijndrecht, zaal 2");
    expect(event!.description).toContain("Casus in vier stappen.\nNeem uw vragen mee.");
    expect(event!.description).toContain("https://portaal.test/werkateliers/m1");
    expect(event!.startDate.zone.tzid).toBe("Europe/Amsterdam");
    expect(event!.startDate.toJSDate().toISOString()).toBe("2026-12-03T14:00:00.000Z");
    expect(event!.endDate.toJSDate().toISOString()).toBe("2026-12-03T16:30:00.000Z");
    expect(component.getFirstSubcomponent("vevent")?.getFirstPropertyValue("status")).toBe("CONFIRMED");
  });

  it("round-trips: parsing and writing again gives the same calendar", () => {
    const ics = meetingsCalendar([{ meeting: meeting() }, { meeting: meeting({ id: "m2", title: "Tweede" }) }], { name: "Twee", baseUrl: BASE_URL });
    const again = new ICAL.Component(ICAL.parse(ics)).toString();
    expect(ICAL.parse(again)).toEqual(ICAL.parse(ics));
    expect(parse(again).events.map((event) => event.uid)).toEqual([meetingUid("m1"), meetingUid("m2")]);
  });

  it("shows the right local times on both sides of the daylight-saving changes", () => {
    const cases = [
      // Saturday before summer time ends: 10:00 CEST = 08:00 UTC.
      { startsAt: "2026-10-24T08:00:00Z", local: "20261024T100000", hour: 10 },
      // Monday after: 10:00 CET = 09:00 UTC.
      { startsAt: "2026-10-26T09:00:00Z", local: "20261026T100000", hour: 10 },
      // Friday before summer time starts: 19:30 CET; Monday after: 19:30 CEST.
      { startsAt: "2027-03-26T18:30:00Z", local: "20270326T193000", hour: 19 },
      { startsAt: "2027-03-29T17:30:00Z", local: "20270329T193000", hour: 19 },
    ];
    for (const [index, c] of cases.entries()) {
      const startsAt = new Date(c.startsAt);
      const ics = meetingsCalendar([{ meeting: meeting({ id: `dst${index}`, startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3_600_000) }) }], {
        name: "DST",
        baseUrl: BASE_URL,
      });
      expect(ics).toContain(`DTSTART;TZID=Europe/Amsterdam:${c.local}`);
      const [event] = parse(ics).events;
      expect(event!.startDate.hour).toBe(c.hour);
      expect(event!.startDate.toJSDate().toISOString()).toBe(startsAt.toISOString());
      expect(event!.duration.toSeconds()).toBe(2 * 3600);
    }
  });

  it("keeps a meeting across the night summer time ends at its real length", () => {
    // 01:30 CEST to 02:30 CET on 25 October 2026: two hours, although the wall clock moves one.
    const startsAt = new Date("2026-10-24T23:30:00Z");
    const endsAt = new Date("2026-10-25T01:30:00Z");
    const ics = meetingsCalendar([{ meeting: meeting({ startsAt, endsAt }) }], { name: "Nacht", baseUrl: BASE_URL });
    const [event] = parse(ics).events;
    expect(event!.startDate.toJSDate().toISOString()).toBe(startsAt.toISOString());
    expect(event!.endDate.toJSDate().toISOString()).toBe(endsAt.toISOString());
  });

  it("marks a cancelled meeting CANCELLED with the reason, and a waitlisted one TENTATIVE", () => {
    const ics = meetingsCalendar(
      [
        { meeting: meeting({ id: "c", status: "GEANNULEERD", cancelledReason: "te weinig aanmeldingen", version: 3 }), registration: "AANGEMELD" },
        { meeting: meeting({ id: "w" }), registration: "WACHTLIJST" },
      ],
      { name: "Mijn", baseUrl: BASE_URL },
    );
    const { component } = parse(ics);
    const [cancelled, waitlisted] = component.getAllSubcomponents("vevent");
    expect(cancelled!.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(cancelled!.getFirstPropertyValue("sequence")).toBe(2);
    expect(cancelled!.getFirstPropertyValue("summary")).toMatch(/^Geannuleerd: /);
    expect(cancelled!.getFirstPropertyValue("description")).toContain("te weinig aanmeldingen");
    expect(waitlisted!.getFirstPropertyValue("status")).toBe("TENTATIVE");
    expect(waitlisted!.getFirstPropertyValue("summary")).toMatch(/^Wachtlijst: /);
  });
});

async function dbMeeting(title: string, startsAt: string, status: "GEPLAND" | "GEANNULEERD" = "GEPLAND") {
  const start = new Date(startsAt);
  return t.db.meeting.create({
    data: { type: "WERKATELIER", title, theme: "SAMENWERKEN", startsAt: start, endsAt: new Date(start.getTime() + 7_200_000), capacity: 20, status },
  });
}

async function register(meetingId: string, userId: string, status: "AANGEMELD" | "WACHTLIJST" | "AFGEMELD") {
  await t.db.meetingRegistration.create({
    data: { meetingId, userId, name: "Test", email: "test@test.example", sector: "ONDERWIJS", status },
  });
}

describe("personal calendar feed", () => {
  it("creates a feed shown once, stores only the hash, and lists the meetings the user registered for", async () => {
    const user = t.users.PROFESSIONAL;
    const caller = t.callerFor(user);
    expect(await caller.meetingCalendar.feedStatus()).toEqual({ active: null });

    const registered = await dbMeeting("Aangemeld", "2026-12-10T13:00:00Z");
    const waitlisted = await dbMeeting("Wachtlijst", "2026-12-11T13:00:00Z");
    const cancelledRegistration = await dbMeeting("Afgemeld", "2026-12-12T13:00:00Z");
    const cancelledMeeting = await dbMeeting("Gaat niet door", "2026-12-13T13:00:00Z", "GEANNULEERD");
    await dbMeeting("Niet aangemeld", "2026-12-14T13:00:00Z");
    await register(registered.id, user.id, "AANGEMELD");
    await register(waitlisted.id, user.id, "WACHTLIJST");
    await register(cancelledRegistration.id, user.id, "AFGEMELD");
    await register(cancelledMeeting.id, user.id, "AANGEMELD");
    await register(registered.id, t.users.COORDINATOR.id, "AANGEMELD");

    const { url } = await caller.meetingCalendar.createFeed();
    const token = /\/api\/agenda\/([A-Za-z0-9_-]{43})\.ics$/.exec(url)?.[1];
    expect(token).toBeDefined();
    const rows = await t.db.calendarFeedToken.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashFeedToken(token!));
    expect(JSON.stringify(rows)).not.toContain(token!);
    expect(await t.db.auditEvent.count({ where: { id: { gt: auditAfter }, action: "calendarFeed.create", actorId: user.id } })).toBe(1);
    expect((await caller.meetingCalendar.feedStatus()).active?.id).toBe(rows[0]!.id);

    const now = new Date("2026-12-01T10:00:00Z");
    const ics = await calendarFeedByToken(t.db, `${token}.ics`, { baseUrl: BASE_URL, now });
    expect(ics).not.toBeNull();
    const { events } = parse(ics!);
    expect(events.map((event) => event.summary)).toEqual(["Aangemeld", "Wachtlijst: Wachtlijst", "Geannuleerd: Gaat niet door"]);
    expect((await t.db.calendarFeedToken.findUniqueOrThrow({ where: { id: rows[0]!.id } })).lastUsedAt).toEqual(now);
  });

  it("a new feed revokes the earlier one; a revoked, unknown or malformed token and an inactive owner get nothing", async () => {
    const user = t.users.PARTNER;
    const caller = t.callerFor(user);
    const first = await caller.meetingCalendar.createFeed();
    const second = await caller.meetingCalendar.createFeed();
    const tokenOf = (url: string) => url.slice(url.lastIndexOf("/") + 1);
    expect(await calendarFeedByToken(t.db, tokenOf(first.url), { baseUrl: BASE_URL, now: new Date() })).toBeNull();
    expect(await calendarFeedByToken(t.db, tokenOf(second.url), { baseUrl: BASE_URL, now: new Date() })).toContain("BEGIN:VCALENDAR");

    expect(await caller.meetingCalendar.revokeFeed()).toEqual({ revoked: 1 });
    expect(await calendarFeedByToken(t.db, tokenOf(second.url), { baseUrl: BASE_URL, now: new Date() })).toBeNull();
    expect(await caller.meetingCalendar.feedStatus()).toEqual({ active: null });
    expect(await caller.meetingCalendar.revokeFeed()).toEqual({ revoked: 0 });
    // Replacing a feed is recorded on the new one; revoking has its own entry.
    expect(await t.db.auditEvent.count({ where: { id: { gt: auditAfter }, action: "calendarFeed.revoke", actorId: user.id } })).toBe(1);
    const creations = await t.db.auditEvent.findMany({ where: { id: { gt: auditAfter }, action: "calendarFeed.create", actorId: user.id }, orderBy: { at: "asc" } });
    expect(creations.map((event) => event.after)).toEqual([{ revokedEarlier: 0 }, { revokedEarlier: 1 }]);

    expect(await calendarFeedByToken(t.db, "x".repeat(43), { baseUrl: BASE_URL, now: new Date() })).toBeNull();
    expect(await calendarFeedByToken(t.db, "../../etc/passwd", { baseUrl: BASE_URL, now: new Date() })).toBeNull();

    const third = await caller.meetingCalendar.createFeed();
    await t.db.user.update({ where: { id: user.id }, data: { active: false } });
    try {
      expect(await calendarFeedByToken(t.db, tokenOf(third.url), { baseUrl: BASE_URL, now: new Date() })).toBeNull();
    } finally {
      await t.db.user.update({ where: { id: user.id }, data: { active: true } });
    }
  });

  it("gives one meeting as a file to readers of meetings, and 'not found' for an unknown meeting", async () => {
    const m = await dbMeeting("Expertmeeting", "2027-03-09T13:00:00Z");
    const file = await t.callerFor(t.users.PROFESSIONAL).meetingCalendar.meetingIcs({ meetingId: m.id });
    expect(file.fileName).toBe("werkatelier-2027-03-09.ics");
    const [event] = parse(file.ics).events;
    expect(event!.summary).toBe("Expertmeeting");
    expect(event!.startDate.hour).toBe(14);
    await expect(t.callerFor(t.users.PROFESSIONAL).meetingCalendar.meetingIcs({ meetingId: "bestaat-niet" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(t.callerFor(t.users.BEHEERDER).meetingCalendar.meetingIcs({ meetingId: m.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

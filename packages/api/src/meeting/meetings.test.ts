import { createMailer } from "@kk/mail";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { toAmsterdamLocal } from "./amsterdam-time.ts";
import { listMeetings, readMeeting } from "./read-meetings.ts";
import { listMeetingsInput, type CreateMeetingInput } from "./schemas.ts";
import { cancelMeeting, completeMeeting } from "./write-meetings.ts";
import { failure, fieldErrorsOf } from "../testing/trpc-errors.ts";

/** The clock of every caller: before the meetings in `input()` (3 December 2026) and their deadline. */
const NOW = new Date("2026-11-20T12:00:00Z");

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("meetings", { now: NOW });
});
afterAll(async () => {
  await t?.drop();
});

function input(title: string, overrides: Partial<CreateMeetingInput> = {}): CreateMeetingInput {
  return {
    title,
    type: "WERKATELIER",
    theme: "SAMENWERKEN",
    description: "Een casus in vier stappen.",
    startsAt: "2026-12-03T13:30",
    endsAt: "2026-12-03T16:30",
    location: "Stadskantoor, zaal 2",
    capacity: 20,
    registrationDeadline: "2026-12-01T17:00",
    facilitators: "A. Jansen (Veilig Thuis)\nB. de Boer (GGD)",
    sectorTargets: [
      { sector: "ONDERWIJS", places: 5 },
      { sector: "MEDISCH", places: "4" },
    ],
    ...overrides,
  };
}

async function register(meetingId: string, n: number, sector: "ONDERWIJS" | "MEDISCH", status: "AANGEMELD" | "WACHTLIJST" | "AFGEMELD") {
  await t.db.meetingRegistration.create({
    data: { meetingId, name: `Deelnemer ${n}`, email: `deelnemer${n}@test.example`, sector, status, waitlistedAt: status === "WACHTLIJST" ? new Date() : null },
  });
}

describe("meetings", () => {
  it("creates a meeting from Amsterdam times, stores UTC, and shows counts and the sector mix to the coordinator only", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const created = await coordinator.meeting.create(input("Werkatelier vechtscheidingen"));
    expect(created.startsAt.toISOString()).toBe("2026-12-03T12:30:00.000Z");
    expect(created.registrationDeadline?.toISOString()).toBe("2026-12-01T16:00:00.000Z");
    expect(created.status).toBe("GEPLAND");
    await register(created.id, 1, "ONDERWIJS", "AANGEMELD");
    await register(created.id, 2, "ONDERWIJS", "AANGEMELD");
    await register(created.id, 3, "MEDISCH", "WACHTLIJST");
    await register(created.id, 4, "MEDISCH", "AFGEMELD");

    const detail = await coordinator.meeting.byId({ id: created.id });
    expect(detail).toMatchObject({ registered: 2, waitlist: 1, freePlaces: 18, canManage: true });
    expect(detail.facilitators).toEqual(["A. Jansen (Veilig Thuis)", "B. de Boer (GGD)"]);
    expect(detail.sectorMix).toEqual([
      { sector: "MEDISCH", target: 4, registered: 0, waitlist: 1, shortfall: 4 },
      { sector: "ONDERWIJS", target: 5, registered: 2, waitlist: 0, shortfall: 3 },
    ]);
    expect(await coordinator.meeting.sectorMix({ id: created.id })).toEqual(detail.sectorMix);

    const professional = await t.callerFor(t.users.PROFESSIONAL).meeting.byId({ id: created.id });
    expect(professional.sectorMix).toBeNull();
    expect(professional.canManage).toBe(false);
    await expect(t.callerFor(t.users.PROFESSIONAL).meeting.sectorMix({ id: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(t.callerFor(t.users.PROFESSIONAL).meeting.create(input("Mag niet"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(t.callerFor(t.users.RAAD).meeting.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(t.callerFor(t.users.BEHEERDER).meeting.byId({ id: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const audit = await t.db.auditEvent.findMany({ where: { entityId: created.id }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["meeting.create"]);
  });

  it("shows a meeting across the end of summer time at the right local times", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const created = await coordinator.meeting.create(
      input("Nachtelijke oefening", { startsAt: "2026-10-25T01:30", endsAt: "2026-10-25T03:30", registrationDeadline: "", sectorTargets: [] }),
    );
    expect(created.startsAt.toISOString()).toBe("2026-10-24T23:30:00.000Z");
    expect(created.endsAt.toISOString()).toBe("2026-10-25T02:30:00.000Z");
    const detail = await coordinator.meeting.byId({ id: created.id });
    expect(toAmsterdamLocal(detail.startsAt)).toBe("2026-10-25T01:30");
    expect(toAmsterdamLocal(detail.endsAt)).toBe("2026-10-25T03:30");
    // The month calendar puts it in October (Amsterdam), though it starts on 24 October in UTC.
    const october = await coordinator.meeting.list({ month: "2026-10" });
    expect([...october.upcoming, ...october.past].map((m) => m.title)).toContain("Nachtelijke oefening");
  });

  it("refuses invalid input with Dutch messages per field", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const error = await failure(
      coordinator.meeting.create(
        input("Fout", {
          startsAt: "2026-12-03T16:00",
          endsAt: "2026-12-03T13:00",
          location: "",
          onlineUrl: "http://onveilig.example.nl",
          capacity: 0,
          registrationDeadline: "2026-12-04T10:00",
        }),
      ),
    );
    const errors = fieldErrorsOf(error);
    expect(errors.endsAt?.[0]).toContain("De eindtijd ligt vóór of op de begintijd");
    expect(errors.onlineUrl?.[0]).toContain("https://");
    expect(errors.capacity?.[0]).toBe("Vul 1 tot en met 1000 plaatsen in.");

    const crossField = fieldErrorsOf(
      await failure(coordinator.meeting.create(input("Fout 2", { endsAt: "2026-12-03T13:30", location: "", registrationDeadline: "2026-12-04T10:00" }))),
    );
    expect(crossField.endsAt?.[0]).toContain("eindtijd");
    expect(crossField.location?.[0]).toBe("Vul een locatie of een link voor online deelname in (of allebei).");
    expect(crossField.registrationDeadline?.[0]).toContain("vóór de begintijd");

    const mix = fieldErrorsOf(
      await failure(
        coordinator.meeting.create(
          input("Fout 3", {
            capacity: 6,
            sectorTargets: [
              { sector: "ONDERWIJS", places: 5 },
              { sector: "ONDERWIJS", places: 2 },
            ],
          }),
        ),
      ),
    );
    expect(mix["sectorTargets.1.sector"]?.[0]).toBe("Deze sector staat twee keer in de gewenste mix.");
    expect(mix.sectorTargets?.[0]).toContain("telt 7 plaatsen, meer dan de 6 plaatsen");

    const gap = fieldErrorsOf(await failure(coordinator.meeting.create(input("Fout 4", { startsAt: "2026-03-29T02:30" }))));
    expect(gap.startsAt?.[0]).toContain("zomertijd");
    expect(await t.db.meeting.count({ where: { title: { startsWith: "Fout" } } })).toBe(0);
  });

  it("updates with the version and refuses a stale one", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const created = await coordinator.meeting.create(input("Netwerkbijeenkomst januari", { type: "NETWERKBIJEENKOMST" }));
    const updated = await coordinator.meeting.update({
      ...input("Netwerkbijeenkomst januari (nieuwe zaal)", { location: "", onlineUrl: "https://meet.example.nl/jan", sectorTargets: [] }),
      id: created.id,
      version: created.version,
    });
    expect(updated).toMatchObject({ version: 2, location: "", onlineUrl: "https://meet.example.nl/jan", sectorTargets: [] });
    const stale = await failure(coordinator.meeting.update({ ...input("Te laat"), id: created.id, version: created.version }));
    expect(stale.code).toBe("CONFLICT");
    expect((await t.db.meeting.findUniqueOrThrow({ where: { id: created.id } })).title).toBe("Netwerkbijeenkomst januari (nieuwe zaal)");
  });

  it("moves the first people on the waitlist into the places a raised capacity frees, with an e-mail", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const created = await coordinator.meeting.create(input("Werkatelier meer plaatsen", { capacity: 1, sectorTargets: [] }));
    await register(created.id, 101, "ONDERWIJS", "AANGEMELD");
    await register(created.id, 102, "MEDISCH", "WACHTLIJST");
    await register(created.id, 103, "MEDISCH", "WACHTLIJST");
    const updated = await coordinator.meeting.update({ ...input("Werkatelier meer plaatsen", { capacity: 2, sectorTargets: [] }), id: created.id, version: created.version });
    expect(updated.capacity).toBe(2);
    const rows = await t.db.meetingRegistration.findMany({ where: { meetingId: created.id }, orderBy: { email: "asc" }, select: { email: true, status: true } });
    expect(rows).toEqual([
      { email: "deelnemer101@test.example", status: "AANGEMELD" },
      { email: "deelnemer102@test.example", status: "AANGEMELD" },
      { email: "deelnemer103@test.example", status: "WACHTLIJST" },
    ]);
    const mails = await t.db.outboxMessage.findMany({ where: { kind: "meeting.registration.promoted", to: { has: "deelnemer102@test.example" } } });
    expect(mails).toHaveLength(1);
    expect(await t.db.outboxMessage.count({ where: { kind: "meeting.registration.promoted", to: { has: "deelnemer103@test.example" } } })).toBe(0);
  });

  it("cancels with a reason and e-mails everyone registered or waitlisted, once", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const created = await coordinator.meeting.create(input("Expertmeeting privacy", { type: "EXPERTMEETING" }));
    await register(created.id, 11, "ONDERWIJS", "AANGEMELD");
    await register(created.id, 12, "MEDISCH", "WACHTLIJST");
    await register(created.id, 13, "MEDISCH", "AFGEMELD");
    const empty = fieldErrorsOf(await failure(coordinator.meeting.cancel({ id: created.id, version: created.version, reason: " " })));
    expect(empty.reason?.[0]).toContain("Vul de reden van de annulering in");

    const mailer = createMailer(t.db, { transport: "outbox" });
    const result = await cancelMeeting(t.db, mailer, t.users.COORDINATOR, { id: created.id, version: created.version, reason: "De sprekers zijn ziek." }, "https://portaal.example.nl");
    expect(result.notified).toBe(2);
    expect(result.meeting).toMatchObject({ status: "GEANNULEERD", cancelledReason: "De sprekers zijn ziek.", version: 2 });
    const mails = await t.db.outboxMessage.findMany({ where: { kind: "meeting.cancelled", subject: "Geannuleerd: Expertmeeting privacy" }, orderBy: { createdAt: "asc" } });
    expect(mails.map((m) => m.to)).toEqual([["deelnemer11@test.example"], ["deelnemer12@test.example"]]);
    expect(mails[0]!.text).toContain("De sprekers zijn ziek.");
    expect(mails[0]!.text).toContain("donderdag 3 december 2026 om 13:30–16:30");
    expect(mails[0]!.text).toContain(`https://portaal.example.nl/werkateliers/${created.id}`);

    const again = await failure(cancelMeeting(t.db, mailer, t.users.COORDINATOR, { id: created.id, version: 2, reason: "Nog eens" }, "https://x.nl"));
    expect(again.message).toContain("geannuleerd");
    expect(await t.db.outboxMessage.count({ where: { kind: "meeting.cancelled", subject: "Geannuleerd: Expertmeeting privacy" } })).toBe(2);
    const edit = await failure(coordinator.meeting.update({ ...input("Expertmeeting privacy"), id: created.id, version: 2 }));
    expect(edit.message).toContain("geannuleerd");
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: created.id, action: "meeting.cancel" } });
    expect(audit.actorId).toBe(t.users.COORDINATOR.id);
  });

  it("completes a meeting only after it started", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const created = await coordinator.meeting.create(input("Training meldcode", { type: "TRAINING" }));
    const early = await failure(completeMeeting(t.db, t.users.COORDINATOR, { id: created.id, version: 1 }, new Date("2026-12-03T12:00:00Z")));
    expect(early.message).toBe("Een bijeenkomst kan pas worden afgerond als die begonnen is.");
    const done = await completeMeeting(t.db, t.users.COORDINATOR, { id: created.id, version: 1 }, new Date("2026-12-03T12:30:00Z"));
    expect(done.status).toBe("AFGEROND");
  });

  it("lists upcoming and past meetings, filters by type and theme, and by Amsterdam month", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    await coordinator.meeting.create(input("Symposium 2017", { type: "SYMPOSIUM", theme: "PREVENTIE", startsAt: "2017-06-01T13:00", endsAt: "2017-06-01T17:00", registrationDeadline: "" }));
    // Starts at 00:30 on 1 January in Amsterdam: 31 December in UTC.
    await coordinator.meeting.create(input("Nieuwjaarsbijeenkomst", { type: "NETWERKBIJEENKOMST", startsAt: "2027-01-01T00:30", endsAt: "2027-01-01T02:00", registrationDeadline: "" }));
    const now = new Date("2026-11-30T12:00:00Z");
    const all = await listMeetings(t.db, listMeetingsInput.parse({}), now);
    expect(all.past.map((m) => m.title)).toContain("Symposium 2017");
    expect(all.upcoming.map((m) => m.title)).toContain("Nieuwjaarsbijeenkomst");
    expect(all.upcoming.every((m, i, list) => i === 0 || list[i - 1]!.startsAt <= m.startsAt)).toBe(true);

    const symposia = await listMeetings(t.db, listMeetingsInput.parse({ type: "SYMPOSIUM" }), now);
    expect([...symposia.upcoming, ...symposia.past].map((m) => m.title)).toEqual(["Symposium 2017"]);
    const themes = await listMeetings(t.db, listMeetingsInput.parse({ theme: ["PREVENTIE", "ONBEKEND"] }), now);
    expect([...themes.upcoming, ...themes.past].map((m) => m.title)).toEqual(["Symposium 2017"]);

    const december = await listMeetings(t.db, listMeetingsInput.parse({ month: "2026-12" }), now);
    expect(december.upcoming.map((m) => m.title)).not.toContain("Nieuwjaarsbijeenkomst");
    const january = await listMeetings(t.db, listMeetingsInput.parse({ month: "2027-01" }), now);
    expect(january.upcoming.map((m) => m.title)).toEqual(["Nieuwjaarsbijeenkomst"]);
    await expect(coordinator.meeting.list({ month: "2026-13" })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const detail = await readMeeting(t.db, t.users.PROFESSIONAL, all.past.find((m) => m.title === "Symposium 2017")!.id, now);
    expect(detail.registrationClosed).toBe(true);
  });
});

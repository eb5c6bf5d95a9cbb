import type { SessionUser } from "@kk/auth/roles";
import { createPrismaClient, type Db, type MeetingStatus } from "@kk/db";
import { withDatabase } from "@kk/db/testing";
import { createMailer, type Mailer } from "@kk/mail";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { exportParticipants } from "./export-participants.ts";
import { promoteFromWaitlist, registerForMeeting, sendPromotionMails, unregisterFromMeeting } from "./register.ts";
import { REGISTRATION_CONFIRMED_KIND, REGISTRATION_PROMOTED_KIND, REGISTRATION_WAITLISTED_KIND } from "./registration-mail.ts";
import { lastAuditId } from "../testing/audit-watermark.ts";

const BASE_URL = "https://portaal.test";
/** Now: 30 November 2026, 13:00 Amsterdam. */
const NOW = new Date("2026-11-30T12:00:00Z");
const STARTS = new Date("2027-03-09T13:00:00Z");

let t: ApiTestDatabase;
/** Extra clients with their own connection pools, so registrations really run side by side. */
let extraClients: Db[] = [];

beforeAll(async () => {
  t = await createApiTestDatabase("meeting_registration", { now: NOW });
  const [row] = await t.db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
  const name = row?.name ?? "";
  const serverUrl = process.env.KK_TEST_SERVER_URL ?? "";
  extraClients = Array.from({ length: 4 }, () => createPrismaClient(withDatabase(serverUrl, name)));
});
afterAll(async () => {
  await Promise.all(extraClients.map((c) => c.$disconnect()));
  await t?.drop();
});
let auditAfter = 0n;
beforeEach(async () => {
  await t.db.meeting.deleteMany();
  await t.db.outboxMessage.deleteMany();
  auditAfter = await lastAuditId(t.db);
  await t.db.user.deleteMany({ where: { email: { endsWith: "@deelnemer.test" } } });
});

const outbox = (db: Db = t.db): Mailer => createMailer(db, { transport: "outbox" });

async function meeting(data: { capacity: number; status?: MeetingStatus; deadline?: Date | null; startsAt?: Date; title?: string }) {
  const startsAt = data.startsAt ?? STARTS;
  return t.db.meeting.create({
    data: {
      type: "WERKATELIER",
      title: data.title ?? "Werkatelier vechtscheidingen",
      theme: "SIGNALEREN_EN_HANDELEN",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3600_000),
      location: "Stadskantoor Dordrecht",
      capacity: data.capacity,
      registrationDeadline: data.deadline === undefined ? new Date("2027-03-01T23:00:00Z") : data.deadline,
      status: data.status ?? "GEPLAND",
    },
  });
}

async function participants(count: number, prefix = "deelnemer"): Promise<SessionUser[]> {
  const out: SessionUser[] = [];
  for (let i = 0; i < count; i++) {
    const row = await t.db.user.create({
      data: {
        email: `${prefix}-${String(i).padStart(2, "0")}@deelnemer.test`,
        name: `${prefix} ${String(i).padStart(2, "0")}`,
        role: "PROFESSIONAL",
        organisationId: i % 2 === 0 ? t.partnerOrganisationId : t.otherOrganisationId,
      },
    });
    out.push({ id: row.id, email: row.email, name: row.name, role: row.role, organisationId: row.organisationId, municipalityCode: row.municipalityCode });
  }
  return out;
}

const register = (user: SessionUser, meetingId: string, db: Db = t.db, extra: { remark?: string; sector?: "ONDERWIJS" | "" } = {}, now = NOW) =>
  registerForMeeting(db, outbox(db), user, { meetingId, ...extra }, { now, baseUrl: BASE_URL });
const unregister = (user: SessionUser, meetingId: string, now = NOW) => unregisterFromMeeting(t.db, outbox(), user, meetingId, { now, baseUrl: BASE_URL });
const statusOf = async (user: SessionUser, meetingId: string) =>
  (await t.db.meetingRegistration.findUniqueOrThrow({ where: { meetingId_userId: { meetingId, userId: user.id } } })).status;

describe("registering for a meeting", () => {
  it("50 people at the same moment for the last 10 places: exactly 10 registered and 40 on the waitlist", async () => {
    const m = await meeting({ capacity: 30 });
    const early = await participants(20, "vroeg");
    for (const user of early) await register(user, m.id);
    const crowd = await participants(50, "tegelijk");

    const clients = [t.db, ...extraClients];
    const outcomes = await Promise.all(crowd.map((user, i) => register(user, m.id, clients[i % clients.length])));

    expect(outcomes.filter((o) => o.status === "AANGEMELD")).toHaveLength(10);
    expect(outcomes.filter((o) => o.status === "WACHTLIJST")).toHaveLength(40);
    expect(await t.db.meetingRegistration.count({ where: { meetingId: m.id, status: "AANGEMELD" } })).toBe(30);
    expect(await t.db.meetingRegistration.count({ where: { meetingId: m.id, status: "WACHTLIJST" } })).toBe(40);
    // Positions 1..40, each once, in the order of the waitlist.
    const positions = outcomes.filter((o) => o.status === "WACHTLIJST").map((o) => o.position).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(await t.db.outboxMessage.count({ where: { kind: REGISTRATION_CONFIRMED_KIND } })).toBe(30);
    expect(await t.db.outboxMessage.count({ where: { kind: REGISTRATION_WAITLISTED_KIND } })).toBe(40);
    expect(await t.db.auditEvent.count({ where: { id: { gt: auditAfter }, action: "meetingRegistration.register" } })).toBe(70);
  });

  it("parallel registrations whose clocks were read before the lock get waitlist positions 1..n, each once, and the mails say the same (issue 14, finding 10)", async () => {
    const m = await meeting({ capacity: 2 });
    for (const user of await participants(2, "vol")) await register(user, m.id);
    const crowd = await participants(40, "wacht");
    const clients = [t.db, ...extraClients];
    // Each request reads its clock when it comes in, before it waits for the meeting lock: a request
    // that waited longer carries an earlier time than rows already written. Later calls get
    // earlier clocks here, so the lock order and the clock order disagree.
    const outcomes = await Promise.all(crowd.map((user, i) => register(user, m.id, clients[i % clients.length], {}, new Date(NOW.getTime() + (crowd.length - i) * 5))));

    expect(outcomes.every((o) => o.status === "WACHTLIJST")).toBe(true);
    const positions = outcomes.map((o) => o.position).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // The position told is the position on the waitlist as stored (order waitlistedAt, then id).
    const waitlist = await t.db.meetingRegistration.findMany({ where: { meetingId: m.id, status: "WACHTLIJST" }, orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }], select: { id: true } });
    const told = new Map(outcomes.map((o) => [o.registrationId, o.position]));
    expect(waitlist.map((row) => told.get(row.id))).toEqual(positions);
    // And each person's mail names the same position.
    const mails = await t.db.outboxMessage.findMany({ where: { kind: REGISTRATION_WAITLISTED_KIND }, select: { to: true, subject: true } });
    expect(mails).toHaveLength(40);
    const mailed = new Map(mails.map((mail) => [mail.to[0], Number(/positie (\d+)/.exec(mail.subject)?.[1])]));
    crowd.forEach((user, i) => expect(mailed.get(user.email)).toBe(outcomes[i]?.position));
  });

  it("copies name, e-mail, organisation and sector, and mails a confirmation with the Amsterdam time", async () => {
    const m = await meeting({ capacity: 5 });
    const [user] = await participants(1);
    const outcome = await register(user!, m.id, t.db, { remark: "Vegetarisch" });
    expect(outcome).toMatchObject({ status: "AANGEMELD", position: 0, unchanged: false });
    const row = await t.db.meetingRegistration.findUniqueOrThrow({ where: { id: outcome.registrationId } });
    expect(row).toMatchObject({ name: user!.name, email: user!.email, organisationName: "Wijkteam Test", sector: "JEUGDHULP_SOCIAAL_WERK", remark: "Vegetarisch" });
    const mail = await t.db.outboxMessage.findFirstOrThrow({ where: { kind: REGISTRATION_CONFIRMED_KIND } });
    expect(mail.to).toEqual([user!.email]);
    expect(mail.subject).toBe("Aanmelding bevestigd: Werkatelier vechtscheidingen");
    expect(mail.text).toContain("dinsdag 9 maart 2027 om 14:00");
    expect(mail.text).toContain(`${BASE_URL}/werkateliers/${m.id}`);
    // Clicking twice changes nothing and sends nothing more.
    expect(await register(user!, m.id)).toMatchObject({ status: "AANGEMELD", unchanged: true });
    expect(await t.db.outboxMessage.count()).toBe(1);
  });

  it("a user without an organisation names a sector", async () => {
    const m = await meeting({ capacity: 5 });
    const coordinator = t.users.COORDINATOR;
    await expect(register(coordinator, m.id)).rejects.toMatchObject({ code: "CONFLICT", message: "Kies de sector waarin u werkt." });
    expect(await register(coordinator, m.id, t.db, { sector: "ONDERWIJS" })).toMatchObject({ status: "AANGEMELD" });
    expect(await t.db.meetingRegistration.findFirstOrThrow({ where: { userId: coordinator.id } })).toMatchObject({ sector: "ONDERWIJS", organisationName: "" });
  });

  it("refuses after the deadline, after the start without a deadline, and for cancelled or finished meetings", async () => {
    const [user] = await participants(1);
    const closed = await meeting({ capacity: 5, deadline: new Date("2026-11-30T11:59:00Z") });
    await expect(register(user!, closed.id)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Aanmelden kan niet meer: de aanmelding is gesloten sinds maandag 30 november 2026 om 12:59.",
    });
    const started = await meeting({ capacity: 5, deadline: null, startsAt: new Date("2026-11-30T11:00:00Z") });
    await expect(register(user!, started.id)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const cancelled = await meeting({ capacity: 5, status: "GEANNULEERD" });
    await expect(register(user!, cancelled.id)).rejects.toMatchObject({ message: "Aanmelden kan niet meer: deze bijeenkomst is geannuleerd." });
    const finished = await meeting({ capacity: 5, status: "AFGEROND" });
    await expect(register(user!, finished.id)).rejects.toMatchObject({ message: "Aanmelden kan niet meer: deze bijeenkomst is afgerond." });
    expect(await t.db.meetingRegistration.count()).toBe(0);
    expect(await t.db.outboxMessage.count()).toBe(0);
  });
});

describe("the waitlist", () => {
  it("promotes the first on the waitlist when a place frees up, in order, and e-mails them", async () => {
    const m = await meeting({ capacity: 2 });
    const [a, b, c, d, e] = await participants(5);
    for (const user of [a!, b!, c!, d!, e!]) await register(user, m.id);
    expect(await statusOf(c!, m.id)).toBe("WACHTLIJST");

    // A waitlisted person cancelling frees no place.
    expect(await unregister(d!, m.id)).toMatchObject({ status: "AFGEMELD", promoted: 0 });
    expect(await unregister(a!, m.id)).toMatchObject({ promoted: 1 });
    expect(await statusOf(c!, m.id)).toBe("AANGEMELD");
    expect(await statusOf(e!, m.id)).toBe("WACHTLIJST");
    const promotedMail = await t.db.outboxMessage.findFirstOrThrow({ where: { kind: REGISTRATION_PROMOTED_KIND } });
    expect(promotedMail.to).toEqual([c!.email]);
    expect(promotedMail.subject).toBe("U bent van de wachtlijst geplaatst: Werkatelier vechtscheidingen");

    // The one who cancelled registers again: back of the waitlist (behind e).
    expect(await register(a!, m.id, t.db, {}, new Date(NOW.getTime() + 60_000))).toMatchObject({ status: "WACHTLIJST", position: 2 });
    await unregister(b!, m.id);
    expect(await statusOf(e!, m.id)).toBe("AANGEMELD");
    expect(await statusOf(a!, m.id)).toBe("WACHTLIJST");
    expect((await t.db.outboxMessage.findMany({ where: { kind: REGISTRATION_PROMOTED_KIND }, orderBy: { createdAt: "asc" } })).map((x) => x.to[0])).toEqual([
      c!.email,
      e!.email,
    ]);
    expect(await t.db.auditEvent.count({ where: { id: { gt: auditAfter }, action: "meetingRegistration.promote" } })).toBe(2);
    expect(await t.db.auditEvent.count({ where: { id: { gt: auditAfter }, action: "meetingRegistration.reregister" } })).toBe(1);
  });

  it("promoteFromWaitlist fills a raised capacity in order; nothing for a meeting that started", async () => {
    const m = await meeting({ capacity: 1 });
    const users = await participants(4);
    for (const user of users) await register(user, m.id);
    await t.db.meeting.update({ where: { id: m.id }, data: { capacity: 3 } });
    const promoted = await t.db.$transaction((tx) => promoteFromWaitlist(tx, m.id, { now: NOW }));
    expect(promoted.map((p) => p.email)).toEqual([users[1]!.email, users[2]!.email]);
    await sendPromotionMails(outbox(), promoted, BASE_URL);
    expect(await t.db.outboxMessage.count({ where: { kind: REGISTRATION_PROMOTED_KIND } })).toBe(2);
    expect(await statusOf(users[3]!, m.id)).toBe("WACHTLIJST");

    await t.db.meeting.update({ where: { id: m.id }, data: { capacity: 4 } });
    expect(await t.db.$transaction((tx) => promoteFromWaitlist(tx, m.id, { now: new Date("2027-03-09T13:30:00Z") }))).toEqual([]);
  });

  it("cannot cancel once the meeting started, nor without a registration", async () => {
    const m = await meeting({ capacity: 1 });
    const [a, b] = await participants(2);
    await register(a!, m.id);
    await expect(unregister(b!, m.id)).rejects.toMatchObject({ message: "U bent niet aangemeld voor deze bijeenkomst." });
    await expect(unregister(a!, m.id, new Date("2027-03-09T13:00:00Z"))).rejects.toMatchObject({ message: "Afmelden kan niet meer: de bijeenkomst is al begonnen." });
  });
});

describe("attendance and export", () => {
  it("the coordinator marks attendance, lists participants and exports them (audited); others may not", async () => {
    const m = await meeting({ capacity: 2 });
    const [a, b, c] = await participants(3);
    for (const user of [a!, b!, c!]) await register(user, m.id, t.db, { remark: "=rolstoel" });
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const list = await coordinator.meetingRegistration.participants({ meetingId: m.id });
    expect(list.attendees.map((p) => p.email)).toEqual([a!.email, b!.email]);
    expect(list.waitlist.map((p) => p.email)).toEqual([c!.email]);

    const ra = list.attendees[0]!.id;
    const rb = list.attendees[1]!.id;
    expect(await coordinator.meetingRegistration.markAttendance({ meetingId: m.id, marks: [{ registrationId: ra, status: "AANWEZIG" }, { registrationId: rb, status: "AFWEZIG" }] })).toEqual({ changed: 2 });
    const after = await coordinator.meetingRegistration.participants({ meetingId: m.id });
    expect(after.counts).toMatchObject({ AANWEZIG: 1, AFWEZIG: 1, WACHTLIJST: 1 });
    expect(await t.db.auditEvent.count({ where: { id: { gt: auditAfter }, action: "meetingRegistration.attendance" } })).toBe(2);
    const waitlisted = after.waitlist[0]!.id;
    await expect(coordinator.meetingRegistration.markAttendance({ meetingId: m.id, marks: [{ registrationId: waitlisted, status: "AANWEZIG" }] })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const csv = await exportParticipants(t.db, t.users.COORDINATOR, m.id, "csv", NOW);
    const text = String(csv.body);
    expect(text.startsWith("\uFEFFNaam;E-mail;Organisatie;Sector;Status;Opmerking;Aangemeld op\r\n")).toBe(true);
    expect(text).toContain(`${a!.name};${a!.email};Wijkteam Test;Jeugdhulp en sociaal werk;Aanwezig;'=rolstoel;`);
    expect(text).toContain("Wachtlijst (1)");
    const xlsx = await exportParticipants(t.db, t.users.COORDINATOR, m.id, "xlsx", NOW);
    expect(xlsx.body).toBeInstanceOf(Uint8Array);
    expect(await t.db.auditEvent.count({ where: { id: { gt: auditAfter }, action: "meetingRegistration.export", entityId: m.id } })).toBe(2);

    for (const role of ["PROFESSIONAL", "PARTNER", "RAAD", "BEHEERDER"] as const) {
      await expect(t.callerFor(t.users[role]).meetingRegistration.participants({ meetingId: m.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(exportParticipants(t.db, t.users[role], m.id, "csv", NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(t.callerFor(t.users.RAAD).meetingRegistration.register({ meetingId: m.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("status and mine show the caller's own registration and waitlist position", async () => {
    const m = await meeting({ capacity: 1 });
    const [a, b] = await participants(2);
    await register(a!, m.id);
    await register(b!, m.id);
    const status = await t.callerFor(b!).meetingRegistration.status({ meetingId: m.id });
    expect(status).toMatchObject({ capacity: 1, taken: 1, waitlisted: 1, needsSector: false, registration: { status: "WACHTLIJST", position: 1 } });
    const mine = await t.callerFor(b!).meetingRegistration.mine();
    expect(mine.upcoming.map((r) => [r.meeting.id, r.status, r.position])).toEqual([[m.id, "WACHTLIJST", 1]]);
  });
});

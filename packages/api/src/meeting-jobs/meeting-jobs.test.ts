import type { RegistrationStatus, Sector } from "@kk/db";
import { createMailer, type Mailer } from "@kk/mail";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { reduceOldRegistrations, WITHOUT_ORGANISATION, yearsBefore } from "./reduce-registrations.ts";
import { MEETING_REMINDER_KIND } from "./reminder-mail.ts";
import { sendMeetingReminders } from "./send-meeting-reminders.ts";
import { MEETING_REMINDER_DAYS_SETTING, MEETING_RETENTION_YEARS_SETTING } from "./settings.ts";
import { lastAuditId } from "../testing/audit-watermark.ts";

const BASE_URL = "https://portaal.test/";
/** 08:00 in Amsterdam on Tuesday 1 December 2026. */
const NOW = new Date("2026-12-01T07:00:00Z");

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("meeting_jobs");
});
afterAll(async () => {
  await t?.drop();
});
let auditAfter = 0n;
beforeEach(async () => {
  await t.db.meeting.deleteMany();
  await t.db.outboxMessage.deleteMany();
  await t.db.setting.deleteMany();
  auditAfter = await lastAuditId(t.db);
});

async function meeting(title: string, startsAt: string, data: { status?: "GEPLAND" | "GEANNULEERD" | "AFGEROND"; hours?: number } = {}) {
  const start = new Date(startsAt);
  return t.db.meeting.create({
    data: {
      type: "WERKATELIER",
      title,
      theme: "SIGNALEREN_EN_HANDELEN",
      startsAt: start,
      endsAt: new Date(start.getTime() + (data.hours ?? 2) * 3_600_000),
      location: "Stadskantoor",
      capacity: 20,
      status: data.status ?? "GEPLAND",
    },
  });
}

let counter = 0;
async function registration(meetingId: string, status: RegistrationStatus, data: { organisationName?: string; sector?: Sector; userId?: string } = {}) {
  counter += 1;
  return t.db.meetingRegistration.create({
    data: {
      meetingId,
      userId: data.userId ?? null,
      name: `Deelnemer ${counter}`,
      email: `deelnemer${counter}@test.example`,
      organisationName: data.organisationName ?? "Wijkteam Noord",
      sector: data.sector ?? "JEUGDHULP_SOCIAAL_WERK",
      status,
      remark: "vegetarisch",
    },
  });
}

const outbox = (): Mailer => createMailer(t.db, { transport: "outbox" });
const remind = (now = NOW, mailer = outbox()) => sendMeetingReminders(t.db, mailer, { now, baseUrl: BASE_URL });
const mails = () => t.db.outboxMessage.findMany({ where: { kind: MEETING_REMINDER_KIND }, orderBy: { createdAt: "asc" } });

describe("sendMeetingReminders", () => {
  it("mails those registered for a meeting within 3 days (default), once, with Amsterdam time and a link", async () => {
    // Friday 4 December 23:30 Amsterdam is still within three days; Saturday 00:30 is not.
    const soon = await meeting("Werkatelier vrijdagavond", "2026-12-04T22:30:00Z");
    const later = await meeting("Werkatelier zaterdag", "2026-12-04T23:30:00Z");
    const cancelled = await meeting("Gaat niet door", "2026-12-02T13:00:00Z", { status: "GEANNULEERD" });
    const past = await meeting("Al geweest", "2026-11-30T13:00:00Z");
    const registered = await registration(soon.id, "AANGEMELD");
    await registration(soon.id, "WACHTLIJST");
    await registration(soon.id, "AFGEMELD");
    await registration(later.id, "AANGEMELD");
    await registration(cancelled.id, "AANGEMELD");
    await registration(past.id, "AANGEMELD");

    expect(await remind()).toEqual({ today: "2026-12-01", daysBefore: 3, sent: 1, failed: 0, inactive: 0 });
    const [message, ...rest] = await mails();
    expect(rest).toEqual([]);
    expect(message!.to).toEqual([registered.email]);
    expect(message!.subject).toContain("Werkatelier vrijdagavond");
    expect(message!.text).toContain("vrijdag 4 december 2026 om 23:30");
    expect(message!.text).toContain(`https://portaal.test/werkateliers/${soon.id}\n`);
    expect(message!.text).toContain(`https://portaal.test/werkateliers/${soon.id}/ics`);
    expect((await t.db.meetingRegistration.findUniqueOrThrow({ where: { id: registered.id } })).reminderSentAt).toEqual(NOW);
    expect(await t.db.auditEvent.count({ where: { id: { gt: auditAfter }, action: "meeting.reminders.send", actorId: null } })).toBe(1);

    // Again the same day, and two runs at once the next day: no second mail.
    expect((await remind()).sent).toBe(0);
    const nextDay = new Date("2026-12-02T07:00:00Z");
    const [a, b] = await Promise.all([remind(nextDay), remind(nextDay)]);
    expect(a.sent + b.sent).toBe(1); // the Saturday meeting is now within three days
    expect(await mails()).toHaveLength(2);
  });

  it("follows the setting, skips inactive accounts, and releases the claim when the mailer throws", async () => {
    await t.db.setting.create({ data: { key: MEETING_REMINDER_DAYS_SETTING, value: 7 } });
    const m = await meeting("Over een week", "2026-12-08T13:00:00Z");
    const inactiveUser = await t.db.user.create({ data: { email: "weg@test.example", name: "Weg", role: "PROFESSIONAL", active: false } });
    await registration(m.id, "AANGEMELD", { userId: inactiveUser.id });
    const active = await registration(m.id, "AANGEMELD");

    const broken: Mailer = { transport: "smtp", send: () => Promise.reject(new Error("smtp down")) };
    await expect(remind(NOW, broken)).rejects.toThrow("smtp down");
    expect((await t.db.meetingRegistration.findUniqueOrThrow({ where: { id: active.id } })).reminderSentAt).toBeNull();

    expect(await remind()).toMatchObject({ daysBefore: 7, sent: 1, inactive: 1 });
    expect((await mails()).map((message) => message.to)).toEqual([[active.email]]);
  });
});

describe("reduceOldRegistrations", () => {
  it("replaces registrations of meetings ended more than 2 years ago by counts per organisation and sector, audited", async () => {
    const old = await meeting("Expertmeeting", "2024-11-30T13:00:00Z"); // ended 2024-11-30 15:00 UTC, before the cutoff
    const recent = await meeting("Nog binnen twee jaar", "2024-12-01T13:00:00Z");
    await registration(old.id, "AANWEZIG", { organisationName: "Wijkteam Noord" });
    await registration(old.id, "AANWEZIG", { organisationName: "Wijkteam Noord" });
    await registration(old.id, "AFWEZIG", { organisationName: "Wijkteam Noord" });
    await registration(old.id, "AANWEZIG", { organisationName: "Veilig Thuis", sector: "BESCHERMINGSKETEN" });
    await registration(old.id, "AANWEZIG", { organisationName: "", sector: "ONDERWIJS" });
    await registration(old.id, "AFGEMELD", { organisationName: "Gemeente", sector: "GEMEENTE" });
    await registration(old.id, "WACHTLIJST", { organisationName: "Gemeente", sector: "GEMEENTE" });
    await registration(recent.id, "AANWEZIG");

    const result = await reduceOldRegistrations(t.db, NOW);

    expect(result).toEqual({ cutoff: new Date("2024-12-01T07:00:00Z"), retentionYears: 2, meetings: 1, registrationsRemoved: 7 });
    expect(await t.db.meetingRegistration.count({ where: { meetingId: old.id } })).toBe(0);
    expect(await t.db.meetingRegistration.count({ where: { meetingId: recent.id } })).toBe(1);
    const counts = await t.db.meetingAttendanceCount.findMany({
      where: { meetingId: old.id },
      select: { organisationName: true, sector: true, registered: true, attended: true },
      orderBy: { organisationName: "asc" },
    });
    expect(counts).toEqual([
      { organisationName: "Veilig Thuis", sector: "BESCHERMINGSKETEN", registered: 1, attended: 1 },
      { organisationName: "Wijkteam Noord", sector: "JEUGDHULP_SOCIAAL_WERK", registered: 3, attended: 2 },
      { organisationName: WITHOUT_ORGANISATION, sector: "ONDERWIJS", registered: 1, attended: 1 },
    ]);
    expect((await t.db.meeting.findUniqueOrThrow({ where: { id: old.id } })).registrationsReducedAt).toEqual(NOW);
    expect((await t.db.meeting.findUniqueOrThrow({ where: { id: recent.id } })).registrationsReducedAt).toBeNull();
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { id: { gt: auditAfter }, action: "meeting.registrations.reduce", entityId: old.id } });
    expect(audit.actorId).toBeNull();
    expect(JSON.stringify(audit.after)).not.toMatch(/Deelnemer|@test\.example|vegetarisch/);

    // Running again (also twice at once) changes nothing.
    const [a, b] = await Promise.all([reduceOldRegistrations(t.db, NOW), reduceOldRegistrations(t.db, NOW)]);
    expect(a.meetings + b.meetings).toBe(0);
    expect(await t.db.meetingAttendanceCount.count()).toBe(3);
  });

  it("follows the retention setting and reduces each meeting once when runs overlap", async () => {
    await t.db.setting.create({ data: { key: MEETING_RETENTION_YEARS_SETTING, value: 1 } });
    const m = await meeting("Vorig jaar", "2025-06-01T08:00:00Z");
    for (let i = 0; i < 5; i += 1) await registration(m.id, i < 3 ? "AANWEZIG" : "AFWEZIG");
    const runs = await Promise.all([reduceOldRegistrations(t.db, NOW), reduceOldRegistrations(t.db, NOW), reduceOldRegistrations(t.db, NOW)]);
    expect(runs.reduce((sum, run) => sum + run.meetings, 0)).toBe(1);
    expect(await t.db.meetingAttendanceCount.findMany({ select: { registered: true, attended: true } })).toEqual([{ registered: 5, attended: 3 }]);
    expect(await t.db.auditEvent.count({ where: { id: { gt: auditAfter }, action: "meeting.registrations.reduce" } })).toBe(1);
  });

  it("subtracts whole years on the calendar", () => {
    expect(yearsBefore(new Date("2026-12-01T07:00:00Z"), 2)).toEqual(new Date("2024-12-01T07:00:00Z"));
    expect(yearsBefore(new Date("2028-02-29T12:00:00Z"), 1)).toEqual(new Date("2027-03-01T12:00:00Z"));
  });
});

describe("meeting job settings", () => {
  it("shows defaults, saves both with a version, refuses a stale save and other roles", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const initial = await coordinator.meetingJobs.settings();
    expect(initial).toEqual({ reminderDaysBefore: 3, retentionYears: 2, updatedAt: null });
    const saved = await coordinator.meetingJobs.setSettings({ reminderDaysBefore: 5, retentionYears: 3, expectedUpdatedAt: null });
    expect(saved).toMatchObject({ reminderDaysBefore: 5, retentionYears: 3 });
    await expect(coordinator.meetingJobs.setSettings({ reminderDaysBefore: 4, retentionYears: 3, expectedUpdatedAt: null })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(coordinator.meetingJobs.setSettings({ reminderDaysBefore: 0, retentionYears: 11, expectedUpdatedAt: saved.updatedAt })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(t.callerFor(t.users.PROFESSIONAL).meetingJobs.settings()).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await t.db.auditEvent.count({ where: { id: { gt: auditAfter }, action: "setting.update", entityId: "meetings.jobSettings" } })).toBe(1);
  });
});

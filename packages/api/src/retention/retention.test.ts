import { createMailer, SECRET_NOT_KEPT } from "@kk/mail";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FREE_TEXT_NOT_KEPT } from "../audit/record-audit.ts";
import { sendFreshnessReminders } from "../freshness/send-freshness-reminders.ts";
import { reduceOldRegistrations } from "../meeting-jobs/reduce-registrations.ts";
import { registerForMeeting } from "../meeting-registration/register.ts";
import { lastAuditId } from "../testing/audit-watermark.ts";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { DEFAULT_OUTBOX_RETENTION_DAYS, OUTBOX_RETENTION_DAYS_SETTING, purgeExpiredData } from "./purge-expired-data.ts";

/* Issue 14, finding 5: data kept too long. Fixed clock; all dates relative to it. */

const NOW = new Date("2026-12-10T03:45:00Z");
const DAY = 24 * 60 * 60 * 1000;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

let t: ApiTestDatabase;
let auditAfter = 0n;
beforeAll(async () => {
  t = await createApiTestDatabase("retention", { now: NOW });
});
afterAll(async () => {
  await t?.drop();
});
beforeEach(async () => {
  await t.db.outboxMessage.deleteMany();
  await t.db.signInAttempt.deleteMany();
  await t.db.setting.deleteMany();
  auditAfter = await lastAuditId(t.db);
});

const mail = (subject: string, createdAt: Date) =>
  t.db.outboxMessage.create({ data: { to: ["a@test.example"], subject, text: subject, kind: "test.retention", transport: "smtp", createdAt } });
const attempt = (key: string, at: Date) => t.db.signInAttempt.create({ data: { key, succeeded: false, at } });

describe("purgeExpiredData", () => {
  it("removes outbox messages older than 90 days (default) and sign-in attempts older than a day, audited with counts", async () => {
    await mail("ouder dan 90 dagen", ago(DEFAULT_OUTBOX_RETENTION_DAYS * DAY + 1000));
    await mail("net binnen 90 dagen", ago(DEFAULT_OUTBOX_RETENTION_DAYS * DAY - 1000));
    await attempt("account:oud@test.example", ago(DAY + 1000));
    await attempt("ip:203.0.113.9", ago(DAY + 1000));
    await attempt("account:recent@test.example", ago(16 * 60 * 1000));

    const run = await purgeExpiredData(t.db, NOW);

    expect(run).toMatchObject({ outboxRetentionDays: 90, outboxRemoved: 1, signInAttemptsRemoved: 2 });
    expect((await t.db.outboxMessage.findMany()).map((m) => m.subject)).toEqual(["net binnen 90 dagen"]);
    expect((await t.db.signInAttempt.findMany()).map((a) => a.key)).toEqual(["account:recent@test.example"]);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { id: { gt: auditAfter }, action: "retention.purge" } });
    expect(audit).toMatchObject({ actorId: null, entityType: "RetentionRun", entityId: "2026-12-10" });
    expect(audit.after).toMatchObject({ outboxRemoved: 1, signInAttemptsRemoved: 2 });

    // Again: nothing left to remove, nothing audited.
    expect(await purgeExpiredData(t.db, NOW)).toMatchObject({ outboxRemoved: 0, signInAttemptsRemoved: 0 });
    expect(await t.db.auditEvent.count({ where: { id: { gt: auditAfter }, action: "retention.purge" } })).toBe(1);
  });

  it.each([
    [30, 30],
    [0, 90], // out of range: the default
    ["30", 90],
  ])("follows the outbox retention setting %j (%i days)", async (value, days) => {
    await t.db.setting.create({ data: { key: OUTBOX_RETENTION_DAYS_SETTING, value } });
    await mail("oud", ago(days * DAY + 1000));
    await mail("jong", ago(days * DAY - 1000));
    expect(await purgeExpiredData(t.db, NOW)).toMatchObject({ outboxRetentionDays: days, outboxRemoved: 1 });
    expect((await t.db.outboxMessage.findMany()).map((m) => m.subject)).toEqual(["jong"]);
  });
});

describe("registration remarks in the audit log", () => {
  it("the audit log never holds the remark, so nothing of it survives the retention job", async () => {
    const startsAt = new Date(NOW.getTime() + 30 * DAY);
    const meeting = await t.db.meeting.create({
      data: {
        type: "WERKATELIER",
        title: "Werkatelier",
        theme: "SIGNALEREN_EN_HANDELEN",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
        location: "Stadskantoor",
        capacity: 10,
        status: "GEPLAND",
      },
    });
    const remark = "Rolstoel, dochter Noor heeft epilepsie";
    await registerForMeeting(t.db, createMailer(t.db, { transport: "outbox" }), t.users.PROFESSIONAL, { meetingId: meeting.id, remark, sector: "ONDERWIJS" }, {
      now: NOW,
      baseUrl: "https://portaal.test",
    });
    expect((await t.db.meetingRegistration.findFirstOrThrow({ where: { meetingId: meeting.id } })).remark).toBe(remark);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { id: { gt: auditAfter }, action: "meetingRegistration.register" } });
    expect(event.after).toMatchObject({ remark: FREE_TEXT_NOT_KEPT });

    // Years later the retention job removes the registration; the audit log has nothing of the remark.
    const later = new Date(startsAt.getTime() + 3 * 366 * DAY);
    expect(await reduceOldRegistrations(t.db, later)).toMatchObject({ meetings: 1, registrationsRemoved: 1 });
    const events = await t.db.auditEvent.findMany({ where: { id: { gt: auditAfter } } });
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(events.map((e) => [e.before, e.after]))).not.toMatch(/epilepsie|Rolstoel/);
  });
});

describe("one-click confirmation links in the outbox", () => {
  it("a freshness reminder sent over SMTP is stored without its token", async () => {
    const organisation = await t.db.organisation.create({
      data: { name: "Wijkteam Oud", slug: "wijkteam-oud", sector: "JEUGDHULP_SOCIAAL_WERK", type: "Wijkteam", legalFrame: "CONSENT_REQUIRED", verifiedAt: ago(400 * DAY) },
    });
    await t.db.user.create({ data: { email: "redacteur@wijkteam.test", name: "Redacteur", role: "PARTNER", organisationId: organisation.id } });
    // Nothing listens on port 1: delivery fails, and even then the stored copy has no usable link.
    const smtp = createMailer(t.db, { transport: "smtp", smtp: { url: "smtp://127.0.0.1:1", from: "portaal@gemeente.example" } });
    await sendFreshnessReminders(t.db, smtp, { now: NOW, baseUrl: "https://portaal.test" });
    const stored = await t.db.outboxMessage.findFirstOrThrow({ where: { to: { has: "redacteur@wijkteam.test" } } });
    expect(stored.text).toContain(`https://portaal.test/bevestigen/${SECRET_NOT_KEPT}`);
    expect(stored.text).not.toMatch(/bevestigen\/[A-Za-z0-9_-]{43}/);
    expect(`${stored.html ?? ""}`).not.toMatch(/bevestigen\/[A-Za-z0-9_-]{43}/);
  });
});

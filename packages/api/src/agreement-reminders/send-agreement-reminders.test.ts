import type { AgreementStatus } from "@kk/db";
import { createMailer, type Mailer } from "@kk/mail";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { REMINDER_DAYS_BEFORE_END_SETTING, REMINDER_DAYS_BEFORE_REVIEW_SETTING } from "./reminder-days.ts";
import { AGREEMENT_REMINDER_KIND } from "./reminder-mail.ts";
import { sendAgreementReminders } from "./send-agreement-reminders.ts";
import { lastAuditId } from "../testing/audit-watermark.ts";

const BASE_URL = "https://portaal.test/";
/** 08:00 in Amsterdam on 1 December 2026: "today" is 2026-12-01. */
const NOW = new Date("2026-12-01T07:00:00Z");

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("agreement_reminders");
});
afterAll(async () => {
  await t?.drop();
});
let auditAfter = 0n;
beforeEach(async () => {
  await t.db.agreement.deleteMany();
  await t.db.outboxMessage.deleteMany();
  await t.db.setting.deleteMany();
  auditAfter = await lastAuditId(t.db);
  await t.db.user.update({ where: { id: t.users.COORDINATOR.id }, data: { active: true } });
});

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function agreement(title: string, data: { status?: AgreementStatus; endDate?: string; reviewDate?: string }) {
  return t.db.agreement.create({
    data: {
      title,
      kind: "SAMENWERKINGSAFSPRAAK",
      status: data.status ?? "ACTIEF",
      startDate: day("2026-01-01"),
      endDate: data.endDate ? day(data.endDate) : null,
      reviewDate: data.reviewDate ? day(data.reviewDate) : null,
      ownerId: t.users.COORDINATOR.id,
      parties: { create: [{ organisationId: t.partnerOrganisationId }, { organisationId: t.otherOrganisationId }] },
    },
  });
}

const outbox = (): Mailer => createMailer(t.db, { transport: "outbox" });
const run = (now = NOW, mailer = outbox()) => sendAgreementReminders(t.db, mailer, { now, baseUrl: BASE_URL });
const mails = () => t.db.outboxMessage.findMany({ where: { kind: AGREEMENT_REMINDER_KIND }, orderBy: { subject: "asc" } });

describe("sendAgreementReminders", () => {
  it("mails the owner 60 days before the end and 14 days before the review (defaults), with a link to the agreement", async () => {
    const ends = await agreement("Eindigt over zestig dagen", { endDate: "2027-01-30" });
    await agreement("Eindigt over 61 dagen", { endDate: "2027-01-31" });
    const reviewed = await agreement("Evaluatie over veertien dagen", { reviewDate: "2026-12-15", endDate: "2028-01-01" });
    await agreement("Evaluatie over vijftien dagen", { reviewDate: "2026-12-16" });
    await agreement("Eindigde gisteren", { endDate: "2026-11-30" });

    const result = await run();

    expect(result).toEqual({ today: "2026-12-01", sent: 2, alreadySent: 0, failed: 0, ownerInactive: 0 });
    const messages = await mails();
    expect(messages.map((m) => m.subject)).toEqual([
      "Afspraak loopt af op 30 januari 2027: Eindigt over zestig dagen",
      "Evaluatie op 15 december 2026: Evaluatie over veertien dagen",
    ]);
    expect(messages.every((m) => m.to.length === 1 && m.to[0] === t.users.COORDINATOR.email)).toBe(true);
    expect(messages[0]?.text).toContain(`Beste ${t.users.COORDINATOR.name},`);
    expect(messages[0]?.text).toContain("(over 60 dagen)");
    expect(messages[0]?.text).toContain(`https://portaal.test/convenanten/${ends.id}`);
    expect(messages[1]?.text).toContain(`https://portaal.test/convenanten/${reviewed.id}`);
    const reminders = await t.db.agreementReminder.findMany({ orderBy: { kind: "asc" } });
    expect(reminders.map((r) => [r.agreementId, r.kind, r.daysBefore, r.dueDate])).toEqual([
      [ends.id, "end", 60, day("2027-01-30")],
      [reviewed.id, "review", 14, day("2026-12-15")],
    ]);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { id: { gt: auditAfter }, action: "agreement.reminders.send" } });
    expect(audit.actorId).toBeNull();
    expect(audit.after).toMatchObject({ sent: 2, daysBeforeEnd: 60, daysBeforeReview: 14 });
  });

  it("only reminds about ACTIEF agreements", async () => {
    for (const status of ["CONCEPT", "IN_BESPREKING", "VERLOPEN", "BEEINDIGD"] as const) {
      await agreement(`Status ${status}`, { status, endDate: "2026-12-10", reviewDate: "2026-12-05" });
    }
    expect(await run()).toMatchObject({ sent: 0, alreadySent: 0 });
    expect(await mails()).toEqual([]);
    expect(await t.db.auditEvent.count({ where: { id: { gt: auditAfter }, action: "agreement.reminders.send" } })).toBe(0);
  });

  it("sends each reminder once, also when run again the next day or twice at the same moment", async () => {
    await agreement("Eenmaal", { endDate: "2027-01-15", reviewDate: "2026-12-10" });

    const [first, second] = await Promise.all([run(), run()]);
    expect(first.sent + second.sent).toBe(2);
    expect(first.alreadySent + second.alreadySent).toBe(2);
    expect(await run(new Date("2026-12-02T07:00:00Z"))).toMatchObject({ today: "2026-12-02", sent: 0, alreadySent: 2 });
    expect(await mails()).toHaveLength(2);
    expect(await t.db.agreementReminder.count()).toBe(2);
  });

  it("sends a new reminder when the end date moves, and catches up a day the job did not run", async () => {
    const moved = await agreement("Verschoven", { endDate: "2027-01-10" });
    expect((await run()).sent).toBe(1);
    await t.db.agreement.update({ where: { id: moved.id }, data: { endDate: day("2027-01-20") } });

    // Two days later: the new end date is well within the window, not exactly 60 days away.
    expect(await run(new Date("2026-12-03T07:00:00Z"))).toMatchObject({ sent: 1, alreadySent: 0 });
    expect((await mails()).map((m) => m.subject)).toEqual([
      "Afspraak loopt af op 10 januari 2027: Verschoven",
      "Afspraak loopt af op 20 januari 2027: Verschoven",
    ]);
  });

  it("skips an agreement whose owner is inactive, and reminds once the owner is active again", async () => {
    await agreement("Eigenaar weg", { endDate: "2027-01-01" });
    await t.db.user.update({ where: { id: t.users.COORDINATOR.id }, data: { active: false } });

    expect(await run()).toMatchObject({ sent: 0, ownerInactive: 1 });
    expect(await t.db.agreementReminder.count()).toBe(0);

    await t.db.user.update({ where: { id: t.users.COORDINATOR.id }, data: { active: true } });
    expect(await run()).toMatchObject({ sent: 1, ownerInactive: 0 });
  });

  it("uses the coordinator's settings for both windows; a changed setting is a new reminder", async () => {
    await agreement("Eindigt over negentig dagen", { endDate: "2027-03-01" });
    await agreement("Evaluatie over dertig dagen", { reviewDate: "2026-12-31" });
    expect((await run()).sent).toBe(0);

    await t.db.setting.create({ data: { key: REMINDER_DAYS_BEFORE_END_SETTING, value: 90 } });
    await t.db.setting.create({ data: { key: REMINDER_DAYS_BEFORE_REVIEW_SETTING, value: 30 } });
    expect((await run()).sent).toBe(2);
    expect((await t.db.agreementReminder.findMany({ orderBy: { kind: "asc" } })).map((r) => [r.kind, r.daysBefore])).toEqual([
      ["end", 90],
      ["review", 30],
    ]);

    await t.db.setting.update({ where: { key: REMINDER_DAYS_BEFORE_REVIEW_SETTING }, data: { value: 7 } });
    expect((await run()).sent).toBe(0);
  });

  it("counts days in Amsterdam: at 22:30 UTC on 31 March it is already 1 April", async () => {
    await agreement("Eindigt eind mei", { endDate: "2026-05-31" });
    // 31 March → 31 May is 61 days, 1 April → 31 May is 60.
    expect(await run(new Date("2026-03-31T21:59:00Z"))).toMatchObject({ today: "2026-03-31", sent: 0 });
    expect(await run(new Date("2026-03-31T22:30:00Z"))).toMatchObject({ today: "2026-04-01", sent: 1 });
    expect((await mails())[0]?.text).toContain("loopt af op 31 mei 2026 (over 60 dagen)");
  });

  it("leaves no trace when the mailer throws, so the next run tries again", async () => {
    await agreement("Mailer stuk", { endDate: "2026-12-20" });
    const broken: Mailer = {
      transport: "smtp",
      send: () => Promise.reject(new Error("mail server down")),
    };

    await expect(run(NOW, broken)).rejects.toThrow("mail server down");
    expect(await t.db.agreementReminder.count()).toBe(0);

    expect(await run()).toMatchObject({ sent: 1, alreadySent: 0 });
    expect((await mails())[0]?.text).toContain("(over 19 dagen)");
  });
});

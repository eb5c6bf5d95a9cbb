import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { monthsBetween } from "./freshness-overview.ts";

let t: ApiTestDatabase;

beforeAll(async () => {
  t = await createApiTestDatabase("freshness_router");
});

afterAll(async () => {
  await t.drop();
});

const monthsAgo = (months: number): Date => {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
};

describe("freshness.overview", () => {
  it("lists stale active organisations and organisations without an escalation contact", async () => {
    const withStepContact = await t.db.organisation.create({
      data: { name: "A Stap Met Contact", slug: "a-stap", sector: "MEDISCH", type: "Huisarts", legalFrame: "CONSENT_REQUIRED", verifiedAt: new Date() },
    });
    const contact = await t.db.contact.create({ data: { organisationId: withStepContact.id, name: "Directeur" } });
    await t.db.escalationStep.create({ data: { organisationId: withStepContact.id, position: 1, label: "Directie", contactId: contact.id } });
    await t.db.organisation.create({
      data: {
        name: "B Escalatie Rol",
        slug: "b-rol",
        sector: "MEDISCH",
        type: "GGZ",
        legalFrame: "CONSENT_REQUIRED",
        verifiedAt: monthsAgo(8),
        contacts: { create: { name: "Escalatie", roles: ["ESCALATIE_AANSPREEKPUNT"] } },
      },
    });
    await t.db.organisation.create({
      data: {
        name: "C Stap Zonder Contact",
        slug: "c-stap",
        sector: "MEDISCH",
        type: "GGZ",
        legalFrame: "CONSENT_REQUIRED",
        verifiedAt: new Date(),
        escalationSteps: { create: { position: 1, label: "Leidinggevende" } },
      },
    });
    await t.db.organisation.create({
      data: { name: "D Gesloten", slug: "d-gesloten", sector: "MEDISCH", type: "GGZ", legalFrame: "CONSENT_REQUIRED", status: "CLOSED" },
    });

    const overview = await t.callerFor(t.users.COORDINATOR).freshness.overview();

    expect(overview.staleAfterMonths).toBe(6);
    expect(overview.settingUpdatedAt).toBeNull();
    // The two test-context organisations were never confirmed: they come first.
    expect(overview.stale.rows.map((r) => r.name)).toEqual(["Veilig Thuis Test", "Wijkteam Test", "B Escalatie Rol"]);
    const wijkteam = overview.stale.rows.find((r) => r.name === "Wijkteam Test");
    expect(wijkteam).toMatchObject({ verifiedAt: null, monthsSinceVerified: null, partnerEditors: 1 });
    expect(overview.stale.rows.find((r) => r.name === "B Escalatie Rol")?.monthsSinceVerified).toBe(8);
    expect(overview.withoutEscalationContact.rows.map((r) => r.name)).toEqual(["C Stap Zonder Contact", "Veilig Thuis Test", "Wijkteam Test"]);
    expect(overview.withoutEscalationContact.total).toBe(3);
    expect(overview.withoutEscalationContact.rows[0]).toMatchObject({ type: "GGZ", escalationSteps: 1 });
  });
});

describe("freshness.setStaleAfterMonths", () => {
  it("creates, changes with the read updatedAt, refuses a stale one, and audits", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const first = await coordinator.freshness.setStaleAfterMonths({ months: 12, expectedUpdatedAt: null });
    expect((await coordinator.freshness.overview()).staleAfterMonths).toBe(12);

    await expect(coordinator.freshness.setStaleAfterMonths({ months: 3, expectedUpdatedAt: null })).rejects.toMatchObject({ code: "CONFLICT" });
    const second = await coordinator.freshness.setStaleAfterMonths({ months: 9, expectedUpdatedAt: first.updatedAt });
    await expect(coordinator.freshness.setStaleAfterMonths({ months: 4, expectedUpdatedAt: first.updatedAt })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const overview = await coordinator.freshness.overview();
    expect(overview.staleAfterMonths).toBe(9);
    expect(overview.settingUpdatedAt).toEqual(second.updatedAt);

    const audits = await t.db.auditEvent.findMany({ where: { action: "setting.update" }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.after)).toEqual([{ value: 12 }, { value: 9 }]);
    expect(audits[0]?.actorId).toBe(t.users.COORDINATOR.id);
  });

  it.each([0, 37, 2.5, "abc"])("refuses %s months with a Dutch message", async (months) => {
    const error: unknown = await t
      .callerFor(t.users.COORDINATOR)
      .freshness.setStaleAfterMonths({ months: months as number, expectedUpdatedAt: null })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(String((error as { cause?: unknown }).cause)).toContain("Vul een heel aantal maanden in van 1 tot en met 36.");
    const setting = await t.db.setting.findUnique({ where: { key: "freshness.staleAfterMonths" } });
    expect(setting?.value).not.toBe(months);
  });
});

describe("freshness.sendRemindersNow", () => {
  it("sends the reminders through the outbox at once and reports the count", async () => {
    await t.db.setting.deleteMany();
    const run = await t.callerFor(t.users.COORDINATOR).freshness.sendRemindersNow();
    // Only the test partner is a partner user; its organisation was never confirmed.
    expect(run.sent).toBe(1);
    const message = await t.db.outboxMessage.findFirstOrThrow({ where: { kind: "freshness.reminder" } });
    expect(message.to).toEqual([t.users.PARTNER.email]);
    expect(message.transport).toBe("outbox");
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "freshness.reminders.send" } });
    expect(audit.actorId).toBe(t.users.COORDINATOR.id);

    expect((await t.callerFor(t.users.COORDINATOR).freshness.sendRemindersNow()).sent).toBe(0);
  });
});

describe("outbox.list", () => {
  it("lists newest first with keyset paging", async () => {
    await t.db.outboxMessage.deleteMany();
    const base = Date.parse("2026-11-01T00:00:00Z");
    await t.db.outboxMessage.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        to: [`n${i}@test.example`],
        subject: `Bericht ${i}`,
        text: "x",
        kind: i % 2 === 0 ? "even" : "oneven",
        transport: "outbox",
        createdAt: new Date(base + Math.floor(i / 2) * 1000),
      })),
    });
    const admin = t.callerFor(t.users.BEHEERDER);
    const first = await admin.outbox.list({});
    expect(first.messages).toHaveLength(25);
    expect(first.messages[0]?.subject).toMatch(/^Bericht 2[89]$/);
    expect(first.kinds).toEqual(["even", "oneven"]);
    const second = await admin.outbox.list({ before: first.nextBefore ?? undefined });
    expect(second.messages).toHaveLength(5);
    expect(second.nextBefore).toBeNull();
    const subjects = [...first.messages, ...second.messages].map((m) => m.subject);
    expect(new Set(subjects).size).toBe(30);
    expect((await admin.outbox.list({ kind: "even" })).messages.every((m) => m.kind === "even")).toBe(true);
  });
});

describe("monthsBetween", () => {
  it("counts whole calendar months", () => {
    expect(monthsBetween(new Date("2026-01-31T00:00:00Z"), new Date("2026-03-30T00:00:00Z"))).toBe(1);
    expect(monthsBetween(new Date("2026-01-15T00:00:00Z"), new Date("2026-07-15T00:00:00Z"))).toBe(6);
    expect(monthsBetween(new Date("2025-12-20T00:00:00Z"), new Date("2026-01-19T00:00:00Z"))).toBe(0);
  });
});

import type { AgreementStatus } from "@kk/db";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { getLapsingSoon } from "./lapsing-soon.ts";
import { getReminderDays, REMINDER_DAYS_BEFORE_END_SETTING } from "./reminder-days.ts";
import { failure } from "../testing/trpc-errors.ts";

const NOW = new Date("2026-12-01T07:00:00Z");

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("agreement_lapsing_soon");
});
afterAll(async () => {
  await t?.drop();
});
beforeEach(async () => {
  await t.db.agreement.deleteMany();
  await t.db.setting.deleteMany();
});

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function agreement(title: string, data: { status?: AgreementStatus; endDate?: string; reviewDate?: string }) {
  return t.db.agreement.create({
    data: {
      title,
      kind: "PROTOCOL",
      status: data.status ?? "ACTIEF",
      endDate: data.endDate ? day(data.endDate) : null,
      reviewDate: data.reviewDate ? day(data.reviewDate) : null,
      ownerId: t.users.COORDINATOR.id,
      parties: { create: [{ organisationId: t.partnerOrganisationId }, { organisationId: t.otherOrganisationId }] },
    },
  });
}

const coordinator = () => t.callerFor(t.users.COORDINATOR);

describe("getLapsingSoon", () => {
  it("lists ACTIEF agreements ending within N or reviewed within M days, soonest first, with owner and parties", async () => {
    const review = await agreement("Evaluatie over drie dagen", { reviewDate: "2026-12-04", endDate: "2028-01-01" });
    const end = await agreement("Loopt af over twintig dagen", { endDate: "2026-12-21" });
    const today = await agreement("Laatste dag vandaag", { endDate: "2026-12-01" });
    const both = await agreement("Beide binnenkort", { endDate: "2027-01-30", reviewDate: "2026-12-15" });
    await agreement("Loopt af over 61 dagen", { endDate: "2027-01-31" });
    await agreement("Evaluatie over 15 dagen", { reviewDate: "2026-12-16" });
    await agreement("Gisteren afgelopen", { endDate: "2026-11-30" });
    await agreement("Concept", { status: "CONCEPT", endDate: "2026-12-05" });
    await agreement("Verlopen", { status: "VERLOPEN", endDate: "2026-12-05" });

    const result = await getLapsingSoon(t.db, NOW);

    expect(result.today).toBe("2026-12-01");
    expect(result.settings).toEqual({ beforeEnd: 60, beforeReview: 14, updatedAt: null });
    expect(result.rows.map((r) => [r.title, r.daysUntilEnd, r.daysUntilReview])).toEqual([
      [today.title, 0, null],
      [review.title, null, 3],
      [both.title, 60, 14],
      [end.title, 20, null],
    ]);
    expect(result.rows[0]).toMatchObject({ id: today.id, kind: "PROTOCOL", ownerName: t.users.COORDINATOR.name, parties: ["Veilig Thuis Test", "Wijkteam Test"] });
    expect(result.rows.map((r) => r.id)).toContain(end.id);
  });

  it("follows the reminder settings and the Amsterdam date", async () => {
    await agreement("Over negentig dagen", { endDate: "2027-03-01" });
    expect((await getLapsingSoon(t.db, NOW)).rows).toEqual([]);

    await t.db.setting.create({ data: { key: REMINDER_DAYS_BEFORE_END_SETTING, value: 90 } });
    expect((await getLapsingSoon(t.db, NOW)).rows.map((r) => r.daysUntilEnd)).toEqual([90]);
    // 23:30 UTC on 1 December is already 2 December in Amsterdam (UTC+1 in winter): one day less.
    expect((await getLapsingSoon(t.db, new Date("2026-12-01T23:30:00Z"))).rows.map((r) => r.daysUntilEnd)).toEqual([89]);
  });

  it("falls back to the defaults for a stored value out of range", async () => {
    await t.db.setting.create({ data: { key: REMINDER_DAYS_BEFORE_END_SETTING, value: 0 } });
    expect(await getReminderDays(t.db)).toMatchObject({ beforeEnd: 60, beforeReview: 14 });
  });
});

describe("agreementReminders router", () => {
  it("is for coordinators only", async () => {
    expect((await coordinator().agreementReminders.lapsingSoon()).settings.beforeEnd).toBe(60);
    for (const role of ["BEHEERDER", "PARTNER", "PROFESSIONAL", "RAAD"] as const) {
      const caller = t.callerFor(t.users[role]);
      expect((await failure(caller.agreementReminders.lapsingSoon())).code, role).toBe("FORBIDDEN");
      expect((await failure(caller.agreementReminders.setReminderDays({ beforeEnd: 30, beforeReview: 7, expectedUpdatedAt: null }))).code, role).toBe("FORBIDDEN");
    }
    expect((await failure(t.callerFor(null).agreementReminders.lapsingSoon())).code).toBe("UNAUTHORIZED");
  });

  it("saves both settings with an audit event and refuses a stale expectedUpdatedAt", async () => {
    const saved = await coordinator().agreementReminders.setReminderDays({ beforeEnd: 90, beforeReview: 21, expectedUpdatedAt: null });
    expect(saved).toMatchObject({ beforeEnd: 90, beforeReview: 21 });
    expect(saved.updatedAt).toBeInstanceOf(Date);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "setting.update", entityId: "agreements.reminderDays" } });
    expect(audit).toMatchObject({ actorId: t.users.COORDINATOR.id, before: { beforeEnd: 60, beforeReview: 14 }, after: { beforeEnd: 90, beforeReview: 21 } });

    // A second coordinator still has the form with the defaults open.
    const stale = await failure(coordinator().agreementReminders.setReminderDays({ beforeEnd: 30, beforeReview: 7, expectedUpdatedAt: null }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/Iemand anders heeft dit gegeven intussen gewijzigd/);
    expect(await getReminderDays(t.db)).toMatchObject({ beforeEnd: 90, beforeReview: 21 });

    const again = await coordinator().agreementReminders.setReminderDays({ beforeEnd: 45, beforeReview: 7, expectedUpdatedAt: saved.updatedAt });
    expect(again).toMatchObject({ beforeEnd: 45, beforeReview: 7 });
    expect((await coordinator().agreementReminders.lapsingSoon()).settings).toMatchObject({ beforeEnd: 45, beforeReview: 7 });
  });

  it("refuses 0, 400 and fractions with a Dutch message and stores nothing", async () => {
    for (const [beforeEnd, beforeReview] of [
      [0, 14],
      [60, 400],
      [1.5, 14],
    ] as const) {
      const error = await failure(coordinator().agreementReminders.setReminderDays({ beforeEnd, beforeReview, expectedUpdatedAt: null }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(JSON.stringify(error.cause)).toContain("Vul een heel aantal dagen in van 1 tot en met 365.");
    }
    expect(await t.db.setting.count()).toBe(0);
  });
});

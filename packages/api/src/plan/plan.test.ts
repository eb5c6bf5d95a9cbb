import { seedPlanVanAanpak } from "@kk/db/seed";
import { createTestMunicipality } from "@kk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { formatEuroCents, parseEuroAmount, updatePlanActivityInput } from "./schemas.ts";
import { failure } from "../testing/trpc-errors.ts";

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("plan");
  await createTestMunicipality(t.db, "GM0642", "Zwijndrecht");
  await seedPlanVanAanpak(t.db);
});
afterAll(async () => {
  await t?.drop();
});

async function activity(key: string) {
  return t.db.planActivity.findFirstOrThrow({ where: { key }, include: { budgets: true } });
}

describe("euro amounts", () => {
  it("reads Dutch notation and formats whole euros without cents", () => {
    expect(parseEuroAmount("12.850")).toBe(1_285_000);
    expect(parseEuroAmount("€ 12850")).toBe(1_285_000);
    expect(parseEuroAmount("12.850,5")).toBe(1_285_050);
    expect(parseEuroAmount("")).toBeNull();
    expect(parseEuroAmount("12.5")).toBeUndefined();
    expect(parseEuroAmount("-3")).toBeUndefined();
    expect(formatEuroCents(2_800_000).replace(/\s/g, " ")).toBe("€ 28.000");
    expect(formatEuroCents(10_500_000).replace(/\s/g, " ")).toBe("€ 105.000");
    expect(formatEuroCents(1_285_050).replace(/\s/g, " ")).toBe("€ 12.850,50");
  });
});

describe("plan.progress", () => {
  it("gives the plan's totals per year (€ 13.500 in 2017, € 105.000 in 2018) and per theme", async () => {
    const progress = await t.callerFor(t.users.RAAD).plan.progress();
    expect(progress.years).toEqual([2017, 2018]);
    expect(progress.totals.map((x) => [x.year, x.budgetedCents])).toEqual([
      [2017, 1_350_000],
      [2018, 10_500_000],
    ]);
    expect(progress.themes.map((x) => x.theme)).toEqual([null, "PREVENTIE", "SIGNALEREN_EN_HANDELEN", "SAMENWERKEN", "INFORMATIE_DELEN_EN_PRIVACY"]);
    const preventie = progress.themes.find((x) => x.theme === "PREVENTIE");
    expect(preventie?.totals.find((x) => x.year === 2018)).toMatchObject({ budgetedCents: 3_500_000, lines: 2 });
    const privacy = progress.themes.find((x) => x.theme === "INFORMATIE_DELEN_EN_PRIVACY");
    expect(privacy?.totals.every((x) => x.lines === 0 && x.budgetedCents === 0)).toBe(true);
    const sum = progress.themes.reduce((s, x) => s + (x.totals.find((y) => y.year === 2018)?.budgetedCents ?? 0), 0);
    expect(sum).toBe(10_500_000);
  });

  it("leaves a total's spend unknown when one line's spend is unknown, never counting it as 0", async () => {
    const prezorg = await activity("prezorg");
    await t.db.planBudget.update({ where: { activityId_year: { activityId: prezorg.id, year: 2018 } }, data: { spentCents: null } });
    const progress = await t.callerFor(t.users.COORDINATOR).plan.progress();
    const preventie = progress.themes.find((x) => x.theme === "PREVENTIE");
    expect(preventie?.totals.find((x) => x.year === 2018)?.spentCents).toBeNull();
    expect(progress.totals.find((x) => x.year === 2018)?.spentCents).toBeNull();
    expect(progress.totals.find((x) => x.year === 2017)?.spentCents).toBe(1_285_000);
    await t.db.planBudget.update({ where: { activityId_year: { activityId: prezorg.id, year: 2018 } }, data: { spentCents: 2_140_000 } });
  });
});

describe("plan.updateActivity", () => {
  it("saves status, owner and spend, bumps the version and audits before and after", async () => {
    const before = await activity("e-learning");
    const result = await t.callerFor(t.users.COORDINATOR).plan.updateActivity({
      id: before.id,
      version: before.version,
      status: "COMPLETED",
      owner: "  Team Jeugd  ",
      spent: [{ year: 2018, spent: "14.999,50" }],
    });
    expect(result.version).toBe(before.version + 1);
    const after = await activity("e-learning");
    expect(after).toMatchObject({ status: "COMPLETED", owner: "Team Jeugd" });
    expect(after.budgets[0]?.spentCents).toBe(1_499_950);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityType: "PlanActivity", entityId: before.id }, orderBy: { at: "desc" } });
    expect(audit.action).toBe("plan.activity.update");
    expect(audit.actorId).toBe(t.users.COORDINATOR.id);
    expect(audit.before).toMatchObject({ status: "IN_PROGRESS", version: before.version });
    expect(audit.after).toMatchObject({ status: "COMPLETED", version: before.version + 1 });
  });

  it("stores an emptied spend as not known", async () => {
    const before = await activity("anticonceptie");
    await t.callerFor(t.users.COORDINATOR).plan.updateActivity({ id: before.id, version: before.version, status: before.status, owner: before.owner, spent: [{ year: 2018, spent: "" }] });
    expect((await activity("anticonceptie")).budgets[0]?.spentCents).toBeNull();
  });

  it("refuses a stale version in Dutch and changes nothing", async () => {
    const before = await activity("keurmerk-meldcode");
    const caller = t.callerFor(t.users.COORDINATOR);
    await caller.plan.updateActivity({ id: before.id, version: before.version, status: "DELAYED", owner: before.owner, spent: [] });
    const error = await failure(caller.plan.updateActivity({ id: before.id, version: before.version, status: "CANCELLED", owner: "Iemand anders", spent: [] }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/Iemand anders heeft dit gegeven intussen gewijzigd/);
    expect(await activity("keurmerk-meldcode")).toMatchObject({ status: "DELAYED", owner: before.owner, version: before.version + 1 });
    expect(await t.db.auditEvent.count({ where: { entityId: before.id } })).toBe(1);
  });

  it("refuses an invalid amount, an unknown status and a year without budget, with Dutch field errors", async () => {
    const parsed = updatePlanActivityInput.safeParse({ id: "x", version: 1, status: "KLAAR", spent: [{ year: 2018, spent: "twaalf" }] });
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(paths).toEqual(expect.arrayContaining(["status", "spent.0.spent"]));
    expect(parsed.error?.issues.find((i) => i.path.join(".") === "spent.0.spent")?.message).toMatch(/Vul een bedrag in euro's in/);

    const before = await activity("sociale-kaart");
    const error = await failure(
      t.callerFor(t.users.COORDINATOR).plan.updateActivity({ id: before.id, version: before.version, status: "COMPLETED", owner: "", spent: [{ year: 2018, spent: "100" }] }),
    );
    expect(error.code).toBe("CONFLICT");
    expect((error.cause as { fieldErrors?: Record<string, string[]> }).fieldErrors).toEqual({ "spent.0.spent": ["De activiteit heeft geen budget in 2018."] });
    expect((await activity("sociale-kaart")).version).toBe(before.version);
  });

  it("is the coordinator's only: the council reads the plan but cannot change it", async () => {
    const before = await activity("prezorg");
    const error = await failure(t.callerFor(t.users.RAAD).plan.updateActivity({ id: before.id, version: before.version, status: "CANCELLED", owner: "", spent: [] }));
    expect(error.code).toBe("FORBIDDEN");
    expect((await t.callerFor(t.users.RAAD).plan.progress()).themes.length).toBe(5);
  });
});

import type { SessionUser } from "@kk/auth/roles";
import { seedDemoRegionPlans, seedVtFigures } from "@kk/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiTestDatabase, createApiTestDatabase } from "../testing/test-context.ts";
import { failure } from "../testing/trpc-errors.ts";

/*
 * Issue 18: figures, populations, targets, the plan van aanpak, the dashboards and the council view
 * are per municipality. On the demo region (Zwijndrecht, Dordrecht, Papendrecht) every procedure of
 * those areas reads and writes only within the caller's municipality; another municipality's record
 * is NOT_FOUND (never FORBIDDEN). The regional coordinator reads every municipality of the region,
 * never writes.
 */

let t: ApiTestDatabase;
const user = (role: SessionUser["role"], municipalityCode: string | null, name: string): SessionUser => ({
  id: `user-${name}`,
  email: `${name}@test.example`,
  name,
  role,
  organisationId: null,
  municipalityCode,
});
const zwijndrecht = { coordinator: user("COORDINATOR", "GM0642", "coordinator-zwijndrecht"), raad: user("RAAD", "GM0642", "raad-zwijndrecht") };
const dordrecht = { coordinator: user("COORDINATOR", "GM0505", "coordinator-dordrecht"), raad: user("RAAD", "GM0505", "raad-dordrecht") };
const regio = user("REGIO_COORDINATOR", null, "regio");

beforeAll(async () => {
  t = await createApiTestDatabase("figure_scope");
  await seedVtFigures(t.db);
  await seedDemoRegionPlans(t.db);
  for (const u of [zwijndrecht.coordinator, zwijndrecht.raad, dordrecht.coordinator, dordrecht.raad, regio]) {
    await t.db.user.create({ data: { id: u.id, email: u.email, name: u.name, role: u.role, municipalityCode: u.municipalityCode } });
  }
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

async function areaId(code: string): Promise<string> {
  return (await t.db.area.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}

describe("figures per municipality (issue 18)", () => {
  it("shows each coordinator and council member their own municipality's dashboard, council view and plan", async () => {
    for (const [people, name] of [
      [zwijndrecht, "Zwijndrecht"],
      [dordrecht, "Dordrecht"],
    ] as const) {
      const dashboard = await t.callerFor(people.coordinator).dashboard.overview({});
      expect(dashboard.available && dashboard.scope.name).toBe(name);
      expect(dashboard.available && dashboard.municipalities.map((m) => m.name)).toEqual([name]);
      expect(dashboard.available && dashboard.target?.description).toContain(name);
      const council = await t.callerFor(people.raad).council.overview({});
      expect(council.available && council.scope.name).toBe(name);
      const plan = await t.callerFor(people.raad).plan.progress();
      expect(plan.municipality?.name).toBe(name);
      const ids = plan.themes.flatMap((theme) => theme.activities.map((a) => a.id));
      const owners = await t.db.planActivity.findMany({ where: { id: { in: ids } }, select: { municipalityCode: true } });
      expect(new Set(owners.map((o) => o.municipalityCode))).toEqual(new Set([people.coordinator.municipalityCode]));
    }
  });

  it("answers another municipality's code, delivery, area, target or activity with NOT_FOUND, never FORBIDDEN", async () => {
    const z = t.callerFor(zwijndrecht.coordinator);
    expect((await failure(z.dashboard.overview({ municipalityCode: "GM0505" }))).code).toBe("NOT_FOUND");
    expect((await failure(t.callerFor(zwijndrecht.raad).council.overview({ municipalityCode: "GM0505" }))).code).toBe("NOT_FOUND");
    expect((await failure(t.callerFor(zwijndrecht.raad).plan.progress({ municipalityCode: "GM0505" }))).code).toBe("NOT_FOUND");

    const dordrechtDelivery = await t.db.figureDelivery.findFirstOrThrow({ where: { municipalityCode: "GM0505" }, select: { id: true } });
    expect((await failure(z.figureEntry.delivery({ id: dordrechtDelivery.id }))).code).toBe("NOT_FOUND");
    const dordrechtArea = await areaId("GM0505");
    expect((await failure(z.figureEntry.deliveries({ period: "2016", scopeAreaId: dordrechtArea }))).code).toBe("NOT_FOUND");
    expect((await failure(z.figureEntry.form({ scopeAreaId: dordrechtArea }))).code).toBe("NOT_FOUND");
    expect((await failure(z.figureEntry.populations({ scopeAreaId: dordrechtArea }))).code).toBe("NOT_FOUND");
    const populationsBefore = await t.db.areaPopulation.findMany({ where: { areaId: dordrechtArea }, orderBy: { year: "asc" } });
    expect((await failure(z.figureEntry.setPopulation({ areaId: dordrechtArea, year: 2018, children0to17: 1, source: "test" }))).code).toBe("NOT_FOUND");
    expect(await t.db.areaPopulation.findMany({ where: { areaId: dordrechtArea }, orderBy: { year: "asc" } })).toEqual(populationsBefore);
    const deliveriesBefore = await t.db.figureDelivery.count();
    const save = await failure(
      z.figureEntry.save({ scopeAreaId: dordrechtArea, year: "2019", half: "", source: "Veilig Thuis", deliveredAt: "2020-01-15", provisional: false, note: "", confirmNewVersion: false, cells: [{ areaId: dordrechtArea, measure: "REPORTS", value: "120" }] }),
    );
    expect(save.code).toBe("NOT_FOUND");
    expect(await t.db.figureDelivery.count()).toBe(deliveriesBefore);

    const dordrechtTarget = await t.db.target.findFirstOrThrow({ where: { municipalityCode: "GM0505" }, select: { id: true } });
    const withTarget = await z.dashboard.overview({ targetId: dordrechtTarget.id });
    expect(withTarget.available).toBe(false);

    const dordrechtActivity = await t.db.planActivity.findFirstOrThrow({ where: { municipalityCode: "GM0505", key: "prezorg" } });
    const update = await failure(z.plan.updateActivity({ id: dordrechtActivity.id, version: dordrechtActivity.version, status: "CANCELLED", owner: "Iemand", spent: [] }));
    expect(update.code).toBe("NOT_FOUND");
    expect((await t.db.planActivity.findUniqueOrThrow({ where: { id: dordrechtActivity.id } })).status).toBe(dordrechtActivity.status);
  });

  it("lists only the caller's own scopes in Cijfers beheren", async () => {
    const overview = await t.callerFor(dordrecht.coordinator).figureEntry.overview();
    expect(overview.scopes.map((s) => s.scope.code)).toEqual(["GM0505"]);
  });

  it("lets the regional coordinator pick any municipality of the region (default the first by name), read-only", async () => {
    const regional = t.callerFor(regio);
    const first = await regional.dashboard.overview({});
    expect(first.available && [first.scope.name, first.municipalities.map((m) => m.name)]).toEqual(["Dordrecht", ["Dordrecht", "Papendrecht", "Zwijndrecht"]]);
    const papendrecht = await regional.dashboard.overview({ municipalityCode: "GM0590" });
    expect(papendrecht.available && papendrecht.scope.name).toBe("Papendrecht");
    const council = await regional.council.overview({ municipalityCode: "GM0642" });
    expect(council.available && council.scope.name).toBe("Zwijndrecht");
    expect((await regional.plan.progress({ municipalityCode: "GM0590" })).municipality?.name).toBe("Papendrecht");
    expect((await failure(regional.dashboard.overview({ municipalityCode: "GM9999" }))).code).toBe("NOT_FOUND");
    const activity = await t.db.planActivity.findFirstOrThrow({ where: { municipalityCode: "GM0590" } });
    expect((await failure(regional.plan.updateActivity({ id: activity.id, version: activity.version, status: "CANCELLED", owner: "", spent: [] }))).code).toBe("FORBIDDEN");
    expect((await failure(regional.figureEntry.setPopulation({ areaId: await areaId("GM0590"), year: 2018, children0to17: 1, source: "test" }))).code).toBe("FORBIDDEN");
  });
});

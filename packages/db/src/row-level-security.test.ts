import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, createScopedClients, scopeStartupOptions, type Db, type DbScope, type ScopedClients } from "./client.ts";
import { APP_ROLE, appRoleProblems, grantAppRole, roleAttributesOf } from "./migrations/app-role.ts";
import { REPO_ROOT } from "./migrations/index.ts";
import { createTestDatabase, createTestMunicipality, type TestDatabase } from "./testing/index.ts";

/*
 * Row-level security on the municipality-owned tables (issue 18, docs/adr/0024). Everything below
 * runs as the application's role `kk_app` on the real database, except the fixtures (the owner).
 */
const A = "GM0642";
const B = "GM0505";

let database: TestDatabase;
let clients: ScopedClients;
const ids = { deliveryA: "", deliveryB: "", deliveryRegion: "", activityA: "", activityB: "", wijkA: "", wijkB: "", areaA: "", areaB: "", regionArea: "", periodId: "" };

const scopes: Record<string, DbScope> = {
  none: { kind: "none" },
  [A]: { kind: "municipality", code: A },
  [B]: { kind: "municipality", code: B },
  region: { kind: "region" },
};
const as = (who: keyof typeof scopes): Db => clients.forScope(scopes[who] as DbScope);

beforeAll(async () => {
  database = await createTestDatabase(process.env.KK_TEST_SERVER_URL ?? "", "row_level_security");
  clients = createScopedClients(database.appUrl);
  const db = database.db;
  const a = await createTestMunicipality(db, A, "Zwijndrecht", { wijken: ["Noord"] });
  const b = await createTestMunicipality(db, B, "Dordrecht", { wijken: ["Centrum"] });
  const region = await db.area.findUniqueOrThrow({ where: { code: "VT-ZHZ" } });
  Object.assign(ids, { areaA: a.areaId, areaB: b.areaId, wijkA: a.wijkIds.Noord, wijkB: b.wijkIds.Centrum, regionArea: region.id });
  const period = await db.figurePeriod.create({
    data: { code: "2017", kind: "YEAR", year: 2017, label: "2017", startsOn: new Date("2017-01-01"), endsOn: new Date("2017-12-31") },
  });
  ids.periodId = period.id;
  const delivery = (scopeAreaId: string, areaId: string, value: number) =>
    db.figureDelivery.create({
      data: {
        periodId: period.id, scopeAreaId, source: "test", deliveredAt: new Date("2018-02-01"), version: 1, method: "MANUAL",
        values: { create: [{ areaId, measure: "REPORTS", value }] },
      },
    });
  ids.deliveryA = (await delivery(a.areaId, a.areaId, 11)).id;
  ids.deliveryB = (await delivery(b.areaId, b.areaId, 22)).id;
  ids.deliveryRegion = (await delivery(region.id, region.id, 33)).id;
  for (const [areaId, children] of [[a.areaId, 9000], [b.areaId, 25000]] as const) {
    await db.areaPopulation.create({ data: { areaId, year: 2017, children0to17: children } });
  }
  const activity = (municipalityCode: string, title: string) =>
    db.planActivity.create({ data: { municipalityCode, title, budgets: { create: [{ year: 2018, budgetedCents: 100 }] } } });
  ids.activityA = (await activity(A, "Activiteit A")).id;
  ids.activityB = (await activity(B, "Activiteit B")).id;
});

afterAll(async () => {
  await clients?.disconnectAll();
  await database?.drop();
});

async function visible(db: Db) {
  const [deliveries, values, populations, activities, budgets] = await Promise.all([
    db.figureDelivery.findMany({ select: { municipalityCode: true } }),
    db.figureValue.findMany({ select: { value: true } }),
    db.areaPopulation.findMany({ select: { municipalityCode: true } }),
    db.planActivity.findMany({ select: { title: true } }),
    db.planBudget.findMany({ select: { municipalityCode: true } }),
  ]);
  return {
    deliveries: deliveries.map((d) => d.municipalityCode).sort(),
    values: values.map((v) => v.value).sort(),
    populations: populations.map((p) => p.municipalityCode).sort(),
    activities: activities.map((p) => p.title).sort(),
    budgets: budgets.map((p) => p.municipalityCode).sort(),
  };
}

describe("row-level security as the application's role", () => {
  it("connects as kk_app, which is neither a superuser nor exempt from row-level security", async () => {
    const attributes = await roleAttributesOf(database.appUrl);
    expect(attributes).toEqual({ role: APP_ROLE, superuser: false, bypassRls: false });
    expect(appRoleProblems(attributes)).toEqual([]);
    // The owner of the embedded test server is a superuser: the production start refuses it.
    expect(appRoleProblems(await roleAttributesOf(database.url)).join(" ")).toMatch(/superuser/);
  });

  it("without a municipality setting, a query returns nothing", async () => {
    expect(await visible(as("none"))).toEqual({ deliveries: [], values: [], populations: [], activities: [], budgets: [] });
    expect(await as("none").figureValue.count()).toBe(0);
    expect(await as("none").target.count()).toBe(0);
  });

  it.each([
    [A, { deliveries: [A], values: [11], populations: [A], activities: ["Activiteit A"], budgets: [A] }],
    [B, { deliveries: [B], values: [22], populations: [B], activities: ["Activiteit B"], budgets: [B] }],
    ["region", { deliveries: [B, A, null], values: [11, 22, 33], populations: [B, A], activities: ["Activiteit A", "Activiteit B"], budgets: [B, A] }],
  ] as const)("scope %s sees exactly its own rows (the region: all, and the region-level delivery)", async (who, expected) => {
    expect(await visible(as(who))).toEqual(expected);
  });

  it("the owner (a superuser) sees everything: fixtures and migrations are not filtered", async () => {
    expect((await visible(database.db)).values).toEqual([11, 22, 33]);
  });

  it("refuses to insert into another municipality, and inserts into its own", async () => {
    const own = await as(A).figureValue.create({ data: { deliveryId: ids.deliveryA, areaId: ids.wijkA, measure: "ADVICE_REQUESTS", value: 5 } });
    expect(own.municipalityCode).toBe(A);
    // The trigger cannot even read B's delivery from A's scope: the row would have no municipality, which A may not write.
    await expect(as(A).figureValue.create({ data: { deliveryId: ids.deliveryB, areaId: ids.wijkB, measure: "ADVICE_REQUESTS", value: 5 } })).rejects.toThrow(/row-level security|violates/i);
    await expect(as(A).figureDelivery.create({ data: { periodId: ids.periodId, scopeAreaId: ids.areaB, source: "x", deliveredAt: new Date("2018-02-01"), version: 2, method: "MANUAL" } })).rejects.toThrow(/row-level security|violates/i);
    await expect(as(A).areaPopulation.create({ data: { areaId: ids.wijkB, year: 2017, children0to17: 1 } })).rejects.toThrow(/row-level security|violates/i);
    await expect(as(A).planActivity.create({ data: { municipalityCode: B, title: "Ingeschoven" } })).rejects.toThrow(/row-level security|violates/i);
    await expect(as("none").planActivity.create({ data: { municipalityCode: A, title: "Zonder scope" } })).rejects.toThrow(/row-level security|violates/i);
    await expect(as("none").figureDelivery.create({ data: { periodId: ids.periodId, scopeAreaId: ids.areaA, source: "x", deliveredAt: new Date("2018-02-01"), version: 3, method: "MANUAL" } })).rejects.toThrow(/row-level security|violates/i);
    await as(A).figureValue.delete({ where: { id: own.id } });
  });

  it("cannot update, move or delete another municipality's rows", async () => {
    expect((await as(A).planActivity.updateMany({ where: { id: ids.activityB }, data: { title: "Overschreven" } })).count).toBe(0);
    expect((await as(A).figureValue.updateMany({ where: { deliveryId: ids.deliveryB }, data: { value: 0 } })).count).toBe(0);
    expect((await as(A).planBudget.deleteMany({ where: { activityId: ids.activityB } })).count).toBe(0);
    expect((await as("none").figureDelivery.deleteMany({})).count).toBe(0);
    // Moving an own row into another municipality fails the WITH CHECK.
    await expect(as(A).planActivity.update({ where: { id: ids.activityA }, data: { municipalityCode: B } })).rejects.toThrow(/row-level security|violates/i);
    await expect(as(A).figureDelivery.update({ where: { id: ids.deliveryA }, data: { scopeAreaId: ids.areaB } })).rejects.toThrow(/row-level security|violates/i);
    const untouched = await visible(database.db);
    expect(untouched.values).toEqual([11, 22, 33]);
    expect(untouched.activities).toEqual(["Activiteit A", "Activiteit B"]);
  });

  it("keeps interactive transactions inside the scope (the setting is on the connection, not per query)", async () => {
    const titles = await as(A).$transaction(async (tx) => {
      await tx.planActivity.update({ where: { id: ids.activityA }, data: { owner: "Team A" } });
      return (await tx.planActivity.findMany({ select: { title: true } })).map((p) => p.title);
    });
    expect(titles).toEqual(["Activiteit A"]);
  });

  it("a scoped pool's queries cannot read or change the setting through the Prisma API; only raw SQL could (documented)", async () => {
    // What the connection starts with, for every connection of the pool.
    const settings = await as(A).$queryRaw<Array<{ m: string | null; s: string | null }>>`select current_setting('kk.municipality', true) as m, current_setting('kk.scope', true) as s`;
    expect(settings).toEqual([{ m: A, s: null }]);
    // RESET returns to the connection's start value, not to "no scope".
    const afterReset = await as(A).$transaction(async (tx) => {
      await tx.$executeRawUnsafe("RESET kk.municipality");
      return tx.$queryRaw<Array<{ m: string }>>`select current_setting('kk.municipality', true) as m`;
    });
    expect(afterReset).toEqual([{ m: A }]);
    // A SET LOCAL inside a transaction ends with it: the pool's next user is back in its own scope.
    await as(A).$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL kk.municipality = 'GM0505'");
      expect((await tx.planActivity.findMany({ select: { title: true } })).map((p) => p.title)).toEqual(["Activiteit B"]);
    });
    expect((await as(A).planActivity.findMany({ select: { title: true } })).map((p) => p.title)).toEqual(["Activiteit A"]);
  });

  it("only a gemeentecode goes into the startup option", () => {
    expect(scopeStartupOptions({ kind: "municipality", code: "GM0642" })).toBe("-c kk.municipality=GM0642");
    expect(scopeStartupOptions({ kind: "region" })).toBe("-c kk.scope=region");
    expect(scopeStartupOptions({ kind: "none" })).toBeUndefined();
    for (const code of ["GM0642 -c kk.scope=region", "gm0642", "", "GM06421"]) {
      expect(() => scopeStartupOptions({ kind: "municipality", code })).toThrow(/gemeentecode/);
    }
  });

  it("keeps the audit log append-only for the application's role, and the migration history out of its reach", async () => {
    const client = new pg.Client({ connectionString: database.appUrl });
    await client.connect();
    try {
      for (const sql of ['UPDATE "AuditEvent" SET action = action', 'DELETE FROM "AuditEvent"', 'TRUNCATE "AuditEvent"', 'SELECT * FROM "_prisma_migrations"', 'ALTER TABLE "FigureValue" DISABLE ROW LEVEL SECURITY', 'DROP POLICY kk_municipality_isolation ON "FigureValue"']) {
        await expect(client.query(sql), sql).rejects.toMatchObject({ code: expect.stringMatching(/^42501$|^42P01$/) });
      }
    } finally {
      await client.end();
    }
  });

  it("a new client with the same scope on a fresh pool starts scoped too", async () => {
    const fresh = createPrismaClient(database.appUrl, { scope: { kind: "municipality", code: B }, max: 1 });
    try {
      expect((await fresh.figureValue.findMany({ select: { value: true } })).map((v) => v.value)).toEqual([22]);
    } finally {
      await fresh.$disconnect();
    }
  });

  it("no application code sets the scope itself: only the scoped clients' startup option does", () => {
    // What RLS cannot stop is SQL that changes the setting on a scoped connection; keep it out of the code.
    const allowed = new Set(["packages/db/src/client.ts", "packages/db/src/row-level-security.test.ts", "scripts/bench-scoped-pools.ts"]);
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (["node_modules", "generated", ".next", ".data"].includes(entry.name) || entry.name.startsWith(".next")) continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(ts|tsx|mjs|js)$/.test(entry.name)) {
          const relative = path.relative(REPO_ROOT, full).split(path.sep).join("/");
          if (!allowed.has(relative) && /kk\.(municipality|scope)|set_config|\bSET\s+(LOCAL|SESSION)\b|RESET\s+ALL/i.test(readFileSync(full, "utf8"))) found.push(relative);
        }
      }
    };
    for (const root of ["apps/web/src", "packages", "scripts", "e2e"]) walk(path.join(REPO_ROOT, root));
    expect(found).toEqual([]);
  });

  it("opens a pgboss schema the owner created before issue 18 to the app role (a development database from before)", async () => {
    const owner = new pg.Client({ connectionString: database.url });
    await owner.connect();
    const app = new pg.Client({ connectionString: database.appUrl });
    await app.connect();
    try {
      await owner.query("CREATE SCHEMA pgboss; CREATE TABLE pgboss.version (version int); INSERT INTO pgboss.version VALUES (24)");
      await expect(app.query("SELECT version FROM pgboss.version")).rejects.toMatchObject({ code: "42501" });
      await grantAppRole(database.url);
      expect((await app.query("SELECT version FROM pgboss.version")).rows).toEqual([{ version: 24 }]);
      await app.query("UPDATE pgboss.version SET version = 25");
    } finally {
      await owner.query("DROP SCHEMA IF EXISTS pgboss CASCADE");
      await app.end();
      await owner.end();
    }
  });
});

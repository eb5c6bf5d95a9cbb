// `node --import tsx scripts/bench-scoped-pools.ts`: the cost of one Prisma pool per municipality
// scope (docs/adr/0024): the first query on a new pool (connect + startup option) against a warm one,
// and the alternative (a transaction per query that sets the scope with set_config).
import { createPrismaClient, type Db } from "@kk/db";
import { ensureAppRole } from "@kk/db/migrations";
import { seedVtFigures } from "@kk/db/seed";
import { createTestDatabase, prepareTemplate, startTestPostgres, dropTemplate } from "@kk/db/testing";

const server = await startTestPostgres();
process.env.KK_TEST_RUN_ID = `bench${process.pid}`;
await prepareTemplate(server.serverUrl);
const database = await createTestDatabase(server.serverUrl, "bench_scoped_pools");
await seedVtFigures(database.db);
const appUrl = await ensureAppRole(database.url);

const ms = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const query = (db: Db) => db.figureValue.count();

const firsts: number[] = [];
const warms: number[] = [];
const clients: Db[] = [];
for (let i = 0; i < 20; i += 1) {
  const client = createPrismaClient(appUrl, { scope: { kind: "municipality", code: `GM${String(600 + i).padStart(4, "0")}` }, max: 4, idleTimeoutMillis: 30_000 });
  clients.push(client);
  firsts.push(await ms(() => query(client)));
  for (let j = 0; j < 20; j += 1) warms.push(await ms(() => query(client)));
}
const zwijndrecht = createPrismaClient(appUrl, { scope: { kind: "municipality", code: "GM0642" } });
const visible = await query(zwijndrecht);
const unscoped = createPrismaClient(appUrl);
await query(unscoped);
const perQueryTx: number[] = [];
for (let j = 0; j < 200; j += 1) {
  perQueryTx.push(await ms(() => unscoped.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('kk.municipality', 'GM0642', true)`;
    return tx.figureValue.count();
  })));
}
const warmUnscoped: number[] = [];
for (let j = 0; j < 200; j += 1) warmUnscoped.push(await ms(() => query(unscoped)));
console.log(JSON.stringify({
  valuesVisibleToZwijndrecht: visible,
  firstQueryOnNewScopedPoolMs: { median: median(firsts), max: Math.max(...firsts) },
  warmScopedQueryMs: { median: median(warms) },
  warmUnscopedQueryMs: { median: median(warmUnscoped) },
  perQueryTransactionWithSetConfigMs: { median: median(perQueryTx) },
}, null, 2));
await Promise.all([...clients, zwijndrecht, unscoped].map((c) => c.$disconnect()));
await database.drop();
await dropTemplate(server.serverUrl);
await server.stop();

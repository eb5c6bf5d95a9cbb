import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPrismaClient, type Db } from "../client.ts";
import { dropDatabaseOn, ensureDatabaseOn, findFreePort, quoteIdentifier, startEmbeddedPostgres } from "../embedded-postgres.ts";
import { APP_ROLE, EMBEDDED_APP_ROLE_PASSWORD, ensureAppRole, urlAs } from "../migrations/app-role.ts";
import { applyMigrations } from "../migrations/index.ts";

/*
 * Test databases. A run uses the server of DATABASE_URL when set, else its own throw-away embedded
 * server (never the dev data in .data/). Every test file gets a fresh database: the first one per
 * server is migrated into a template, the rest are copied from it (CREATE DATABASE … TEMPLATE),
 * which is much faster than applying the migrations again.
 */

export interface TestServer {
  serverUrl: string;
  stop(): Promise<void>;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export async function startTestPostgres(): Promise<TestServer> {
  if (process.env.DATABASE_URL) {
    return { serverUrl: withDatabase(process.env.DATABASE_URL, "postgres"), stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.join(os.tmpdir(), `kk-test-pg-${process.pid}-${randomBytes(4).toString("hex")}`),
    port: await findFreePort(),
    ephemeral: true,
    removeOnStop: true,
  });
  return { serverUrl: server.serverUrl, stop: () => server.stop() };
}

const templateName = (): string => `kk_test_template_${process.env.KK_TEST_RUN_ID ?? "local"}`;

async function withClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates and migrates the template for this run (once; the global setup calls it). */
export async function prepareTemplate(serverUrl: string): Promise<void> {
  await dropDatabaseOn(serverUrl, templateName());
  await ensureDatabaseOn(serverUrl, templateName());
  await applyMigrations(withDatabase(serverUrl, templateName()));
  // The application's role (docs/adr/0024): its grants are copied with the template.
  await ensureAppRole(withDatabase(serverUrl, templateName()));
}

export async function dropTemplate(serverUrl: string): Promise<void> {
  await dropDatabaseOn(serverUrl, templateName());
}

export interface TestDatabase {
  /** The owner's URL (a superuser: row-level security does not apply). */
  url: string;
  /** The same database as the application's role `kk_app`, subject to row-level security. */
  appUrl: string;
  /** The owner's client, for fixtures. */
  db: Db;
  drop(): Promise<void>;
}

/** A fresh, fully migrated database named after `label`, with a Prisma client on it. */
export async function createTestDatabase(serverUrl: string, label: string): Promise<TestDatabase> {
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, "_").slice(0, 30);
  const name = `kk_test_${slug}_${randomBytes(4).toString("hex")}`;
  await withClient(serverUrl, async (c) => {
    await c.query(`create database ${quoteIdentifier(name)} template ${quoteIdentifier(templateName())}`);
    // Table grants come with the template; a database's own privileges do not (pg-boss's schema, docs/adr/0024).
    await c.query(`grant create on database ${quoteIdentifier(name)} to ${quoteIdentifier(APP_ROLE)}`);
  });
  const url = withDatabase(serverUrl, name);
  const db = createPrismaClient(url);
  return {
    url,
    appUrl: urlAs(url, APP_ROLE, EMBEDDED_APP_ROLE_PASSWORD),
    db,
    drop: async () => {
      await db.$disconnect();
      await dropDatabaseOn(serverUrl, name);
    },
  };
}

/**
 * A municipality for a test (issue 18): its Area (kind MUNICIPALITY, under the Veilig Thuis region
 * `regionCode`, created when missing) and its Municipality row, plus the named wijken. Returns the
 * municipality's code and area id and the wijken's ids by name.
 */
export async function createTestMunicipality(
  db: Db,
  code: string,
  name: string,
  options: { regionCode?: string; wijken?: readonly string[] } = {},
): Promise<{ code: string; areaId: string; wijkIds: Record<string, string> }> {
  const regionCode = options.regionCode ?? "VT-ZHZ";
  const region =
    (await db.area.findUnique({ where: { code: regionCode }, select: { id: true } })) ??
    (await db.area.create({ data: { code: regionCode, name: `Veilig Thuis ${regionCode}`, kind: "VT_REGION" }, select: { id: true } }));
  const area = await db.area.create({ data: { code, name, kind: "MUNICIPALITY", parentId: region.id }, select: { id: true } });
  await db.municipality.create({ data: { code, name, areaId: area.id } });
  const wijkIds: Record<string, string> = {};
  for (const [index, wijk] of (options.wijken ?? []).entries()) {
    const row = await db.area.create({ data: { code: `WK${code.slice(2)}${String(index + 1).padStart(2, "0")}`, name: wijk, kind: "WIJK", parentId: area.id }, select: { id: true } });
    wijkIds[wijk] = row.id;
  }
  return { code, areaId: area.id, wijkIds };
}

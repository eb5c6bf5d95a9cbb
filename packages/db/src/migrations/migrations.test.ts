import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dropDatabaseOn, ensureDatabaseOn } from "../embedded-postgres.ts";
import { withDatabase } from "../testing/index.ts";
import { applyMigrations, diffMigrationsToSchema, readMigrations } from "./index.ts";

const serverUrl = process.env.KK_TEST_SERVER_URL ?? "";

describe("migration runner", () => {
  const name = `kk_test_runner_${process.pid}`;
  const url = withDatabase(serverUrl, name);
  beforeAll(() => ensureDatabaseOn(serverUrl, name));
  afterAll(() => dropDatabaseOn(serverUrl, name));

  it("applies every migration once, recording them as the Prisma CLI does", async () => {
    const { migrationDirectories } = await readMigrations();
    expect(migrationDirectories.length).toBeGreaterThan(0);
    const first = await applyMigrations(url);
    expect(first).toHaveLength(migrationDirectories.length);
    expect(await applyMigrations(url)).toEqual([]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const rows = await client.query<{ migration_name: string; finished_at: Date | null }>("select migration_name, finished_at from _prisma_migrations order by migration_name");
      expect(rows.rows.map((r) => r.migration_name)).toEqual(first);
      expect(rows.rows.every((r) => r.finished_at !== null)).toBe(true);
    } finally {
      await client.end();
    }
  });

  it("finds no drift between schema.prisma and the migrations", async () => {
    const scratch = `${name}_scratch`;
    await ensureDatabaseOn(serverUrl, scratch);
    try {
      expect(await diffMigrationsToSchema(withDatabase(serverUrl, scratch))).toBeNull();
    } finally {
      await dropDatabaseOn(serverUrl, scratch);
    }
  });
});

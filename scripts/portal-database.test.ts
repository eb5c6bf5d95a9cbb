import { createTestDatabase, type TestDatabase } from "@kk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRoleCheck } from "./portal-database.ts";

/*
 * Issue 18 (docs/adr/0024): `npm start` refuses a DATABASE_URL whose role escapes row-level
 * security, as it refuses weak secrets (portal-plan.ts); `npm run dev` only warns.
 */
describe("the production start and the database role", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(process.env.KK_TEST_SERVER_URL ?? "", "portal_role_check");
  });
  afterAll(() => database.drop());

  it("refuses to start as a superuser (the embedded server's owner), and only warns in development", async () => {
    const start = await appRoleCheck("start", database.url);
    expect(start.refuse).toBe(true);
    expect(start.problems.join(" ")).toMatch(/superuser: row-level security does not apply/);
    expect(await appRoleCheck("dev", database.url)).toMatchObject({ refuse: false, problems: start.problems });
  });

  it("refuses a role with BYPASSRLS", async () => {
    const { default: pg } = await import("pg");
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    const role = `kk_bypass_${process.pid}`;
    try {
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER BYPASSRLS PASSWORD 'bypass'`);
      const url = new URL(database.url);
      url.username = role;
      url.password = "bypass";
      const check = await appRoleCheck("start", url.toString());
      expect(check).toEqual({ refuse: true, problems: [expect.stringMatching(/BYPASSRLS/)] });
    } finally {
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    }
  });

  it("starts as the application role kk_app", async () => {
    expect(await appRoleCheck("start", database.appUrl)).toEqual({ refuse: false, problems: [] });
  });
});

import pg from "pg";
import { quoteIdentifier } from "../embedded-postgres.ts";

/*
 * The application's database role (issue 18, docs/adr/0024-row-level-security.md). Row-level
 * security only holds for a role that is not a superuser and has no BYPASSRLS, so the portal does
 * not connect as the owner of the tables: migrations and the seed run as the owner, the web server
 * and the jobs as this role. On the embedded development and test servers we create it ourselves;
 * in production the operator creates it and runs the grants below (docs/operations.md, "Database roles").
 */

export const APP_ROLE = "kk_app";
/** Password of the app role on the embedded servers only (they listen on 127.0.0.1 alone). */
export const EMBEDDED_APP_ROLE_PASSWORD = "kk_app_local_only";

/**
 * The privileges of the app role in the database of `ownerUrl`: read and write every table except
 * the migration history, and only read and append to the audit log (ADR 0016: it is append-only by
 * triggers too). Tables and sequences created later by the owner get the same by default privileges.
 * CREATE on the database lets pg-boss keep its own `pgboss` schema (docs/adr/0009).
 */
export function appRoleGrants(role: string, database: string): string[] {
  const r = quoteIdentifier(role);
  return [
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${r}`,
    `REVOKE ALL ON TABLE "_prisma_migrations" FROM ${r}`,
    `REVOKE UPDATE, DELETE, TRUNCATE ON TABLE "AuditEvent" FROM ${r}`,
    `GRANT CREATE ON DATABASE ${quoteIdentifier(database)} TO ${r}`,
  ];
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs the grants of `appRoleGrants` (and opens an existing pgboss schema to the role). */
export async function grantAppRole(ownerUrl: string, role = APP_ROLE): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const database = (await client.query<{ db: string }>("select current_database() as db")).rows[0]?.db ?? "";
    for (const statement of appRoleGrants(role, database)) await client.query(statement);
    // A database that ran the jobs as the owner before issue 18 has a pgboss schema the owner owns.
    const pgboss = await client.query("select 1 from pg_namespace where nspname = 'pgboss' and nspowner <> (select oid from pg_roles where rolname = $1)", [role]);
    if (pgboss.rowCount) {
      const r = quoteIdentifier(role);
      await client.query(`GRANT USAGE, CREATE ON SCHEMA pgboss TO ${r}`);
      await client.query(`GRANT ALL ON ALL TABLES IN SCHEMA pgboss TO ${r}`);
      await client.query(`GRANT ALL ON ALL SEQUENCES IN SCHEMA pgboss TO ${r}`);
    }
  });
}

/**
 * Creates the app role on a server we run ourselves (embedded dev/test/e2e), idempotently, with
 * exactly the attributes row-level security needs, and grants it its privileges in the database of
 * `ownerUrl` (a superuser's URL). Returns the URL the application connects with.
 */
export async function ensureAppRole(ownerUrl: string, options: { role?: string; password?: string } = {}): Promise<string> {
  const role = options.role ?? APP_ROLE;
  const password = options.password ?? EMBEDDED_APP_ROLE_PASSWORD;
  await withClient(ownerUrl, async (client) => {
    const attributes = `LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD ${client.escapeLiteral(password)}`;
    const exists = await client.query("select 1 from pg_roles where rolname = $1", [role]);
    if (!exists.rowCount) {
      try {
        await client.query(`CREATE ROLE ${quoteIdentifier(role)} ${attributes}`);
      } catch (error) {
        // 42710 duplicate_object: created concurrently by another process on the same server.
        if ((error as { code?: string }).code !== "42710") throw error;
      }
    }
    await client.query(`ALTER ROLE ${quoteIdentifier(role)} ${attributes}`);
  });
  await grantAppRole(ownerUrl, role);
  return urlAs(ownerUrl, role, password);
}

/** `url` with another user and password. */
export function urlAs(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

export interface RoleAttributes {
  role: string;
  superuser: boolean;
  bypassRls: boolean;
}

/** Who `url` connects as, and whether that role escapes row-level security. */
export async function roleAttributesOf(url: string): Promise<RoleAttributes> {
  return withClient(url, async (client) => {
    const row = (await client.query<{ role: string; superuser: boolean; bypass: boolean }>(
      "select rolname as role, rolsuper as superuser, rolbypassrls as bypass from pg_roles where rolname = current_user",
    )).rows[0];
    return { role: row?.role ?? "", superuser: row?.superuser ?? false, bypassRls: row?.bypass ?? false };
  });
}

/** Why a role must not serve the portal in production; empty when it may. */
export function appRoleProblems(attributes: RoleAttributes): string[] {
  const problems: string[] = [];
  if (attributes.superuser) {
    problems.push(`DATABASE_URL connects as "${attributes.role}", a superuser: row-level security does not apply to it. Connect the portal as the application role (docs/operations.md, "Database roles").`);
  }
  if (attributes.bypassRls) {
    problems.push(`DATABASE_URL connects as "${attributes.role}", which has BYPASSRLS: row-level security does not apply to it. Connect the portal as the application role (docs/operations.md, "Database roles").`);
  }
  return problems;
}

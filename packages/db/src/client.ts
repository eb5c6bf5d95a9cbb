import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "./generated/prisma/client.ts";

export type Db = PrismaClient;
/** The client handed to a `$transaction(async (tx) => ...)` callback. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/**
 * Whose municipality-owned rows a connection may see and write (issue 18, docs/adr/0024): one
 * municipality (its CBS gemeentecode), the whole region, or none. The same shape as
 * `municipalityScopeOf(user)` in @kk/auth/policy, which decides it for a user.
 */
export type DbScope = { kind: "municipality"; code: string } | { kind: "region" } | { kind: "none" };

export interface PrismaClientOptions {
  /** Row-level security scope every connection of the pool starts with; default none. */
  scope?: DbScope;
  /** Pool size (pg's default is 10). */
  max?: number;
  /** Close a connection idle this long (ms). */
  idleTimeoutMillis?: number;
}

const GEMEENTECODE = /^GM\d{4}$/;

/**
 * The libpq startup option that sets the row-level security settings for the whole session, so no
 * per-query SET or transaction is needed and interactive transactions keep working.
 */
export function scopeStartupOptions(scope: DbScope): string | undefined {
  if (scope.kind === "none") return undefined;
  if (scope.kind === "region") return "-c kk.scope=region";
  // The code ends up in a startup packet: accept nothing but a gemeentecode.
  if (!GEMEENTECODE.test(scope.code)) throw new Error(`Not a CBS gemeentecode: ${JSON.stringify(scope.code)}`);
  return `-c kk.municipality=${scope.code}`;
}

/** The comment that marks a statement for the prepared-statement cache (`prepared()`). */
const PREPARED_MARK = "/* kk:prepared */";

/**
 * Marks a raw statement to be sent as a named prepared statement (docs/adr/0029-prepared-search-statement.md):
 * PostgreSQL parses and plans it once per connection instead of on every call. For hot statements
 * whose shapes are few (the sociale kaart search); every other query stays unnamed, so a
 * connection never collects an unbounded number of prepared statements.
 */
export function prepared(sql: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(PREPARED_MARK)} ${sql}`;
}

/** A prepared statement's name: the same text gets the same name in every connection. */
function statementName(query: { sql: string }): string | undefined {
  if (!query.sql.startsWith(PREPARED_MARK)) return undefined;
  return `kk_${createHash("sha1").update(query.sql).digest("hex").slice(0, 20)}`;
}

export function createPrismaClient(connectionString: string, options: PrismaClientOptions = {}): Db {
  const startup = scopeStartupOptions(options.scope ?? { kind: "none" });
  return new PrismaClient({
    adapter: new PrismaPg(
      {
        connectionString,
        ...(startup ? { options: startup } : {}),
        ...(options.max !== undefined ? { max: options.max } : {}),
        ...(options.idleTimeoutMillis !== undefined ? { idleTimeoutMillis: options.idleTimeoutMillis } : {}),
      },
      // Typed as always returning a name; pg sends an unnamed statement for undefined.
      { statementNameGenerator: statementName as (query: { sql: string }) => string },
    ),
  });
}

export function scopeKey(scope: DbScope): string {
  if (scope.kind === "municipality") return `municipality:${scope.code}`;
  return scope.kind;
}

/** Pool size and idle timeout of a scoped pool: small, one pool per municipality plus the region's. */
export const SCOPED_POOL = { max: 4, idleTimeoutMillis: 30_000 } as const;

/**
 * Clients per scope on one database URL, created on first use and cached. The `none` scope is the
 * unscoped client (sees no municipality-owned rows).
 */
export interface ScopedClients {
  forScope(scope: DbScope): Db;
  disconnectAll(): Promise<void>;
}

export function createScopedClients(connectionString: string, unscoped?: Db): ScopedClients {
  const clients = new Map<string, Db>();
  return {
    forScope(scope) {
      if (scope.kind === "none" && unscoped) return unscoped;
      const key = scopeKey(scope);
      let client = clients.get(key);
      if (!client) {
        client = createPrismaClient(connectionString, scope.kind === "none" ? {} : { scope, ...SCOPED_POOL });
        clients.set(key, client);
      }
      return client;
    },
    async disconnectAll() {
      const all = [...clients.values()];
      clients.clear();
      await Promise.all(all.map((client) => client.$disconnect()));
    },
  };
}

const globalForDb = globalThis as unknown as { kkDb?: Db; kkScopedDbs?: ScopedClients };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the portal with `npm run dev` (embedded database) or set DATABASE_URL.",
    );
  }
  return url;
}

/**
 * The process-wide client for DATABASE_URL, without a scope: under row-level security it sees no
 * municipality-owned rows (figures, populations, targets, the plan). Kept on globalThis so Next.js
 * hot reloads do not open a new pool on every edit.
 */
export function getDb(): Db {
  globalForDb.kkDb ??= createPrismaClient(databaseUrl());
  return globalForDb.kkDb;
}

/**
 * The process-wide client for `scope` (docs/adr/0024): the tRPC context, `serverApi()` and route
 * handlers take the one for `municipalityScopeOf(user)`; jobs that need owned data take the region's.
 */
export function getScopedDb(scope: DbScope): Db {
  globalForDb.kkScopedDbs ??= createScopedClients(databaseUrl(), getDb());
  return globalForDb.kkScopedDbs.forScope(scope);
}

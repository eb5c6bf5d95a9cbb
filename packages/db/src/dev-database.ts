import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";
import { ensureAppRole, grantAppRole } from "./migrations/app-role.ts";
import { REPO_ROOT } from "./migrations/index.ts";

/** The embedded development server: data in .data/postgres (git-ignored), reused between runs. */
export const DEV_DATA_DIR = path.join(REPO_ROOT, ".data", "postgres");
export const DEV_PORT = Number(process.env.KK_DEV_DB_PORT ?? 54329);
export const DEV_DATABASE = "ketenportaal";

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * As root, PostgreSQL runs as the `postgres` account, which cannot enter a checkout inside a private
 * folder such as /root. Then the data lives in /var/tmp/ketenportaal-<hash of the checkout path>.
 */
async function devDataDir(): Promise<string> {
  if (process.getuid?.() !== 0) return DEV_DATA_DIR;
  for (let dir = REPO_ROOT; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const stat = await fs.stat(dir);
    if ((stat.mode & 0o001) === 0) {
      const hash = createHash("sha256").update(REPO_ROOT).digest("hex").slice(0, 12);
      return path.join(os.platform() === "linux" ? "/var/tmp" : os.tmpdir(), `ketenportaal-${hash}`, "postgres");
    }
  }
  return DEV_DATA_DIR;
}

/** DATABASE_URL when set; otherwise the embedded development server (started if needed). */
export async function openAppDatabase(log: (message: string) => void = console.log): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => undefined };
  const dataDir = await devDataDir();
  if (dataDir !== DEV_DATA_DIR) log(`The postgres account cannot enter this checkout; database files are in ${dataDir}.`);
  const server = await startEmbeddedPostgres({ dataDir, port: DEV_PORT, log });
  await server.ensureDatabase(DEV_DATABASE);
  return { url: server.urlFor(DEV_DATABASE), embedded: true, stop: () => server.stop() };
}

/** The owner's URL: the embedded server's superuser, or MIGRATION_DATABASE_URL (else DATABASE_URL). */
export function ownerUrlOf(database: DatabaseHandle, env: NodeJS.ProcessEnv): string {
  if (database.embedded) return database.url;
  return env.MIGRATION_DATABASE_URL || database.url;
}

/**
 * After migrating: the URL the portal connects with. On the embedded server we create the
 * application role `kk_app` ourselves; on a real server the operator has created it and
 * DATABASE_URL names it, and when MIGRATION_DATABASE_URL is set we (re)grant it its privileges on
 * the tables the migrations may have added.
 */
export async function prepareAppConnection(database: DatabaseHandle, env: NodeJS.ProcessEnv): Promise<string> {
  if (database.embedded) return ensureAppRole(database.url);
  const owner = env.MIGRATION_DATABASE_URL;
  if (owner) {
    const appRole = decodeURIComponent(new URL(database.url).username);
    const ownerRole = decodeURIComponent(new URL(owner).username);
    if (appRole && appRole !== ownerRole) await grantAppRole(owner, appRole);
  }
  return database.url;
}

import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";
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

/** DATABASE_URL when set; otherwise the embedded development server (started if needed). */
export async function openAppDatabase(log: (message: string) => void = console.log): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => undefined };
  const server = await startEmbeddedPostgres({ dataDir: DEV_DATA_DIR, port: DEV_PORT, log });
  await server.ensureDatabase(DEV_DATABASE);
  return { url: server.urlFor(DEV_DATABASE), embedded: true, stop: () => server.stop() };
}

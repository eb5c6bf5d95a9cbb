import { randomBytes } from "node:crypto";
import { dropDatabaseOn, ensureDatabaseOn } from "../embedded-postgres.ts";
import { startTestPostgres, withDatabase } from "../testing/index.ts";

/** Runs `work` with the URL of an empty throw-away database, dropped afterwards. */
export async function withScratchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const server = await startTestPostgres();
  const name = `kk_scratch_${randomBytes(4).toString("hex")}`;
  try {
    await ensureDatabaseOn(server.serverUrl, name);
    return await work(withDatabase(server.serverUrl, name));
  } finally {
    await dropDatabaseOn(server.serverUrl, name);
    await server.stop();
  }
}

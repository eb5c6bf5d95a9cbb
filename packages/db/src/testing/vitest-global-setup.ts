import { randomBytes } from "node:crypto";
import { dropTemplate, prepareTemplate, startTestPostgres } from "./index.ts";

/** Vitest global setup: one PostgreSQL server and one migrated template database per run. */
export default async function setup(): Promise<() => Promise<void>> {
  process.env.KK_TEST_RUN_ID ??= randomBytes(4).toString("hex");
  const server = await startTestPostgres();
  await prepareTemplate(server.serverUrl);
  process.env.KK_TEST_SERVER_URL = server.serverUrl;
  return async () => {
    await dropTemplate(server.serverUrl).catch(() => undefined);
    await server.stop();
  };
}

import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.ts";

export type Db = PrismaClient;
/** The client handed to a `$transaction(async (tx) => ...)` callback. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createPrismaClient(connectionString: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

const globalForDb = globalThis as unknown as { kkDb?: Db };

/**
 * The process-wide client for DATABASE_URL. Kept on globalThis so Next.js hot reloads
 * do not open a new pool on every edit.
 */
export function getDb(): Db {
  if (!globalForDb.kkDb) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set. Start the portal with `npm run dev` (embedded database) or set DATABASE_URL.",
      );
    }
    globalForDb.kkDb = createPrismaClient(url);
  }
  return globalForDb.kkDb;
}

export * from "./generated/prisma/client.ts";
export { createPrismaClient, getDb } from "./client.ts";
export type { Db, Tx } from "./client.ts";
export { hashPassword, verifyPassword } from "./password.ts";

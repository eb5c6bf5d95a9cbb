export * from "./generated/prisma/client.ts";
export { createPrismaClient, createScopedClients, getDb, getScopedDb, scopeKey, scopeStartupOptions, SCOPED_POOL } from "./client.ts";
export type { Db, DbScope, PrismaClientOptions, ScopedClients, Tx } from "./client.ts";
export { hashPassword, verifyPassword } from "./password.ts";
export { verifyAuditChain } from "./audit-chain.ts";
export type { AuditChainBreak, AuditChainProblem, AuditChainReport } from "./audit-chain.ts";
export { deriveSecretBoxKey, openSecret, opensWith, sealSecret, secretBoxKeyMaterial, SecretBoxKeyError } from "./secret-box.ts";
export type { SecretBoxKey } from "./secret-box.ts";

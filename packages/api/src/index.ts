export { appRouter, createCaller, type AppRouter } from "./root.ts";
export { createTRPCContext, type TRPCContext, type ProcedureMeta } from "./trpc.ts";
export { recordAudit, type AuditEntry } from "./audit/record-audit.ts";
export type { FieldErrors } from "./field-errors.ts";
export type { DirectoryResult, DirectorySearchResult } from "./directory/search-directory.ts";

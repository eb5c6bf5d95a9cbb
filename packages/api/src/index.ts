export { appRouter, createCaller, type AppRouter } from "./root.ts";
export { createTRPCContext, type TRPCContext, type ProcedureMeta } from "./trpc.ts";
export { recordAudit, type AuditEntry } from "./audit/record-audit.ts";
export type { FieldErrors } from "./field-errors.ts";
export { directorySearchSql, searchDirectory, type DirectoryResult, type DirectorySearchResult } from "./directory/search-directory.ts";
export { sendFreshnessReminders, type FreshnessReminderRun } from "./freshness/send-freshness-reminders.ts";
export { confirmOrganisationByToken, lookUpConfirmationToken, type TokenProblem } from "./freshness/confirm-organisation-by-token.ts";
export { portalBaseUrl } from "./freshness/reminder-settings.ts";
export { exportDirectory, importTemplate, isExportFormat, publicDirectory, type ExportFile, type ExportFormat } from "./directory-export/export-directory.ts";

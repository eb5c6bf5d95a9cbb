export { appRouter, createCaller, type AppRouter } from "./root.ts";
export { createTRPCContext, type TRPCContext, type ProcedureMeta } from "./trpc.ts";
export { recordAudit, type AuditEntry } from "./audit/record-audit.ts";
export type { FieldErrors } from "./field-errors.ts";
export { countLimit, directorySearchSql, RESULT_WINDOW, searchDirectory, type DirectoryResult, type DirectorySearchResult } from "./directory/search-directory.ts";
export { correctedTsquery, getVocabulary } from "./directory/spelling.ts";
export { sendFreshnessReminders, type FreshnessReminderRun } from "./freshness/send-freshness-reminders.ts";
export { confirmOrganisationByToken, lookUpConfirmationToken, type TokenProblem } from "./freshness/confirm-organisation-by-token.ts";
export { portalBaseUrl } from "./freshness/reminder-settings.ts";
export { exportDirectory, importTemplate, isExportFormat, publicDirectory, type ExportFile, type ExportFormat } from "./directory-export/export-directory.ts";
export { loadPublicSnapshot } from "./public-site/snapshot.ts";
export { renderPublicPagePreview, type PublicPagePreviewInput } from "./public-site/preview.ts";
export { uploadAgreementDocument, FILE_FIELD as AGREEMENT_DOCUMENT_FILE_FIELD } from "./agreement-document/upload-agreement-document.ts";
export { downloadAgreementDocument, type AgreementDocumentFile } from "./agreement-document/download-agreement-document.ts";
export { FieldErrorsCause } from "./field-errors.ts";
export { sendAgreementReminders, type AgreementReminderRun } from "./agreement-reminders/send-agreement-reminders.ts";
export { expireAgreements, type ExpiryRun } from "./agreement-reminders/expire-agreements.ts";
export { sendMeetingReminders, type MeetingReminderRun } from "./meeting-jobs/send-meeting-reminders.ts";
export { reduceOldRegistrations, type RetentionRun } from "./meeting-jobs/reduce-registrations.ts";
export { calendarFeedByToken } from "./meeting-calendar/calendar-feed.ts";
export { exportParticipants, isParticipantExportFormat } from "./meeting-registration/export-participants.ts";
export { promoteFromWaitlist, sendPromotionMails, type PromotedRegistration } from "./meeting-registration/register.ts";
// Part C of issue 13: the reactietermijn between two organisations (part B's pair view may call it).
export { answerTermBetween, DEFAULT_RESPONSE_WORKING_DAYS, type AnswerTerm } from "./information-request/answer-term.ts";
export { purgeExpiredData, OUTBOX_RETENTION_DAYS_SETTING, DEFAULT_OUTBOX_RETENTION_DAYS, type PurgeRun } from "./retention/purge-expired-data.ts";
// Issue 14, part E: the web edge of /api/trpc (origin check, JSON only, caps, masked errors).
export { handleTrpcRequest, MAX_TRPC_BODY_BYTES } from "./web-edge/handle-trpc-request.ts";
export { MAX_BATCH_SIZE } from "./trpc.ts";
export { hasUnsafeCharacters, UNSAFE_TEXT_MESSAGE } from "./web-edge/unsafe-text.ts";
// Issue 14, part L: password change and reset (docs/adr/0019-password-change-and-reset.md).
export * from "./password/schemas.ts";
export { requestPasswordReset, RESET_LIMITS, type ResetRequestOutcome } from "./password/request-reset.ts";
export { lookUpResetToken, resetPassword, type ResetOutcome, type ResetTokenProblem } from "./password/reset-password.ts";

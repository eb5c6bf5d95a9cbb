export { SOURCES, type LegalStatement, type Source, type SourceId, type SourceRef } from "./sources.ts";

// Part C, "Informatieverzoek opstellen" (the working-day calendar is server-only: @kk/legal/working-days).
export { ANSWER_CHECKLIST, REQUEST_RULES, REQUEST_STATEMENTS, requestStatement, type RequestStatementId } from "./request/statements.ts";
export {
  buildRequestText,
  CONSENT_STATUSES,
  dutchLongDate,
  EMPTY_DRAFT,
  PLACEHOLDERS,
  REQUEST_REASONS,
  requestFileName,
  type AnswerDate,
  type ConsentStatus,
  type RequestDraft,
  type RequestReason,
} from "./request/build-request-text.ts";

export { SOURCES, type LegalStatement, type Source, type SourceId, type SourceRef } from "./sources.ts";

// Part A, "Afwegen": the weighing aid (packages/legal/src/weighing, docs/mag-ik-delen.md).
export * from "./weighing/index.ts";
// Part B: the pair view "Mag ik delen met …?" (packages/legal/src/pair/).
export * from "./pair/index.ts";
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

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
export { SOURCES, WORLD_MOVED_ON, type LegalStatement, type Source, type SourceId, type SourceRef } from "./sources.ts";

// Part D (issue 13): the catalogue, its version and the statements outside "Mag ik delen?".
export { CATALOGUE, assertCatalogue, catalogueContent, catalogueProblems, catalogueVersion, statementById, statementsBySource } from "./catalogue.ts";
export { OTHER_STATEMENTS, OTHER_STATEMENT_IDS } from "./other-statements.ts";

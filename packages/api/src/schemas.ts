// The zod schemas the web forms share with the server.
export * from "./user/schemas.ts";
export * from "./audit/schemas.ts";
export * from "./freshness/schemas.ts";
export * from "./outbox/schemas.ts";
export * from "./directory/schemas.ts";
export * from "./organisation/schemas.ts";
export * from "./contact/schemas.ts";
export * from "./escalation-route/schemas.ts";
export * from "./directory-import/schemas.ts";
export * from "./agreement/schemas.ts";
export { CLAUSE_CATALOGUE, type ClauseCatalogueEntry, type ClauseKey } from "./agreement/clause-catalogue.ts";
export { ALLOWED_TRANSITIONS, canTransition } from "./agreement/status-transitions.ts";
export * from "./agreement-document/schemas.ts";
export * from "./agreement-coverage/schemas.ts";
export * from "./agreement-reminders/schemas.ts";
export * from "./meeting/schemas.ts";
export * from "./meeting/amsterdam-time.ts";
export * from "./meeting-case/schemas.ts";
export { findIdentifiers, identifierMessage, type IdentifierKind } from "./meeting-case/identifiers.ts";
export * from "./meeting-outcome/schemas.ts";
export * from "./sharing/schemas.ts";
export type { FieldErrors } from "./field-errors.ts";
export * from "./meeting-jobs/schemas.ts";
export * from "./meeting-registration/schemas.ts";
// Pure Veilig Thuis formatting for the web's charts and tables (no database; issue 6).
export { formatPercentage, INDICATOR_DECIMALS } from "./vt-figures/indicator.ts";
export { ON_TRACK_VERDICT_LABEL, type OnTrackVerdict } from "./vt-figures/on-track.ts";
export * from "./plan/schemas.ts";
export * from "./vt-figure-entry/schemas.ts";
export * from "./vt-figure-import/schemas.ts";
export { councilCellText, SMALL_COUNT_THRESHOLD, SUPPRESSION_REASON_TEXT, type CouncilCell, type CouncilRate, type CellSuppressionReason } from "./vt-figures/suppression.ts";
export { KEY_LABELS, MEASURE_LABELS, REPORTER_GROUPS } from "./vt-figures/import-types.ts";
// Legal content catalogue review (issue 13, part D).
export * from "./legal-review/schemas.ts";
// The one CSV writer (CSV injection neutralised in every cell; issue 14, 9c), also for the web's chart tables.
export { csvCell, csvText } from "./csv/csv-text.ts";
// Issue 14, part L: password change and reset (docs/adr/0019-password-change-and-reset.md).
export * from "./password/schemas.ts";
// Issue 14, part K: server-side sessions (docs/adr/0017-server-side-sessions.md).
export * from "./user-session/schemas.ts";
// Issue 18, part D: adding a municipality to a region install.
export * from "./municipality/schemas.ts";
// Issue 15 item 5: the public residents' page settings (/beheer/publieke-pagina).
export * from "./public-page/schemas.ts";

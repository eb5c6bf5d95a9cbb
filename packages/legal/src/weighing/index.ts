export * from "./flow.ts";
export * from "./consent.ts";
export * from "./steps.ts";
export { WEIGHING_STATEMENTS, weighingStatement, type WeighingStatementId } from "./statements.ts";

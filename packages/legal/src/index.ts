export { SOURCES, type LegalStatement, type Source, type SourceId, type SourceRef } from "./sources.ts";

// Part A, "Afwegen": the weighing aid (packages/legal/src/weighing, docs/mag-ik-delen.md).
export * from "./weighing/index.ts";
// Part B: the pair view "Mag ik delen met …?" (packages/legal/src/pair/).
export * from "./pair/index.ts";

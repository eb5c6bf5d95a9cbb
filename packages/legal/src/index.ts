export { SOURCES, type LegalStatement, type Source, type SourceId, type SourceRef } from "./sources.ts";

// Part B: the pair view "Mag ik delen met …?" (packages/legal/src/pair/).
export * from "./pair/index.ts";

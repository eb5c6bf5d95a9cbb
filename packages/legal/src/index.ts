export { SOURCES, WORLD_MOVED_ON, type LegalStatement, type Source, type SourceId, type SourceRef } from "./sources.ts";

// Part D (issue 13): the catalogue, its version and the statements outside "Mag ik delen?".
export { CATALOGUE, assertCatalogue, catalogueContent, catalogueProblems, catalogueVersion, statementById, statementsBySource } from "./catalogue.ts";
export { OTHER_STATEMENTS, OTHER_STATEMENT_IDS } from "./other-statements.ts";

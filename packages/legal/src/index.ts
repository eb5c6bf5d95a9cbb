export { SOURCES, type LegalStatement, type Source, type SourceId, type SourceRef } from "./sources.ts";

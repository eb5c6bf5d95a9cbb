import { OTHER_STATEMENTS } from "./other-statements.ts";
import { PAIR_STATEMENTS } from "./pair/statements.ts";
import { REQUEST_STATEMENTS } from "./request/statements.ts";
import { WEIGHING_STATEMENTS } from "./weighing/statements.ts";
import { SOURCES, WORLD_MOVED_ON, type LegalStatement, type SourceId } from "./sources.ts";

/*
 * The legal content catalogue: every legal statement the portal shows, in one list, so that one
 * reviewer can read them all beside their sources and record "juridisch gecontroleerd door … op …"
 * for exactly this content (issue 13, item 4; docs/mag-ik-delen.md, "Bronnen, catalogus en
 * juridische controle"). Any change to a text, a quote, a section or a source's details gives a new
 * `catalogueVersion()`, and the pages then say "nog niet juridisch gecontroleerd" until a coordinator
 * records a review of the new version.
 */

/** Every statement of "Mag ik delen?" (Afwegen, the pair view, the request builder) and the rest. */
export const CATALOGUE: readonly LegalStatement[] = [...WEIGHING_STATEMENTS, ...PAIR_STATEMENTS, ...REQUEST_STATEMENTS, ...OTHER_STATEMENTS];

/** What is wrong with a list of statements: duplicate ids, no source, an empty quote or section, an unknown source. */
export function catalogueProblems(statements: readonly LegalStatement[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const statement of statements) {
    const id = statement.id.trim();
    if (id === "") problems.push("Een uitspraak heeft geen id.");
    else if (seen.has(id)) problems.push(`Het id "${id}" komt meer dan één keer voor.`);
    seen.add(id);
    if (statement.text.trim() === "") problems.push(`"${id}" heeft geen tekst.`);
    if (statement.sources.length === 0) problems.push(`"${id}" heeft geen bron.`);
    statement.sources.forEach((ref, index) => {
      if (!(ref.source in SOURCES)) problems.push(`"${id}", bron ${index + 1}: onbekende bron "${ref.source}".`);
      if (ref.quote.trim() === "") problems.push(`"${id}", bron ${index + 1}: het citaat is leeg.`);
      if (ref.section.trim() === "") problems.push(`"${id}", bron ${index + 1}: de vindplaats (sectie) ontbreekt.`);
    });
  }
  return problems;
}

/** Throws when the catalogue is not well formed; called by the test and usable at start-up. */
export function assertCatalogue(statements: readonly LegalStatement[] = CATALOGUE): void {
  const problems = catalogueProblems(statements);
  if (problems.length > 0) throw new Error(`De juridische catalogus klopt niet:\n${problems.join("\n")}`);
}

export function statementById(id: string, statements: readonly LegalStatement[] = CATALOGUE): LegalStatement | undefined {
  return statements.find((s) => s.id === id);
}

/** Statements grouped by the sources they cite (a statement with two sources appears under both), in source order. */
export function statementsBySource(statements: readonly LegalStatement[] = CATALOGUE): Array<{ source: SourceId; statements: LegalStatement[] }> {
  return (Object.keys(SOURCES) as SourceId[]).sort().map((source) => ({
    source,
    statements: statements.filter((s) => s.sources.some((ref) => ref.source === source)),
  }));
}

// 64-bit FNV-1a over UTF-16 code units: small, deterministic, the same in Node and the browser
// (no node:crypto, this package runs in the browser too). Not a security hash: it only has to
// change whenever the content changes.
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

function fnv1a64(text: string): bigint {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash;
}

/** The content that a review covers, in a fixed order: statements sorted by id, the sources, and where the world moved on. */
export function catalogueContent(statements: readonly LegalStatement[] = CATALOGUE, sources = SOURCES): string {
  const sortedStatements = [...statements]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => [s.id, s.text, s.sources.map((ref) => [ref.source, ref.section, ref.quote])]);
  const sortedSources = (Object.keys(sources) as SourceId[])
    .sort()
    .map((id) => {
      const source = sources[id];
      return [id, source.file, source.title, source.author, source.published, source.dating, [...source.movedOn]];
    });
  return JSON.stringify([sortedStatements, sortedSources, WORLD_MOVED_ON]);
}

/**
 * A short, stable version of the catalogue's content (12 hex characters). The same content gives
 * the same version on every machine; any change to a legal text, quote, section or source detail
 * gives a new one.
 */
export function catalogueVersion(statements: readonly LegalStatement[] = CATALOGUE, sources = SOURCES): string {
  // The deployed catalogue never changes at run time: hash it once (BigInt FNV over ~240 statements
  // took 13 ms per call in a measurement, too much for every /mag-ik-delen request).
  const isDeployed = statements === CATALOGUE && sources === SOURCES;
  if (isDeployed && deployedVersion !== undefined) return deployedVersion;
  const version = fnv1a64(catalogueContent(statements, sources)).toString(16).padStart(16, "0").slice(0, 12);
  if (isDeployed) deployedVersion = version;
  return version;
}

let deployedVersion: string | undefined;

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE, catalogueProblems, catalogueVersion, statementsBySource } from "./catalogue.ts";
import { OTHER_STATEMENTS } from "./other-statements.ts";
import { SOURCES, WORLD_MOVED_ON, type LegalStatement, type SourceId } from "./sources.ts";
import { SEEDS_DIR } from "./seeds-dir.ts";

// The copies of the seeds in packages/legal/seeds.
const seeds = SEEDS_DIR;

/**
 * The seed texts come from PDFs: words are broken over lines with a hyphen ("ontwikkelings-\nbedreiging"),
 * lines are separated by blank lines and tabs. A quote matches when it occurs after collapsing all
 * whitespace, either with the line-end hyphens joined ("zorgverlener") or kept ("ontwikkelings-bedreiging").
 */
function normaliseSeedText(text: string, joinHyphens: boolean): string {
  const joined = joinHyphens ? text.replace(/-[ \t]*\r?\n\s*/g, "") : text.replace(/-[ \t]*\r?\n\s*/g, "-");
  return joined.replace(/\s+/g, " ").trim();
}

function quoteOccurs(quote: string, seedText: string): boolean {
  const q = quote.replace(/\s+/g, " ").trim();
  return normaliseSeedText(seedText, true).includes(q) || normaliseSeedText(seedText, false).includes(q);
}

const seedTexts = new Map<SourceId, string>(
  (Object.keys(SOURCES) as SourceId[]).map((id) => [id, fs.readFileSync(path.join(seeds, SOURCES[id].file), "utf8")]),
);

const valid: LegalStatement = { id: "a", text: "Tekst.", sources: [{ source: "000", section: "§1.2", quote: "citaat" }] };

describe("catalogueProblems", () => {
  it.each([
    { name: "a well-formed list", list: [valid], problems: 0 },
    { name: "a duplicate id", list: [valid, { ...valid }], problems: 1 },
    { name: "no source", list: [{ ...valid, sources: [] }], problems: 1 },
    { name: "an empty quote", list: [{ ...valid, sources: [{ source: "001" as const, section: "NB", quote: "  " }] }], problems: 1 },
    { name: "an empty section", list: [{ ...valid, sources: [{ source: "001" as const, section: "", quote: "x" }] }], problems: 1 },
    { name: "an empty text", list: [{ ...valid, text: "" }], problems: 1 },
    { name: "an unknown source", list: [{ ...valid, sources: [{ source: "009" as SourceId, section: "x", quote: "x" }] }], problems: 1 },
  ])("finds $problems problem(s) in $name", ({ list, problems }) => {
    expect(catalogueProblems(list)).toHaveLength(problems);
  });

  it("finds none in the catalogue: ids unique, every statement has a source with a quote", () => {
    expect(catalogueProblems(CATALOGUE)).toEqual([]);
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(OTHER_STATEMENTS.length);
  });
});

describe("the quotes", () => {
  const rows = CATALOGUE.flatMap((statement) => statement.sources.map((ref, index) => ({ id: statement.id, index, ...ref })));
  it.each(rows)("$id, source $index: the quote occurs literally in seed $source ($section)", ({ source, quote }) => {
    expect(quoteOccurs(quote, seedTexts.get(source) ?? "")).toBe(true);
  });

  it.each([
    { quote: "ontwikkelingsbedreiging", source: "001" as const, found: true },
    { quote: "zorgverlener informeert de ouder", source: "001" as const, found: true },
    { quote: "Bestaat er acuut gevaar voor het leven of de veiligheid van het kind?", source: "000" as const, found: true },
    { quote: "een zin die nergens staat", source: "000" as const, found: false },
  ])("the comparison joins hyphenated line breaks and whitespace: $quote → $found", ({ quote, source, found }) => {
    expect(quoteOccurs(quote, seedTexts.get(source) ?? "")).toBe(found);
  });
});

describe("catalogueVersion", () => {
  it("is twelve hex characters and stable for the same content", () => {
    expect(catalogueVersion()).toMatch(/^[0-9a-f]{12}$/);
    expect(catalogueVersion()).toBe(catalogueVersion([...CATALOGUE].reverse()));
  });

  const base = [valid];
  it.each([
    { change: "a text", list: [{ ...valid, text: "Andere tekst." }] },
    { change: "a quote", list: [{ ...valid, sources: [{ ...valid.sources[0]!, quote: "ander citaat" }] }] },
    { change: "a section", list: [{ ...valid, sources: [{ ...valid.sources[0]!, section: "§1.3" }] }] },
    { change: "the source", list: [{ ...valid, sources: [{ ...valid.sources[0]!, source: "002" as const }] }] },
    { change: "an id", list: [{ ...valid, id: "b" }] },
    { change: "an added statement", list: [valid, { ...valid, id: "c" }] },
  ])("changes when $change changes", ({ list }) => {
    expect(catalogueVersion(list)).not.toBe(catalogueVersion(base));
  });

  it("changes when a source's details change", () => {
    const changed = { ...SOURCES, "004": { ...SOURCES["004"], published: "2018" } };
    expect(catalogueVersion(base, changed)).not.toBe(catalogueVersion(base));
  });
});

describe("statementsBySource", () => {
  it("lists the five sources in order and files each statement under every source it cites", () => {
    const groups = statementsBySource();
    expect(groups.map((g) => g.source)).toEqual(["000", "001", "002", "003", "004"]);
    for (const statement of CATALOGUE) {
      for (const ref of statement.sources) expect(groups.find((g) => g.source === ref.source)?.statements).toContain(statement);
    }
  });
});

describe("where the world moved on", () => {
  // Issue 13: name what changed, invent no article numbers (the sources give none for the AVG or the Jeugdwet).
  const texts = [...WORLD_MOVED_ON, ...Object.values(SOURCES).flatMap((s) => [...s.movedOn, s.dating])];
  it.each(texts.map((text) => ({ text })))("names no article number: $text", ({ text }) => {
    expect(text).not.toMatch(/\bart(ikel|\.)\s*\d/i);
  });

  it("names the three changes the issue asks for: Wbp → AVG 2018, AMK → Veilig Thuis 2015, the afwegingskader 2019", () => {
    const all = WORLD_MOVED_ON.join(" ");
    expect(all).toMatch(/Wbp.*AVG.*2018/);
    expect(all).toMatch(/AMK.*Veilig Thuis.*2015/);
    expect(all).toMatch(/afwegingskader/);
    expect(all).toMatch(/2019/);
  });
});

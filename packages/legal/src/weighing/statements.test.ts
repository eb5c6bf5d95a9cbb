import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SOURCES } from "../sources.ts";
import { WEIGHING_STATEMENTS } from "./statements.ts";
import { SEEDS_DIR } from "../seeds-dir.ts";

const seeds = SEEDS_DIR;

/** The seed text with every run of white space (PDF line breaks, blank lines) as one space. */
function seedText(file: string): string {
  return fs.readFileSync(path.join(seeds, file), "utf8").replace(/\s+/g, " ");
}

describe("WEIGHING_STATEMENTS", () => {
  it("have unique ids", () => {
    const ids = WEIGHING_STATEMENTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  const rows = WEIGHING_STATEMENTS.flatMap((statement) =>
    statement.sources.map((ref) => [statement.id, ref.source, ref.section, ref.quote] as const),
  );
  it.each(rows)("%s quotes %s (%s) literally", (_id, source, _section, quote) => {
    expect(seedText(SOURCES[source].file)).toContain(quote.replace(/\s+/g, " "));
  });

  it("every statement has a source", () => {
    for (const statement of WEIGHING_STATEMENTS) expect(statement.sources.length).toBeGreaterThan(0);
  });
});

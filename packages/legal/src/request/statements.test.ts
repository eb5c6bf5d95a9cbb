import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SOURCES } from "../sources.ts";
import { ANSWER_CHECKLIST, REQUEST_RULES, REQUEST_STATEMENTS, requestStatement } from "./statements.ts";
import { SEEDS_DIR } from "../seeds-dir.ts";

const seeds = SEEDS_DIR;

/** The seed text as one line: words broken with a hyphen at a line end joined, whitespace collapsed. */
function flatten(text: string): string {
  return text
    .replace(/-[ \t]*\r?\n\s*/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const seedText = new Map(Object.values(SOURCES).map((s) => [s.id, flatten(fs.readFileSync(path.join(seeds, s.file), "utf8"))]));

describe("REQUEST_STATEMENTS", () => {
  it("has unique ids and at least one source each", () => {
    expect(new Set(REQUEST_STATEMENTS.map((s) => s.id)).size).toBe(REQUEST_STATEMENTS.length);
    for (const statement of REQUEST_STATEMENTS) expect(statement.sources.length).toBeGreaterThan(0);
  });

  it.each(REQUEST_STATEMENTS.flatMap((s) => s.sources.map((ref) => ({ id: s.id, ...ref }))))(
    "$id quotes $source literally: $quote",
    ({ source, quote }) => {
      expect(seedText.get(source)).toContain(flatten(quote));
    },
  );

  it("lists in the rules and the checklist only statements that exist", () => {
    const ids = [...Object.values(REQUEST_RULES).flat(), ...ANSWER_CHECKLIST];
    for (const id of ids) expect(requestStatement(id).id).toBe(id);
  });
});

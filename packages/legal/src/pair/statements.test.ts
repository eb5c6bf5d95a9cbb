import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SOURCES } from "../sources.ts";
import { PAIR_STATEMENTS, pairStatement } from "./statements.ts";
import { CONSENT_BY_AGE, pairAdvice, PAIR_FRAMES } from "./verdict.ts";
import { SEEDS_DIR } from "../seeds-dir.ts";

const seeds = SEEDS_DIR;

/** Whitespace (line breaks, tabs, double spaces) collapsed, so a quote may span lines of the seed text. */
function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

describe("PAIR_STATEMENTS", () => {
  it("have unique ids, a text and at least one source each", () => {
    const ids = PAIR_STATEMENTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const statement of PAIR_STATEMENTS) {
      expect(statement.text.length).toBeGreaterThan(0);
      expect(statement.sources.length).toBeGreaterThan(0);
    }
  });

  it("quote their sources literally (seed text, whitespace normalised)", () => {
    const texts = new Map(Object.values(SOURCES).map((s) => [s.id, normalise(fs.readFileSync(path.join(seeds, s.file), "utf8"))]));
    const missing: string[] = [];
    for (const statement of PAIR_STATEMENTS) {
      for (const ref of statement.sources) {
        if (!texts.get(ref.source)?.includes(normalise(ref.quote))) missing.push(`${statement.id} (${ref.source}): ${ref.quote}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("cover every statement id the rules can name", () => {
    for (const from of PAIR_FRAMES) {
      for (const to of PAIR_FRAMES) {
        for (const type of ["Veilig Thuis", "Raad voor de Kinderbescherming", "Politie"]) {
          const advice = pairAdvice({ legalFrame: from, type: "X" }, { legalFrame: to, type });
          for (const id of [...advice.first, ...advice.conditions, ...advice.cases.flatMap((c) => c.statements)]) expect(() => pairStatement(id)).not.toThrow();
        }
      }
    }
    for (const row of CONSENT_BY_AGE) expect(() => pairStatement(row.statement)).not.toThrow();
  });
});

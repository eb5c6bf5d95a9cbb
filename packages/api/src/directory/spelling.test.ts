import { describe, expect, it } from "vitest";
import { buildVocabulary, closestWords, correctedTsquery, fold, trigramsOf } from "./spelling.ts";

const vocabulary = buildVocabulary(
  ["veilig", "thuis", "tuin", "leerplicht", "basisschool", "de", "wit", "sanne", "huisarts", "creche", "zonnebloem", "3331"].map(fold),
);

describe("spelling correction", () => {
  it("uses pg_trgm's trigrams (two spaces before, one after)", () => {
    expect([...trigramsOf("tuis")]).toEqual(["  t", " tu", "tui", "uis", "is "]);
  });

  it("finds the closest directory words, best first", () => {
    expect(closestWords(vocabulary, "leerplcht")[0]).toBe("leerplicht");
    expect(closestWords(vocabulary, "basischool")[0]).toBe("basisschool");
    expect(closestWords(vocabulary, "tuis")).toContain("thuis");
    expect(closestWords(vocabulary, "xylofoon")).toEqual([]);
  });

  it("ORs only unknown words with their corrections", () => {
    const corrected = correctedTsquery(vocabulary, "Veilig TUIS");
    expect(corrected).toMatch(/^'veilig' & \( 'tuis' \| /);
    expect(corrected).toContain("'thuis'");
    expect(correctedTsquery(vocabulary, "sanne de wit")).toBeNull();
    expect(correctedTsquery(vocabulary, "crèche")).toBeNull();
    expect(correctedTsquery(vocabulary, "zonneblom")).toBe("( 'zonneblom' | 'zonnebloem' )");
  });

  it("keeps tsquery syntax out of the words", () => {
    const corrected = correctedTsquery(vocabulary, "leerplcht' | !x & (y) <-> 'z");
    expect(corrected).toBe("( 'leerplcht' | 'leerplicht' ) & 'x' & 'y' & 'z'");
  });
});

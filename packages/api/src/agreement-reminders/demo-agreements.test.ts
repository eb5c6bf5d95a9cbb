import { DEMO_AGREEMENTS, DEMO_DIRECTORY } from "@kk/db/seed";
import { describe, expect, it } from "vitest";
import { isClauseKey } from "../agreement/clause-catalogue.ts";

// The demo agreements live in @kk/db, which cannot import the catalogue from @kk/api: this test
// keeps the two in step.
describe("demo agreements", () => {
  it("use only clause keys from the catalogue, each at most once per agreement", () => {
    for (const agreement of DEMO_AGREEMENTS) {
      for (const clause of agreement.clauses) expect(isClauseKey(clause.key), `${agreement.title}: ${clause.key}`).toBe(true);
      const keys = agreement.clauses.map((c) => c.key);
      expect(new Set(keys).size, agreement.title).toBe(keys.length);
    }
  });

  it("name parties from the demo directory, each once, and have unique titles", () => {
    const slugs = new Set(DEMO_DIRECTORY.map((o) => o.slug));
    for (const agreement of DEMO_AGREEMENTS) {
      for (const party of agreement.parties) expect(slugs.has(party.slug), `${agreement.title}: ${party.slug}`).toBe(true);
      expect(new Set(agreement.parties.map((p) => p.slug)).size, agreement.title).toBe(agreement.parties.length);
    }
    expect(new Set(DEMO_AGREEMENTS.map((a) => a.title)).size).toBe(DEMO_AGREEMENTS.length);
  });
});

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SOURCES } from "./sources.ts";
import { SEEDS_DIR } from "./seeds-dir.ts";

const seeds = SEEDS_DIR;

describe("SOURCES", () => {
  it("names each seed file by its number", () => {
    for (const [id, source] of Object.entries(SOURCES)) {
      expect(source.id).toBe(id);
      expect(source.file.startsWith(`${id}_`)).toBe(true);
    }
  });

  it("points at files that exist in packages/legal/seeds", () => {
    for (const source of Object.values(SOURCES)) expect(fs.existsSync(path.join(seeds, source.file))).toBe(true);
  });
});

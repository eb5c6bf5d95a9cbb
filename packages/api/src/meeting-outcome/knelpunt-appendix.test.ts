import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SOURCES } from "@kk/legal";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { KNELPUNT_APPENDIX, remedyText } from "./knelpunt-appendix.ts";

// Source 000 (its copy in packages/legal/seeds), whitespace collapsed and line-end hyphens joined.
const seedFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../legal/seeds", SOURCES["000"].file);
const seed000 = fs
  .readFileSync(seedFile, "utf8")
  .replace(/-[ \t]*\r?\n\s*/g, "")
  .replace(/\s+/g, " ");

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("knelpunt-appendix");
});
afterAll(async () => {
  await t?.drop();
});

describe("the knelpunten and remedies of the werkateliers report (000)", () => {
  const remedyRows = KNELPUNT_APPENDIX.flatMap((entry) => entry.remedies.map((remedy) => ({ key: entry.key, remedy, section: entry.section })));
  it.each(remedyRows)("$key: '$remedy' stands in 000 ($section)", ({ remedy }) => {
    expect(seed000).toContain(remedy);
  });

  it("includes 'Delen niet in het belang van dit kind' (000 §3.2, punt 1)", () => {
    expect(seed000).toContain("1. De zorgprofessional vindt het delen van informatie niet in het belang van dit kind");
    expect(KNELPUNT_APPENDIX.map((k) => k.key)).toContain("niet-in-belang-kind");
  });

  it.each(KNELPUNT_APPENDIX.map((entry) => ({ key: entry.key, entry })))("$key: the migrated catalogue holds the appendix's full remedy", async ({ key, entry }) => {
    const row = await t.db.knelpunt.findUnique({ where: { key } });
    expect(row).not.toBeNull();
    expect(row?.remedy).toBe(remedyText(entry));
    expect(row?.active).toBe(true);
  });

  it("shows the new knelpunt to the coordinator in the catalogue", async () => {
    const catalogue = await t.callerFor(t.users.COORDINATOR).meetingOutcome.catalogue();
    expect(catalogue.find((k) => k.key === "niet-in-belang-kind")).toMatchObject({ title: "Delen niet in het belang van dit kind", active: true });
  });
});

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";

const migration = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../prisma/migrations/20261206005901_reclassering_supervision_frame/migration.sql",
);

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("reclassering_migration");
});
afterAll(async () => {
  await t?.drop();
});

describe("migration reclassering_supervision_frame (000 Tabel 2: reclassering only for gedwongen toezicht & begeleiding)", () => {
  it("moves reclassering stored as WITHOUT_CONSENT, and nothing else", async () => {
    const make = (slug: string, type: string, legalFrame: "WITHOUT_CONSENT" | "WITHOUT_CONSENT_DURING_ORDER") =>
      t.db.organisation.create({ data: { name: slug, slug, sector: "BESCHERMINGSKETEN", type, legalFrame }, select: { id: true, version: true } });
    const reclassering = await make("reclassering-a", " Reclassering Nederland ", "WITHOUT_CONSENT");
    const jeugdreclassering = await make("gi-a", "Jeugdreclassering", "WITHOUT_CONSENT_DURING_ORDER");
    const politie = await make("politie-a", "Politie", "WITHOUT_CONSENT");

    await t.db.$executeRawUnsafe(fs.readFileSync(migration, "utf8"));

    const frames = new Map((await t.db.organisation.findMany({ select: { id: true, legalFrame: true, version: true } })).map((o) => [o.id, o]));
    expect(frames.get(reclassering.id)).toMatchObject({ legalFrame: "WITHOUT_CONSENT_DURING_SUPERVISION", version: reclassering.version + 1 });
    expect(frames.get(jeugdreclassering.id)?.legalFrame).toBe("WITHOUT_CONSENT_DURING_ORDER");
    expect(frames.get(politie.id)?.legalFrame).toBe("WITHOUT_CONSENT");
  });
});

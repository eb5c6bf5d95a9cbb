import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/index.ts";
import { generateDirectory, generatedOrganisation } from "./generate-directory.ts";

const NOW = new Date("2026-11-25T09:00:00Z");

describe("generateDirectory", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(process.env.KK_TEST_SERVER_URL ?? "", "generate-directory");
  });
  afterAll(() => database.drop());

  it("is deterministic per index and spreads over every sector and legal frame", () => {
    expect(generatedOrganisation(42, NOW).organisation.name).toBe(generatedOrganisation(42, NOW).organisation.name);
    const sample = Array.from({ length: 2000 }, (_, i) => generatedOrganisation(i, NOW).organisation);
    expect(new Set(sample.map((o) => o.sector)).size).toBe(7);
    expect(new Set(sample.map((o) => o.legalFrame)).size).toBe(4);
  });

  it("adds organisations with about five contacts each, marked demo, with search documents", async () => {
    const { db } = database;
    const first = await generateDirectory(db, 300, NOW);
    expect(first.organisations).toBe(300);
    expect(first.contacts / 300).toBeGreaterThan(4);
    expect(first.contacts / 300).toBeLessThan(6);
    expect(await db.organisation.count({ where: { isDemo: true } })).toBe(300);
    expect(await db.contact.count()).toBe(first.contacts);

    // Search text holds contacts visible to everyone, never the coordinators-only ones.
    const org = await db.organisation.findFirstOrThrow({
      where: { contacts: { some: { visibility: "COORDINATORS" } } },
      include: { contacts: true },
    });
    const folded = (text: string) => text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    const visibleNames = org.contacts.filter((c) => c.visibility === "SIGNED_IN").map((c) => folded(c.name));
    for (const name of visibleNames) expect(org.searchText).toContain(name);
    const hiddenOnly = org.contacts.filter((c) => c.visibility === "COORDINATORS" && !visibleNames.includes(folded(c.name)));
    for (const contact of hiddenOnly) expect(org.searchText).not.toContain(folded(contact.name));

    // The contact trigger is back on after the run.
    await db.contact.create({ data: { organisationId: org.id, name: "Zwanhilde Quaak", jobTitle: "Testfunctie" } });
    const after = await db.organisation.findUniqueOrThrow({ where: { id: org.id } });
    expect(after.searchText).toContain("zwanhilde quaak");

    // A second run continues the numbering instead of colliding on slugs.
    await generateDirectory(db, 10, NOW);
    expect(await db.organisation.count({ where: { isDemo: true } })).toBe(310);
  });
});

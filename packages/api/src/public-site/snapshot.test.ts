import { createScopedClients, type ScopedClients } from "@kk/db";
import { createTestDatabase, createTestMunicipality, type TestDatabase } from "@kk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPublicPagePreview } from "./preview.ts";
import { loadPublicSnapshot } from "./snapshot.ts";

/**
 * The public pages' data (issue 15) on a real database, read as the application role `kk_app`: only
 * public, active organisations meant for residents, organisation-level fields only, the working area,
 * the municipalities with their wijken and page settings.
 */
let database: TestDatabase;
let scoped: ScopedClients;

beforeAll(async () => {
  database = await createTestDatabase(process.env.KK_TEST_SERVER_URL ?? "", "public_snapshot");
  scoped = createScopedClients(database.appUrl);
  const db = database.db;
  await createTestMunicipality(db, "GM0642", "Zwijndrecht", { wijken: ["Walburg", "Noord"] });
  await createTestMunicipality(db, "GM0482", "Alblasserdam", { wijken: ["Kinderdijk"] });
  const base = { sector: "JEUGDHULP_SOCIAAL_WERK", legalFrame: "CONSENT_REQUIRED" } as const;
  const wijkteam = await db.organisation.create({
    data: { ...base, slug: "wijkteam", name: "Wijkteam Zwijndrecht", type: "Wijkteam", area: "Walburg", phone: "078-701 10 00", targetGroups: ["gezinnen"] },
  });
  await db.organisationMunicipality.create({ data: { organisationId: wijkteam.id, municipalityCode: "GM0642" } });
  await db.contact.create({ data: { organisationId: wijkteam.id, name: "Sanne de Wit", jobTitle: "Aandachtsfunctionaris", email: "sanne@wijkteam.example" } });
  await db.contact.create({ data: { organisationId: wijkteam.id, name: "Tom Jansen", visibility: "COORDINATORS" } });
  await db.organisation.create({ data: { ...base, slug: "veilig-thuis", name: "Veilig Thuis", type: "Veilig Thuis", regionWide: true, targetGroups: ["professionals", "burgers"] } });
  await db.organisation.create({ data: { ...base, slug: "vrouwenopvang", name: "Vrouwenopvang", type: "Vrouwenopvang", isPublic: false, regionWide: true } });
  await db.organisation.create({ data: { ...base, slug: "gesloten", name: "Gesloten praktijk", type: "Huisarts", status: "CLOSED", regionWide: true } });
  await db.organisation.create({ data: { ...base, slug: "raad", name: "Raad voor de Kinderbescherming", type: "Raad", regionWide: true, targetGroups: ["professionals"] } });
});

afterAll(async () => {
  await scoped.disconnectAll();
  await database.drop();
});

describe("loadPublicSnapshot", () => {
  it("holds public, active organisations for residents only, and never a contact person", async () => {
    const snapshot = await loadPublicSnapshot(scoped.forScope({ kind: "none" }));
    expect(snapshot.organisations.map((organisation) => organisation.slug)).toEqual(["veilig-thuis", "wijkteam"]);
    const text = JSON.stringify(snapshot);
    for (const hidden of ["Sanne de Wit", "sanne@wijkteam.example", "Tom Jansen", "Vrouwenopvang", "Gesloten praktijk", "Raad voor de Kinderbescherming"]) {
      expect(text).not.toContain(hidden);
    }
    expect(snapshot.organisations.find((organisation) => organisation.slug === "wijkteam")).toMatchObject({
      area: "Walburg",
      phone: "078-701 10 00",
      regionWide: false,
      municipalityCodes: ["GM0642"],
    });
  });

  it("gives each municipality its slug, its own wijken and its page settings", async () => {
    await database.db.publicPage.create({ data: { municipalityCode: "GM0642", intro: { nl: "Welkom", en: "", xx: "ignored" }, featuredOrganisationIds: ["a", "b"] } });
    const snapshot = await loadPublicSnapshot(scoped.forScope({ kind: "none" }));
    expect(snapshot.municipalities).toEqual([
      { code: "GM0482", name: "Alblasserdam", slug: "alblasserdam", wijken: ["Kinderdijk"], intro: {}, featuredOrganisationIds: [] },
      { code: "GM0642", name: "Zwijndrecht", slug: "zwijndrecht", wijken: ["Noord", "Walburg"], intro: { nl: "Welkom" }, featuredOrganisationIds: ["a", "b"] },
    ]);
  });
});

describe("renderPublicPagePreview", () => {
  it("renders the draft introduction and order without storing them", async () => {
    const veiligThuis = await database.db.organisation.findUniqueOrThrow({ where: { slug: "veilig-thuis" } });
    const html = await renderPublicPagePreview(scoped.forScope({ kind: "municipality", code: "GM0642" }), {
      municipalityCode: "GM0642",
      intro: { nl: "Concepttekst voor Zwijndrecht." },
      featuredOrganisationIds: [veiligThuis.id],
      locale: "nl",
    });
    expect(html).toContain('<p class="lead">Concepttekst voor Zwijndrecht.</p>');
    expect(html).toContain('<option value="Walburg">Walburg</option>');
    const results = html?.slice(html.indexOf('class="results"')) ?? "";
    expect(results.indexOf("Veilig Thuis")).toBeLessThan(results.indexOf("Wijkteam Zwijndrecht"));
    const stored = await database.db.publicPage.findUniqueOrThrow({ where: { municipalityCode: "GM0642" } });
    expect(stored.intro).toEqual({ nl: "Welkom", en: "", xx: "ignored" });
  });

  it("is null for a municipality that does not exist", async () => {
    expect(await renderPublicPagePreview(database.db, { municipalityCode: "GM9999", intro: {}, featuredOrganisationIds: [], locale: "nl" })).toBeNull();
  });
});

import { createTestMunicipality } from "@kk/db/testing";
import type { SessionUser } from "@kk/auth/roles";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDirectorySearchParams, directorySearchQuery } from "../directory/schemas.ts";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { failure, fieldErrorsOf } from "../testing/trpc-errors.ts";

/*
 * Issue 18, "shared where the world is shared": an organisation's working area (werkgebied) is the
 * whole region or a set of municipalities; the sociale kaart search filters by municipality and
 * shows the region-wide organisations in each.
 */

let t: ApiTestDatabase;
let dordrechtCoordinator: SessionUser;
const base = { sector: "JEUGDHULP_SOCIAAL_WERK", type: "Wijkteam", legalFrame: "CONSENT_REQUIRED" } as const;

beforeAll(async () => {
  t = await createApiTestDatabase("working-area");
  await createTestMunicipality(t.db, "GM0642", "Zwijndrecht");
  await createTestMunicipality(t.db, "GM0505", "Dordrecht");
  await createTestMunicipality(t.db, "GM0590", "Papendrecht");
  const row = await t.db.user.create({
    data: { email: "coordinator-dordrecht@test.example", name: "Coördinator Dordrecht", role: "COORDINATOR", municipalityCode: "GM0505" },
  });
  dordrechtCoordinator = { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: null, municipalityCode: "GM0505" };
});
afterAll(async () => {
  await t?.drop();
});

async function linksOf(organisationId: string): Promise<string[]> {
  const rows = await t.db.organisationMunicipality.findMany({ where: { organisationId }, orderBy: { municipalityCode: "asc" } });
  return rows.map((r) => r.municipalityCode);
}

describe("working area: saving, validation, audit", () => {
  it("creates an organisation working in two municipalities, audited with its working area", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const created = await coordinator.organisation.create({ ...base, name: "Wijkteam Drechtoevers", regionWide: false, municipalityCodes: ["GM0642", "GM0505", "GM0642"] });
    expect(created.regionWide).toBe(false);
    expect(await linksOf(created.id)).toEqual(["GM0505", "GM0642"]);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: created.id, action: "organisation.create" } });
    expect(audit.after).toMatchObject({ regionWide: false, municipalities: [{ municipalityCode: "GM0505" }, { municipalityCode: "GM0642" }] });
  });

  it.each([
    ["no municipality and not region-wide", { regionWide: false, municipalityCodes: [] }, "Kies de gemeenten waar de organisatie werkt"],
    ["a code of no municipality of the install", { regionWide: false, municipalityCodes: ["GM0363"] }, "Onbekende gemeente: GM0363"],
    ["a malformed code", { regionWide: false, municipalityCodes: ["Dordrecht"] }, "GM gevolgd door vier cijfers"],
  ])("refuses %s, with a Dutch message on the field, and stores nothing", async (_label, area, message) => {
    const before = await t.db.organisation.count();
    const error = await failure(t.callerFor(t.users.COORDINATOR).organisation.create({ ...base, name: `Geweigerd ${before}`, ...area }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(fieldErrorsOf(error))).toContain(message);
    expect(await t.db.organisation.count()).toBe(before);
  });

  it("defaults the working area of a caller that names none to the actor's municipality, else the region", async () => {
    const own = await t.callerFor(dordrechtCoordinator).organisation.create({ ...base, name: "CJG Dordrecht Test" });
    expect(own.regionWide).toBe(false);
    expect(await linksOf(own.id)).toEqual(["GM0505"]);
    const regional = await t.callerFor(t.users.COORDINATOR).organisation.create({ ...base, name: "Regionaal Zonder Gemeente" });
    expect(regional.regionWide).toBe(true);
    expect(await linksOf(regional.id)).toEqual([]);
  });

  it("lets the regional coordinator make an entry region-wide (a new version, audited before and after)", async () => {
    const created = await t.callerFor(t.users.COORDINATOR).organisation.create({ ...base, name: "GGD Test", regionWide: false, municipalityCodes: ["GM0642"] });
    const regio = t.callerFor(t.users.REGIO_COORDINATOR);
    const updated = await regio.organisation.update({ id: created.id, version: created.version, regionWide: true, municipalityCodes: ["GM0642"] });
    expect(updated.regionWide).toBe(true);
    expect(updated.version).toBe(created.version + 1);
    expect(await linksOf(created.id)).toEqual([]);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: created.id, action: "organisation.update" }, orderBy: { at: "desc" } });
    expect(audit.actorId).toBe(t.users.REGIO_COORDINATOR.id);
    expect(audit.before).toMatchObject({ regionWide: false, municipalities: [{ municipalityCode: "GM0642" }] });
    expect(audit.after).toMatchObject({ regionWide: true, municipalities: [] });
    // A stale version changes nothing.
    const stale = await failure(regio.organisation.update({ id: created.id, version: created.version, regionWide: false, municipalityCodes: ["GM0505"] }));
    expect(stale.code).toBe("CONFLICT");
    expect(await linksOf(created.id)).toEqual([]);
  });

  it("refuses a partner changing its own working area, and lets it save its details with the working area unchanged", async () => {
    await t.db.organisationMunicipality.create({ data: { organisationId: t.partnerOrganisationId, municipalityCode: "GM0642" } });
    const partner = t.callerFor(t.users.PARTNER);
    const current = await partner.organisation.forEdit({ id: t.partnerOrganisationId });
    const refused = await failure(partner.organisation.update({ id: current.id, version: current.version, municipalityCodes: ["GM0642", "GM0505"] }));
    expect(refused.code).toBe("FORBIDDEN");
    expect(fieldErrorsOf(refused).municipalityCodes).toBeDefined();
    expect(await linksOf(t.partnerOrganisationId)).toEqual(["GM0642"]);
    const saved = await partner.organisation.update({ id: current.id, version: current.version, regionWide: false, municipalityCodes: ["GM0642"], phone: "078 123 45 67" });
    expect(saved.phone).toBe("078 123 45 67");
  });
});

describe("search by municipality", () => {
  beforeAll(async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    await coordinator.organisation.create({ ...base, name: "Zoek Zwijndrecht Wijkteam", regionWide: false, municipalityCodes: ["GM0642"] });
    await coordinator.organisation.create({ ...base, name: "Zoek Papendrecht Wijkteam", regionWide: false, municipalityCodes: ["GM0590"] });
    await coordinator.organisation.create({ ...base, name: "Zoek Regionaal Wijkteam", regionWide: true, municipalityCodes: [] });
  });

  it.each([
    ["GM0642", ["Zoek Regionaal Wijkteam", "Zoek Zwijndrecht Wijkteam"]],
    ["GM0590", ["Zoek Papendrecht Wijkteam", "Zoek Regionaal Wijkteam"]],
    ["GM0505", ["Zoek Regionaal Wijkteam"]],
    [null, ["Zoek Papendrecht Wijkteam", "Zoek Regionaal Wijkteam", "Zoek Zwijndrecht Wijkteam"]],
  ] as const)("in %s finds the organisations working there and the region-wide ones", async (municipality, names) => {
    const result = await t.callerFor(dordrechtCoordinator).directory.search({ q: "zoek", municipality });
    expect(result.results.map((r) => r.name).sort()).toEqual(names);
  });

  it("shows each result's working area briefly", async () => {
    const result = await t.callerFor(t.users.PROFESSIONAL).directory.search({ q: "zoek" });
    const byName = new Map(result.results.map((r) => [r.name, r]));
    expect(byName.get("Zoek Regionaal Wijkteam")).toMatchObject({ regionWide: true, municipalityNames: [] });
    expect(byName.get("Zoek Zwijndrecht Wijkteam")).toMatchObject({ regionWide: false, municipalityNames: ["Zwijndrecht"] });
  });

  it("reads the Gemeente filter from the URL: absent is the user's municipality, 'alle' every one", () => {
    expect(parseDirectorySearchParams({}, "GM0642").municipality).toBe("GM0642");
    expect(parseDirectorySearchParams({ gemeente: "alle" }, "GM0642").municipality).toBeNull();
    expect(parseDirectorySearchParams({ gemeente: "gm0505" }, "GM0642").municipality).toBe("GM0505");
    expect(parseDirectorySearchParams({}).municipality).toBeNull();
    expect(directorySearchQuery({ q: "x", municipality: null })).toBe("q=x&gemeente=alle");
    expect(directorySearchQuery({ q: "x" })).toBe("q=x");
  });

  it("lists the install's municipalities by name, and their region", async () => {
    const region = await t.callerFor(t.users.PARTNER).directory.region();
    expect(region.municipalities.map((m) => m.name)).toEqual(["Dordrecht", "Papendrecht", "Zwijndrecht"]);
    expect(region.regionName).toBe("Veilig Thuis VT-ZHZ");
  });
});

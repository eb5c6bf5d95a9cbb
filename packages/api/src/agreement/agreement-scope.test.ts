import { createTestMunicipality } from "@kk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getNetworkGaps } from "../agreement-coverage/network-gaps.ts";
import { loadCoverageMatrix } from "../agreement-coverage/load-coverage.ts";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { failure, fieldErrorsOf } from "../testing/trpc-errors.ts";

/*
 * Issue 18: an agreement has parties from anywhere in the region and a scope (the whole region or
 * some municipalities); the list filters by it; coverage and network gaps are per municipality or
 * for the region.
 */

const NOW = new Date("2026-11-25T10:00:00Z");
let t: ApiTestDatabase;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createApiTestDatabase("agreement_scope", { now: NOW });
  await createTestMunicipality(t.db, "GM0642", "Zwijndrecht");
  await createTestMunicipality(t.db, "GM0505", "Dordrecht");
  const org = async (key: string, working: { regionWide?: boolean; codes?: string[] }) => {
    const row = await t.db.organisation.create({
      data: {
        name: key,
        slug: key.toLowerCase().replace(/\s+/g, "-"),
        sector: "MEDISCH",
        type: "Test",
        legalFrame: "CONSENT_REQUIRED",
        regionWide: working.regionWide ?? false,
        municipalities: { create: (working.codes ?? []).map((municipalityCode) => ({ municipalityCode })) },
      },
    });
    ids[key] = row.id;
  };
  await org("Huisarts Zwijndrecht", { codes: ["GM0642"] });
  await org("School Dordrecht", { codes: ["GM0505"] });
  await org("Veilig Thuis Regio", { regionWide: true });
  // The test context's own two organisations work nowhere in particular: they take part in the region view only.
});
afterAll(async () => {
  await t?.drop();
});

const parties = (...keys: string[]) => keys.map((key) => ({ organisationId: ids[key] ?? "" }));

async function activeAgreement(title: string, scope: { regionWide: boolean; municipalityCodes: string[] }, partyKeys: string[]) {
  const created = await t.callerFor(t.users.COORDINATOR).agreement.create({ title, kind: "CONVENANT", startDate: "2026-01-01", parties: parties(...partyKeys), ...scope });
  await t.db.agreement.update({ where: { id: created.id }, data: { status: "ACTIEF" } });
  return created;
}

describe("agreement scope", () => {
  it("saves the scope, audited, and refuses an empty or unknown one with a Dutch message on the field", async () => {
    const created = await activeAgreement("Regionaal convenant", { regionWide: true, municipalityCodes: [] }, ["Veilig Thuis Regio", "School Dordrecht", "Huisarts Zwijndrecht"]);
    expect(created.regionWide).toBe(true);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: created.id, action: "agreement.create" } });
    expect(audit.after).toMatchObject({ regionWide: true, municipalities: [] });

    const coordinator = t.callerFor(t.users.COORDINATOR);
    const empty = await failure(coordinator.agreement.create({ title: "Leeg", kind: "CONVENANT", parties: parties("Veilig Thuis Regio"), regionWide: false, municipalityCodes: [] }));
    expect(fieldErrorsOf(empty).municipalityCodes?.[0]).toContain("Kies de gemeenten waarvoor de afspraak geldt");
    const unknown = await failure(coordinator.agreement.create({ title: "Onbekend", kind: "CONVENANT", parties: parties("Veilig Thuis Regio"), regionWide: false, municipalityCodes: ["GM0363"] }));
    expect(fieldErrorsOf(unknown).municipalityCodes?.[0]).toContain("Onbekende gemeente: GM0363");
    expect(await t.db.agreement.count({ where: { title: { in: ["Leeg", "Onbekend"] } } })).toBe(0);
  });

  it("changes the scope on update (a new version) and leaves it when the update names none", async () => {
    const created = await activeAgreement("Lokale werkafspraak", { regionWide: false, municipalityCodes: ["GM0642"] }, ["Huisarts Zwijndrecht", "Veilig Thuis Regio"]);
    const coordinator = t.callerFor(t.users.REGIO_COORDINATOR);
    const form = { id: created.id, version: created.version, title: created.title, kind: "CONVENANT" as const, startDate: "2026-01-01", parties: parties("Huisarts Zwijndrecht", "Veilig Thuis Regio") };
    const widened = await coordinator.agreement.update({ ...form, regionWide: false, municipalityCodes: ["GM0642", "GM0505"] });
    expect(widened.municipalities.map((m) => m.municipalityCode)).toEqual(["GM0505", "GM0642"]);
    const same = await coordinator.agreement.update({ ...form, version: widened.version });
    expect(same.municipalities.map((m) => m.municipalityCode)).toEqual(["GM0505", "GM0642"]);
    const back = await coordinator.agreement.update({ ...form, version: same.version, regionWide: false, municipalityCodes: ["GM0642"] });
    expect(back.municipalities.map((m) => m.municipalityCode)).toEqual(["GM0642"]);
  });

  it("filters the list by municipality: agreements scoped to it and region-wide ones", async () => {
    const list = async (municipality?: string) => (await t.callerFor(t.users.PROFESSIONAL).agreement.list({ municipality })).map((a) => a.title).sort();
    expect(await list("GM0642")).toEqual(["Lokale werkafspraak", "Regionaal convenant"]);
    expect(await list("GM0505")).toEqual(["Regionaal convenant"]);
    expect(await list()).toEqual(["Lokale werkafspraak", "Regionaal convenant"]);
    const shown = await t.callerFor(t.users.PROFESSIONAL).agreement.list({ municipality: "GM0642" });
    expect(shown.find((a) => a.title === "Lokale werkafspraak")?.municipalities.map((m) => m.municipality.name)).toEqual(["Zwijndrecht"]);
  });
});

describe("coverage and network gaps per municipality", () => {
  it("in Dordrecht counts only the agreements that apply there, between organisations working there", async () => {
    const dordrecht = await loadCoverageMatrix(t.db, { municipality: "GM0505" }, NOW);
    expect(dordrecht.organisations.map((o) => o.name)).toEqual(["School Dordrecht", "Veilig Thuis Regio"]);
    expect(dordrecht.coveredPairs).toBe(1);
    const zwijndrecht = await loadCoverageMatrix(t.db, { municipality: "GM0642" }, NOW);
    expect(zwijndrecht.organisations.map((o) => o.name)).toEqual(["Huisarts Zwijndrecht", "Veilig Thuis Regio"]);
    expect(zwijndrecht.coveredPairs).toBe(1);
    const region = await loadCoverageMatrix(t.db, { municipality: null }, NOW);
    expect(region.organisations).toHaveLength(5);
  });

  it("lists an organisation as without agreement in a municipality where its only agreement does not apply", async () => {
    // The huisarts' agreements: the regional one (everywhere) and the local one (Zwijndrecht). Take the regional one away:
    await t.db.agreement.updateMany({ where: { title: "Regionaal convenant" }, data: { status: "BEEINDIGD" } });
    const zwijndrecht = await getNetworkGaps(t.db, NOW, "GM0642");
    expect(zwijndrecht.rows.find((r) => r.name === "Huisarts Zwijndrecht")?.withoutActiveAgreement).toBe(false);
    expect(zwijndrecht.rows.some((r) => r.name === "School Dordrecht")).toBe(false);
    const dordrecht = await getNetworkGaps(t.db, NOW, "GM0505");
    expect(dordrecht.rows.find((r) => r.name === "Veilig Thuis Regio")?.withoutActiveAgreement).toBe(true);
    expect(dordrecht.rows.find((r) => r.name === "School Dordrecht")?.withoutActiveAgreement).toBe(true);
    expect(dordrecht.activeOrganisations).toBe(2);
    const region = await t.callerFor(t.users.REGIO_COORDINATOR).networkGaps.list({ municipality: null });
    expect(region.activeOrganisations).toBe(5);
    expect(region.rows.find((r) => r.name === "Veilig Thuis Regio")?.withoutActiveAgreement).toBe(false);
  });
});

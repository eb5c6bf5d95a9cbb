import { createTestMunicipality } from "@kk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDirectory } from "../directory-export/export-directory.ts";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";

/*
 * Issue 18: the sociale kaart's spreadsheet has a "werkgebied" column ("hele regio", or CBS codes
 * separated by commas). Import is all-or-nothing with row-level Dutch errors for unknown codes;
 * an exported file imports again unchanged.
 */

const HEADER = "naam;sector;soort;wettelijk kader;werkgebied";

function csvFile(lines: string[]) {
  return { fileName: "kaart.csv", contentBase64: Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8").toString("base64") };
}

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("import_working_area");
  await createTestMunicipality(t.db, "GM0642", "Zwijndrecht");
  await createTestMunicipality(t.db, "GM0505", "Dordrecht");
});
afterAll(async () => {
  await t?.drop();
});

const coordinator = () => t.callerFor(t.users.COORDINATOR);

async function areaOf(name: string) {
  const row = await t.db.organisation.findFirstOrThrow({ where: { name }, include: { municipalities: { orderBy: { municipalityCode: "asc" } } } });
  return { regionWide: row.regionWide, codes: row.municipalities.map((m) => m.municipalityCode) };
}

describe("werkgebied in the directory import and export", () => {
  it("refuses unknown and malformed codes with the row named, and stores nothing", async () => {
    const before = await t.db.organisation.count();
    const file = csvFile([
      HEADER,
      "Wijkteam Goed;JEUGDHULP_SOCIAAL_WERK;Wijkteam;CONSENT_REQUIRED;GM0642",
      "Wijkteam Onbekend;JEUGDHULP_SOCIAAL_WERK;Wijkteam;CONSENT_REQUIRED;GM0642, GM0363",
      "Wijkteam Fout;JEUGDHULP_SOCIAAL_WERK;Wijkteam;CONSENT_REQUIRED;Dordrecht",
    ]);
    const result = await coordinator().directoryImport.commit(file);
    expect(result.imported).toBe(false);
    expect(result.errors).toEqual([
      expect.stringMatching(/^Rij 3, werkgebied: onbekende gemeente GM0363\. Gebruik ‘hele regio’ of de CBS-codes .*GM0505, GM0642/),
      expect.stringMatching(/^Rij 4, werkgebied ‘Dordrecht’: Een gemeentecode is GM gevolgd door vier cijfers/),
    ]);
    expect(await t.db.organisation.count()).toBe(before);
  });

  it("creates with the working area of the file, or the importer's default, and updates it", async () => {
    const file = csvFile([
      HEADER,
      "Wijkteam Twee Gemeenten;JEUGDHULP_SOCIAAL_WERK;Wijkteam;CONSENT_REQUIRED;GM0642, gm0505",
      "GGD Regio;MEDISCH;GGD;CONSENT_REQUIRED;hele regio",
      "Zonder Werkgebied;OVERIG;Overig;CONSENT_REQUIRED;",
    ]);
    expect((await coordinator().directoryImport.commit(file)).imported).toBe(true);
    expect(await areaOf("Wijkteam Twee Gemeenten")).toEqual({ regionWide: false, codes: ["GM0505", "GM0642"] });
    expect(await areaOf("GGD Regio")).toEqual({ regionWide: true, codes: [] });
    // The test coordinator acts for no municipality: the whole region.
    expect(await areaOf("Zonder Werkgebied")).toEqual({ regionWide: true, codes: [] });

    const update = csvFile([HEADER, "GGD Regio;MEDISCH;GGD;CONSENT_REQUIRED;GM0505"]);
    const preview = await coordinator().directoryImport.preview(update);
    expect(preview.rows[0]?.action).toBe("update");
    expect((await coordinator().directoryImport.commit(update)).imported).toBe(true);
    expect(await areaOf("GGD Regio")).toEqual({ regionWide: false, codes: ["GM0505"] });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "organisation.import", entityType: "Organisation" }, orderBy: { at: "desc" } });
    expect(audit.before).toMatchObject({ regionWide: true });
    expect(audit.after).toMatchObject({ regionWide: false, municipalities: [{ municipalityCode: "GM0505" }] });
  });

  it("exports the werkgebied, and the exported file imports again unchanged", async () => {
    const file = await exportDirectory(t.db, t.users.COORDINATOR, "csv", new Date("2026-11-25T10:00:00Z"));
    const text = Buffer.from(file.body).toString("utf8");
    expect(text).toContain("werkgebied");
    expect(text).toMatch(/Wijkteam Twee Gemeenten.*GM0505, GM0642/);
    const again = await coordinator().directoryImport.preview({ fileName: "export.csv", contentBase64: Buffer.from(file.body).toString("base64") });
    expect(again.errors).toEqual([]);
    expect(again.rows.every((r) => r.action === "unchanged")).toBe(true);
  });
});

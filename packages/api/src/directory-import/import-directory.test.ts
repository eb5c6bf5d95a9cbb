import { seedDemo } from "@kk/db/seed";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDirectory } from "../directory-export/export-directory.ts";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";

const HEADER = "naam;sector;soort;wettelijk kader;postcode;telefoon;diensten;openbaar;contact 1 naam;contact 1 rollen;contact 1 e-mail";

function csvFile(fileName: string, lines: string[]) {
  return { fileName, contentBase64: Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8").toString("base64") };
}

describe("importing the sociale kaart", () => {
  let t: ApiTestDatabase;
  beforeAll(async () => {
    t = await createApiTestDatabase("directory-import");
    await seedDemo(t.db, { now: new Date("2026-11-25T10:00:00Z") });
  });
  afterAll(() => t.drop());

  const coordinator = () => t.callerFor(t.users.COORDINATOR);

  it("stores nothing when one row is wrong, and names that row", async () => {
    const before = await t.db.organisation.count();
    const file = csvFile("kaart.csv", [
      HEADER,
      "Huisartsenpraktijk Nieuw;MEDISCH;Huisarts;CONSENT_REQUIRED;3331 AB;078 700 11 22;huisartsenzorg;ja;Dr. Een;AANDACHTSFUNCTIONARIS;een@nieuw.demo.nl",
      "Kinderopvang Nieuw;ONDERWIJS;Kinderopvang;CONSENT_REQUIRED;12345;078 700 11 23;;ja;;;",
    ]);
    const preview = await coordinator().directoryImport.preview(file);
    expect(preview.canImport).toBe(false);
    expect(preview.rows.map((r) => r.errors.length)).toEqual([0, 1]);
    expect(preview.errors).toEqual([expect.stringMatching(/^Rij 3, postcode ‘12345’: .*postcode/)]);
    const result = await coordinator().directoryImport.commit(file);
    expect(result.imported).toBe(false);
    expect(result.errors[0]).toContain("Rij 3");
    expect(await t.db.organisation.count()).toBe(before);
    expect(await t.db.organisation.findFirst({ where: { name: "Huisartsenpraktijk Nieuw" } })).toBeNull();
  });

  it("explains wrong values in Dutch with row and column", async () => {
    const file = csvFile("kaart.csv", [
      HEADER,
      "X;MEDISCHE ZORG;Huisarts;misschien;3331 AB;12;;soms;Iemand;BAAS;geen-mail",
    ]);
    const { errors } = await coordinator().directoryImport.preview(file);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Rij 2, naam ‘X’: /),
        expect.stringMatching(/^Rij 2, sector ‘MEDISCHE ZORG’: kies uit MEDISCH/),
        expect.stringMatching(/^Rij 2, wettelijk kader ‘misschien’: kies uit/),
        expect.stringMatching(/^Rij 2, telefoon ‘12’: Vul een geldig Nederlands telefoonnummer in/),
        expect.stringMatching(/^Rij 2, openbaar ‘soms’: vul ja of nee in\./),
        expect.stringMatching(/^Rij 2, contact 1 rollen ‘BAAS’: kies uit/),
        expect.stringMatching(/^Rij 2, contact 1 e-mail ‘geen-mail’: Vul een geldig e-mailadres in/),
      ]),
    );
  });

  it("refuses a file without the required columns or with unknown ones", async () => {
    const preview = await coordinator().directoryImport.preview(csvFile("kaart.csv", ["naam;kleur", "Iets;rood"]));
    expect(preview.fileErrors).toEqual([
      "Onbekende kolom: ‘kleur’. Gebruik de kolomnamen uit het sjabloon.",
      "Verplichte kolommen ontbreken: ‘sector’, ‘soort’, ‘wettelijk kader’.",
    ]);
    expect(preview.canImport).toBe(false);
  });

  it("creates organisations with their contacts from a good file, one audit event each", async () => {
    const file = csvFile("kaart.csv", [
      HEADER,
      "Huisartsenpraktijk Nieuw;Medisch;Huisarts;vrijwillig kader;3331ab;078 700 11 22;huisartsenzorg, POH-GGZ;ja;Dr. Een;aandachtsfunctionaris, escalatie-aanspreekpunt;Een@Nieuw.demo.nl",
      "Kinderopvang Nieuw;ONDERWIJS;Kinderopvang;CONSENT_REQUIRED;3331 AC;078 700 11 23;;nee;;;",
    ]);
    const preview = await coordinator().directoryImport.preview(file);
    expect(preview.canImport).toBe(true);
    expect(preview.summary).toEqual({ organisationsCreated: 2, organisationsUpdated: 0, organisationsUnchanged: 0, contactsCreated: 1, contactsUpdated: 0 });
    expect(preview.rows[0]).toMatchObject({ rowNumber: 2, action: "create", slug: "huisartsenpraktijk-nieuw" });
    const auditBefore = await t.db.auditEvent.count({ where: { action: "organisation.import" } });
    const result = await coordinator().directoryImport.commit(file);
    expect(result.imported).toBe(true);
    const created = await t.db.organisation.findUniqueOrThrow({ where: { slug: "huisartsenpraktijk-nieuw" }, include: { contacts: true } });
    expect(created).toMatchObject({ sector: "MEDISCH", legalFrame: "CONSENT_REQUIRED", postcode: "3331 AB", services: ["huisartsenzorg", "POH-GGZ"], isPublic: true, verifiedAt: null });
    expect(created.contacts).toMatchObject([{ name: "Dr. Een", roles: ["AANDACHTSFUNCTIONARIS", "ESCALATIE_AANSPREEKPUNT"], email: "een@nieuw.demo.nl", visibility: "SIGNED_IN" }]);
    expect((await t.db.organisation.findUniqueOrThrow({ where: { slug: "kinderopvang-nieuw" } })).isPublic).toBe(false);
    expect(await t.db.auditEvent.count({ where: { action: "organisation.import" } })).toBe(auditBefore + 2);
  });

  it("updates by slug without touching verifiedAt, the version goes up and contacts are matched by name", async () => {
    const before = await t.db.organisation.findUniqueOrThrow({ where: { slug: "cjg-zwijndrecht" }, include: { contacts: true } });
    expect(before.verifiedAt).not.toBeNull();
    const file = csvFile("kaart.csv", [
      `slug;${HEADER}`,
      "cjg-zwijndrecht;CJG Zwijndrecht (nieuwe naam);JEUGDHULP_SOCIAAL_WERK;CJG;CONSENT_REQUIRED;3333 CD;078 799 99 99;opvoedondersteuning;ja;Fatima Ouali;AANDACHTSFUNCTIONARIS, LEIDINGGEVENDE;f.ouali@cjg.demo.nl",
    ]);
    const preview = await coordinator().directoryImport.preview(file);
    expect(preview.rows[0]).toMatchObject({ action: "update", slug: "cjg-zwijndrecht", contactsUpdated: 1, contactsCreated: 0 });
    expect((await coordinator().directoryImport.commit(file)).imported).toBe(true);
    const after = await t.db.organisation.findUniqueOrThrow({ where: { slug: "cjg-zwijndrecht" }, include: { contacts: true } });
    expect(after.name).toBe("CJG Zwijndrecht (nieuwe naam)");
    expect(after.phone).toBe("078 799 99 99");
    expect(after.verifiedAt).toEqual(before.verifiedAt);
    expect(after.version).toBe(before.version + 1);
    // Columns not in the file keep their value; contacts not in the file stay.
    expect(after.website).toBe(before.website);
    expect(after.contacts).toHaveLength(before.contacts.length);
    expect(after.contacts.find((c) => c.name === "Fatima Ouali")).toMatchObject({ roles: ["AANDACHTSFUNCTIONARIS", "LEIDINGGEVENDE"], email: "f.ouali@cjg.demo.nl" });
  });

  it("matches by name when there is no slug, and refuses the same organisation twice", async () => {
    const file = csvFile("kaart.csv", [
      HEADER,
      "huisartsenpraktijk walburg;MEDISCH;Huisarts;CONSENT_REQUIRED;3332 EF;078 703 30 00;;ja;;;",
      "Huisartsenpraktijk Walburg;MEDISCH;Huisarts;CONSENT_REQUIRED;3332 EF;078 703 30 00;;ja;;;",
    ]);
    const preview = await coordinator().directoryImport.preview(file);
    expect(preview.rows[0]).toMatchObject({ action: "update", slug: "huisartsenpraktijk-walburg" });
    expect(preview.rows[1]?.errors).toEqual(["Rij 3: dezelfde organisatie als rij 2. Zet elke organisatie in één rij."]);
  });

  it("takes back its own Excel export unchanged (round trip)", async () => {
    const exported = await exportDirectory(t.db, t.users.COORDINATOR, "xlsx", new Date());
    const file = { fileName: "export.xlsx", contentBase64: Buffer.from(exported.body as Uint8Array).toString("base64") };
    const snapshot = async () =>
      (await t.db.organisation.findMany({ orderBy: { slug: "asc" }, include: { contacts: { orderBy: { name: "asc" } } } })).map(
        ({ version: _v, updatedAt: _u, searchText: _s, contacts, ...o }) => ({ ...o, contacts: contacts.map(({ version: _cv, updatedAt: _cu, ...c }) => c) }),
      );
    const before = await snapshot();
    const preview = await coordinator().directoryImport.preview(file);
    expect(preview.errors).toEqual([]);
    expect(preview.summary.organisationsCreated).toBe(0);
    expect(preview.summary.organisationsUnchanged).toBe(before.length);
    expect(preview.summary.organisationsUpdated).toBe(0);
    expect((await coordinator().directoryImport.commit(file)).imported).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it("takes back its own CSV export unchanged, formula prefixes included", async () => {
    await t.db.organisation.update({ where: { slug: "buurthuis-de-schakel" }, data: { phone: "+31 78 738 80 00", description: "=nog steeds tekst" } });
    const exported = await exportDirectory(t.db, t.users.COORDINATOR, "csv", new Date());
    expect(exported.body as string).toContain("'+31 78 738 80 00");
    const file = { fileName: "export.csv", contentBase64: Buffer.from(exported.body as string, "utf8").toString("base64") };
    const preview = await coordinator().directoryImport.preview(file);
    expect(preview.errors).toEqual([]);
    expect(preview.summary.organisationsUpdated).toBe(0);
    expect(preview.summary.organisationsCreated).toBe(0);
  });

  it("reads an Excel file someone made by hand, with formulas as their value", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Blad1");
    sheet.addRow(["naam", "sector", "soort", "wettelijk kader", "omschrijving"]);
    sheet.addRow(["Excel Organisatie", "OVERIG", "Buurthuis", "CONSENT_REQUIRED", { formula: '"Buurt"&"huis"', result: "Buurthuis" }]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const preview = await coordinator().directoryImport.preview({ fileName: "hand.xlsx", contentBase64: buffer.toString("base64") });
    expect(preview.errors).toEqual([]);
    expect(preview.rows[0]).toMatchObject({ name: "Excel Organisatie", action: "create" });
  });

  it("neutralises a formula after a separator inside a cell, and takes the export back unchanged (issue 14, 9c)", async () => {
    await t.db.organisation.update({ where: { slug: "buurthuis-de-schakel" }, data: { description: "Zorg,=1+1;@SUM(A1)\n-2+3" } });
    const exported = (await exportDirectory(t.db, t.users.COORDINATOR, "csv", new Date())).body as string;
    expect(exported).toContain(`"Zorg,'=1+1;'@SUM(A1)\n'-2+3"`);
    // A spreadsheet that splits this ";"-file on "," (or on tabs) finds no cell that starts a formula.
    for (const line of exported.split("\r\n")) for (const cell of line.split(",")) expect(cell.replace(/^"/, "")).not.toMatch(/^[=+\-@]/);
    const preview = await coordinator().directoryImport.preview({ fileName: "export.csv", contentBase64: Buffer.from(exported, "utf8").toString("base64") });
    expect(preview.errors).toEqual([]);
    expect(preview.summary.organisationsUpdated).toBe(0);
  });

  it("refuses a zip bomb and a sheet with a value in XFD1048576 as a whole file, quickly (issue 14, 6a)", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Blad1").addRow(["naam", "sector", "soort", "wettelijk kader"]);
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    zip.file("xl/media/image1.bin", new Uint8Array(60 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
    const refused = await coordinator().directoryImport.preview({ fileName: "kaart.xlsx", contentBase64: bomb.toString("base64") });
    expect(refused.rows).toEqual([]);
    expect(refused.fileErrors).toEqual([expect.stringMatching(/^Het Excel-bestand wordt uitgepakt groter dan 50 MB/)]);

    workbook.worksheets[0]!.getCell("XFD1048576").value = "x";
    const far = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
    const tooWide = await coordinator().directoryImport.preview({ fileName: "kaart.xlsx", contentBase64: far });
    expect(tooWide.fileErrors).toEqual([expect.stringMatching(/^Het werkblad is te groot: er staat iets in cel XFD1048576\./)]);
  }, 60_000);

  it("limits size and type of the file", async () => {
    await expect(coordinator().directoryImport.preview({ fileName: "kaart.pdf", contentBase64: "eA==" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const big = "A".repeat(Math.ceil((5 * 1024 * 1024) / 3) * 4 + 4);
    await expect(coordinator().directoryImport.preview({ fileName: "kaart.csv", contentBase64: big })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const rows = Array.from({ length: 2001 }, (_, i) => `Org ${i};OVERIG;Overig;CONSENT_REQUIRED;;;;;;;`);
    const preview = await coordinator().directoryImport.preview(csvFile("veel.csv", [HEADER, ...rows]));
    expect(preview.fileErrors[0]).toMatch(/2001 rijen; importeer hoogstens 2000/);
  });

  it("is the coordinator's alone", async () => {
    const file = csvFile("kaart.csv", [HEADER]);
    for (const role of ["BEHEERDER", "PARTNER", "PROFESSIONAL", "RAAD"] as const) {
      await expect(t.callerFor(t.users[role]).directoryImport.commit(file)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

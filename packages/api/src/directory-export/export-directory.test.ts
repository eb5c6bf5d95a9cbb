import { seedDemo } from "@kk/db/seed";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { exportDirectory, importTemplate, publicDirectory } from "./export-directory.ts";

const NOW = new Date("2026-11-25T10:00:00Z");

function parseCsv(body: string | Uint8Array): string[][] {
  expect(typeof body).toBe("string");
  const text = body as string;
  expect(text.startsWith("\uFEFF")).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { delimiter: ";", skipEmptyLines: true }).data;
}

describe("exporting the sociale kaart", () => {
  let t: ApiTestDatabase;
  beforeAll(async () => {
    t = await createApiTestDatabase("directory-export");
    await seedDemo(t.db, { now: NOW });
    const closed = await t.db.organisation.create({
      data: { name: "Opgeheven Praktijk", slug: "opgeheven-praktijk", sector: "MEDISCH", type: "Huisarts", legalFrame: "CONSENT_REQUIRED", status: "CLOSED" },
    });
    await t.db.contact.create({ data: { organisationId: closed.id, name: "Oud Contact" } });
    await t.db.organisation.create({
      data: {
        name: "Formule Test",
        slug: "formule-test",
        sector: "OVERIG",
        type: "Overig",
        legalFrame: "CONSENT_REQUIRED",
        description: '=HYPERLINK("http://evil.example","klik")',
        openingHours: "@SUM(1+1)",
        phone: "+31 78 700 00 00",
      },
    });
    await t.db.contact.create({ data: { organisationId: t.partnerOrganisationId, name: "Geheime Eigen Jurist", visibility: "COORDINATORS" } });
  });
  afterAll(() => t.drop());

  it("gives the coordinator everything, coordinators-only contacts and closed organisations included", async () => {
    const file = await exportDirectory(t.db, t.users.COORDINATOR, "csv", NOW);
    expect(file.fileName).toBe("sociale-kaart-2026-11-25.csv");
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    const [header, ...rows] = parseCsv(file.body);
    expect(header?.slice(0, 4)).toEqual(["slug", "naam", "omschrijving", "sector"]);
    expect(header).toContain("contact 1 naam");
    expect(header).toContain("contact 4 zichtbaarheid");
    const text = file.body as string;
    expect(text).toContain("Marieke Dekker"); // Veilig Thuis' jurist, coordinators only
    expect(text).toContain("Opgeheven Praktijk");
    expect(rows.length).toBe(await t.db.organisation.count());
    const veiligThuis = rows.find((r) => r[0] === "veilig-thuis-zhz");
    expect(veiligThuis?.[header!.indexOf("wettelijk kader")]).toBe("WITHOUT_CONSENT");
    expect(veiligThuis?.[header!.indexOf("gecontroleerd op")]).toBe("2026-11-15");
  });

  it("gives a professional only what the organisation pages show them", async () => {
    const file = await exportDirectory(t.db, t.users.PROFESSIONAL, "csv", NOW);
    const text = file.body as string;
    expect(text).toContain("Adviesteam Veilig Thuis");
    expect(text).not.toContain("Marieke Dekker");
    expect(text).not.toContain("Geheime Eigen Jurist");
    expect(text).not.toContain("Opgeheven Praktijk");
    expect(text).not.toContain("Oud Contact");
  });

  it("shows a partner the coordinators-only contacts of its own organisation only", async () => {
    const text = (await exportDirectory(t.db, t.users.PARTNER, "csv", NOW)).body as string;
    expect(text).toContain("Geheime Eigen Jurist");
    expect(text).not.toContain("Marieke Dekker");
  });

  it("refuses the council and anonymous callers", async () => {
    await expect(exportDirectory(t.db, t.users.RAAD, "csv", NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportDirectory(t.db, null, "csv", NOW)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("neutralises cells a spreadsheet would run as a formula", async () => {
    const file = await exportDirectory(t.db, t.users.COORDINATOR, "csv", NOW);
    const [header, ...rows] = parseCsv(file.body);
    const row = rows.find((r) => r[0] === "formule-test")!;
    expect(row[header!.indexOf("omschrijving")]).toBe(`'=HYPERLINK("http://evil.example","klik")`);
    expect(row[header!.indexOf("openingstijden")]).toBe("'@SUM(1+1)");
    expect(row[header!.indexOf("telefoon")]).toBe("'+31 78 700 00 00");
    for (const cells of rows) for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it("writes an Excel workbook with the same rows", async () => {
    const file = await exportDirectory(t.db, t.users.COORDINATOR, "xlsx", NOW);
    expect(file.fileName).toBe("sociale-kaart-2026-11-25.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.body as Uint8Array) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).text).toBe("naam");
    expect(sheet.actualRowCount).toBe((await t.db.organisation.count()) + 1);
    // Text, not a formula: the cell holds the string as typed.
    const values: string[] = [];
    sheet.eachRow((row) => values.push(row.getCell(3).text));
    expect(values).toContain('=HYPERLINK("http://evil.example","klik")');
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it("writes JSON with HSDS field names", async () => {
    const file = await exportDirectory(t.db, t.users.COORDINATOR, "json", NOW);
    expect(file.contentType).toBe("application/json; charset=utf-8");
    const page = JSON.parse(file.body as string);
    expect(page.total_items).toBe(await t.db.organisation.count());
    const wijkteam = page.contents.find((o: { kk: { slug: string } }) => o.kk.slug === "wijkteam-zwijndrecht");
    expect(wijkteam).toMatchObject({
      name: "Wijkteam Zwijndrecht",
      email: "info@wijkteam-zwijndrecht.demo.nl",
      website: "https://www.wijkteam-zwijndrecht.demo.nl",
      phones: [{ number: "078-701 10 00", type: "voice" }],
      locations: [{ location_type: "physical", addresses: [{ address_1: "Walburgplein 12", postal_code: "3332 AB", region: "Walburg", country: "NL" }] }],
      kk: { legal_frame: "CONSENT_REQUIRED", sector: "JEUGDHULP_SOCIAAL_WERK" },
    });
    expect(wijkteam.services.map((s: { name: string }) => s.name)).toContain("KOPP/KVO");
    expect(wijkteam.services[0]).toMatchObject({ status: "active", assured_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(wijkteam.contacts[0]).toMatchObject({ name: "Sanne de Wit", title: "Aandachtsfunctionaris kindermishandeling", kk: { roles: ["AANDACHTSFUNCTIONARIS"] } });
  });

  it("records the download in the audit log", async () => {
    const before = await t.db.auditEvent.count({ where: { action: "directory.export" } });
    await exportDirectory(t.db, t.users.BEHEERDER, "json", NOW);
    const events = await t.db.auditEvent.findMany({ where: { action: "directory.export" }, orderBy: { at: "desc" } });
    expect(events.length).toBe(before + 1);
    expect(events[0]?.actorId).toBe(t.users.BEHEERDER.id);
  });

  it("publishes only public, active organisations and no people", async () => {
    const page = await publicDirectory(t.db);
    const slugs = page.contents.map((o) => o.kk.slug);
    expect(slugs).toContain("veilig-thuis-zhz");
    expect(slugs).not.toContain("vrouwenopvang-drechtsteden"); // not public
    expect(slugs).not.toContain("opvoedpunt-oostendam"); // inactive
    expect(slugs).not.toContain("opgeheven-praktijk"); // closed
    expect(page.contents.every((o) => o.contacts.length === 0)).toBe(true);
    const text = JSON.stringify(page);
    for (const name of ["Carla Coördinator", "Sanne de Wit", "Marieke Dekker", "Adviesteam"]) expect(text).not.toContain(name);
    expect(page.total_items).toBe(await t.db.organisation.count({ where: { isPublic: true, status: "ACTIVE" } }));
  });

  it("offers an import template with the columns and one example row", async () => {
    const [header, ...rows] = parseCsv((await importTemplate("csv")).body);
    expect(header).toContain("naam");
    expect(header).toContain("contact 2 rollen");
    expect(rows).toHaveLength(1);
  });
});

import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { DEMO_AREAS, fixture } from "./fixtures/areas.ts";
import { prepareFigureImport } from "./import-figures.ts";
import { proposeMapping } from "./mapping.ts";

const BASE = { areas: DEMO_AREAS, existingDeliveries: [] };

describe("prepareFigureImport", () => {
  it("takes a template file straight to validation (every column is exact)", async () => {
    const preview = await prepareFigureImport({ ...BASE, format: "TEMPLATE", fileName: "cijfers.csv", content: fixture("template-voorbeeld.csv") });
    expect(preview.stage).toBe("VALIDATED");
    if (preview.stage !== "VALIDATED") return;
    expect(preview.result.ok && preview.result.rows).toHaveLength(14);
    expect(preview.notes).toEqual([]);
  });

  it("validates a CBS file with the rounding allowance and notes the rounding", async () => {
    const preview = await prepareFigureImport({
      ...BASE,
      unknownAreas: "skip",
      format: "CBS",
      fileName: "cbs-84849NED-veilig-thuis-regio.csv",
      content: fixture("cbs-84849NED-veilig-thuis-regio.csv"),
    });
    expect(preview).toMatchObject({ stage: "VALIDATED", tableId: "84849NED", notes: [expect.stringContaining("vijftallen")], result: { ok: true } });
  });

  it("asks to confirm a mapping with an uncertain column, then uses the confirmed or remembered one", async () => {
    const content = new TextEncoder().encode("Jaar;Wijk;Maatregel;Aantal;Opmerking\n2018;Centrum;meldingen;12;eerste levering\n");
    const first = await prepareFigureImport({ ...BASE, format: "TEMPLATE", fileName: "eigen.csv", content });
    expect(first.stage).toBe("MAPPING");
    if (first.stage !== "MAPPING") return;
    expect(first.proposal.quality).toEqual(["exact", "exact", "exact", "exact", "none"]);
    const confirmed = { fingerprint: first.proposal.fingerprint, columns: first.proposal.columns };
    const second = await prepareFigureImport({ ...BASE, format: "TEMPLATE", fileName: "eigen.csv", content, mapping: confirmed });
    expect(second).toMatchObject({ stage: "VALIDATED", remembered: false, result: { ok: true, rows: [expect.objectContaining({ areaId: "centrum", value: 12 })] } });
    const next = await prepareFigureImport({ ...BASE, format: "TEMPLATE", fileName: "eigen-2019.csv", content, remembered: [confirmed] });
    expect(next).toMatchObject({ stage: "VALIDATED", remembered: true, result: { ok: true } });
  });

  it("keeps asking while a confirmed mapping is incomplete", async () => {
    const content = new TextEncoder().encode("periode;gebied;maatregel;waarde\n2018;Centrum;meldingen;12\n");
    const proposal = proposeMapping(["periode", "gebied", "maatregel", "waarde"]);
    const mapping = { fingerprint: proposal.fingerprint, columns: proposal.columns.map((c) => (c.header === "waarde" ? { ...c, target: { kind: "ignore" as const } } : c)) };
    const preview = await prepareFigureImport({ ...BASE, format: "TEMPLATE", fileName: "x.csv", content, mapping });
    expect(preview).toMatchObject({ stage: "MAPPING", proposal: { problems: [expect.stringContaining("‘waarde’")] } });
  });

  it("reports an unreadable file in Dutch", async () => {
    expect(await prepareFigureImport({ ...BASE, format: "CBS", fileName: "x.csv", content: new TextEncoder().encode("a;b\n1;2\n") })).toEqual({
      stage: "FILE_ERROR",
      errors: [expect.stringContaining("Geen kolomkop gevonden")],
    });
    expect(await prepareFigureImport({ ...BASE, format: "TEMPLATE", fileName: "x.csv", content: new TextEncoder().encode("") })).toEqual({
      stage: "FILE_ERROR",
      errors: ["Het bestand is leeg: de eerste rij moet de kolomnamen bevatten."],
    });
  });
  it.each(["CBS", "TEMPLATE"] as const)("refuses a %s workbook with a value in XFD1048576 as a whole file, without walking to it (issue 14, 6a)", async (format) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("cijfers");
    sheet.addRow(["periode", "gebied", "maatregel", "uitsplitsing", "sleutel", "waarde", "status", "voorlopig"]);
    sheet.getCell("XFD1048576").value = "x";
    const content = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await prepareFigureImport({ ...BASE, format, fileName: "cijfers.xlsx", content })).toEqual({
      stage: "FILE_ERROR",
      errors: [expect.stringMatching(/^Het werkblad is te groot: er staat iets in cel XFD1048576\./)],
    });
  }, 20_000);
});

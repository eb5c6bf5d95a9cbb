import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ImportFileError } from "../directory-import/read-table.ts";
import { CBS_ROUNDING_NOTE, readCbsFile } from "./cbs.ts";
import { DEMO_AREAS, fixture } from "./fixtures/areas.ts";
import { applyMapping, proposeMapping } from "./mapping.ts";
import { validateFigureRows, type ReadyFigureRow } from "./validate.ts";

const REGION_FILE = "cbs-84849NED-veilig-thuis-regio.csv";
const FORMS_FILE = "cbs-84851NED-vormen-van-geweld.csv";

async function importCbs(fileName: string, content: Uint8Array, unknownAreas: "error" | "skip" = "skip") {
  const table = await readCbsFile(fileName, content);
  const proposal = proposeMapping(table.header);
  expect(proposal.problems).toEqual([]);
  const mapped = applyMapping(table, proposal);
  if (!mapped.ok) throw new Error(mapped.errors.join("\n"));
  return validateFigureRows(mapped.rows, { areas: DEMO_AREAS, existingDeliveries: [], roundedToFive: true, unknownAreas });
}

function find(rows: ReadyFigureRow[], q: Partial<Pick<ReadyFigureRow, "areaId" | "measure" | "breakdownKey">> & { period: string }) {
  return rows.filter(
    (r) => r.period.code === q.period && (q.areaId ?? r.areaId) === r.areaId && (q.measure ?? r.measure) === r.measure && (q.breakdownKey ?? r.breakdownKey) === r.breakdownKey,
  );
}

describe("reading a CBS StatLine CSV (84849NED, by region)", () => {
  it("finds the header below the title lines and drops the source line below the data", async () => {
    const table = await readCbsFile(REGION_FILE, fixture(REGION_FILE));
    expect(table.tableId).toBe("84849NED");
    expect(table.title[0]).toBe("Veilig Thuis; adviezen, meldingen, regio");
    expect(table.footer).toEqual(["Bron: CBS (opmaak als StatLine; de cijfers zijn verzonnen)"]);
    expect(table.header.slice(0, 3)).toEqual(["regio's", "perioden", "adviezen/totaal adviezen (aantal)"]);
    expect(table.header).toHaveLength(15);
    // Row numbers as in the file: title (1), note (2), empty (3), header (4), first data row 5.
    expect(table.rows[0]).toMatchObject({ rowNumber: 5, cells: expect.arrayContaining(["Veilig Thuis Zuid-Holland Zuid", "2023 1e halfjaar"]) });
    expect(table.rows.map((r) => r.cells[0])).toEqual([...Array(3).fill("Veilig Thuis Zuid-Holland Zuid"), ...Array(3).fill("Dordrecht"), ...Array(3).fill("Zwijndrecht")]);
  });

  it("proposes a mapping for every column: dimensions to fields, topics to measures with their reporter group", async () => {
    const table = await readCbsFile(REGION_FILE, fixture(REGION_FILE));
    const proposal = proposeMapping(table.header);
    expect(proposal.columns.map((c) => c.target)).toEqual([
      { kind: "field", field: "gebied" },
      { kind: "field", field: "periode" },
      { kind: "measure", measure: "ADVICE_REQUESTS", breakdownKey: null },
      { kind: "measure", measure: "REPORTS", breakdownKey: null },
      { kind: "measure", measure: "CHILD_REPORTS", breakdownKey: null },
      { kind: "measure", measure: "CHILD_REPORTS", breakdownKey: "POLITIE" },
      { kind: "measure", measure: "CHILD_REPORTS", breakdownKey: "ONDERWIJS" },
      { kind: "measure", measure: "CHILD_REPORTS", breakdownKey: "HUISARTS_MEDISCH" },
      { kind: "measure", measure: "CHILD_REPORTS", breakdownKey: "JEUGDHULP_WIJKTEAM" },
      { kind: "measure", measure: "CHILD_REPORTS", breakdownKey: "KINDEROPVANG" },
      { kind: "measure", measure: "CHILD_REPORTS", breakdownKey: "BURGER_OMGEVING" },
      { kind: "measure", measure: "CHILD_REPORTS", breakdownKey: "OVERIG" },
      { kind: "measure", measure: "CHILDREN_INVOLVED", breakdownKey: null },
      { kind: "measure", measure: "INVESTIGATIONS_COMPLETED", breakdownKey: null },
      { kind: "measure", measure: "ABUSE_CONFIRMED", breakdownKey: null },
    ]);
    expect(proposal.quality.every((q) => q === "exact")).toBe(true);
  });

  it("imports the known regions: '.' becomes SUPPRESSED (never 0), '*' marks provisional periods", async () => {
    const result = await importCbs(REGION_FILE, fixture(REGION_FILE));
    if (!result.ok) throw new Error(result.errors.join("\n"));
    // 2 known areas × 3 periods × 13 values.
    expect(result.rows).toHaveLength(78);
    const confirmedH2 = find(result.rows, { period: "2023-H2", areaId: "zwijndrecht", measure: "ABUSE_CONFIRMED" });
    expect(confirmedH2).toEqual([expect.objectContaining({ value: null, status: "SUPPRESSED", rowNumber: 12, column: "bevestigde kindermishandeling (aantal)" })]);
    const childcare = find(result.rows, { period: "2023-H1", areaId: "zwijndrecht", measure: "CHILD_REPORTS", breakdownKey: "KINDEROPVANG" });
    expect(childcare).toEqual([expect.objectContaining({ breakdownKind: "REPORTER_GROUP", value: null, status: "SUPPRESSED" })]);
    expect(find(result.rows, { period: "2023", areaId: "vt-zhz", measure: "REPORTS" })[0]).toMatchObject({ value: 4575, status: "VALUE", provisional: true });
    expect(result.periods.map((p) => [p.code, p.label, p.provisional, p.rowCount, p.action])).toEqual([
      ["2023", "2023", true, 26, "NEW"],
      ["2023-H1", "2023 1e halfjaar", false, 26, "NEW"],
      ["2023-H2", "2023 2e halfjaar", true, 26, "NEW"],
    ]);
    // Dordrecht is not an area of the portal: skipped and said so, per row.
    expect(result.skipped).toHaveLength(3 * 13);
    expect(result.skipped[0]).toBe("Rij 8, kolom ‘adviezen/totaal adviezen (aantal)’: gebied ‘Dordrecht’ is niet bekend in het portaal en is overgeslagen.");
  });

  it("refuses the whole file for an unknown region unless asked to skip it", async () => {
    const result = await importCbs(REGION_FILE, fixture(REGION_FILE), "error");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatch(/^Rij 8, kolom ‘adviezen\/totaal adviezen \(aantal\)’: onbekend gebied ‘Dordrecht’\. Bekende gebieden: Veilig Thuis Zuid-Holland Zuid, Zwijndrecht, Centrum/);
    expect(new Set(result.errors.map((e) => e.slice(0, 6)))).toEqual(new Set(["Rij 8,", "Rij 9,", "Rij 10"]));
  });

  it("explains the rounding to multiples of five in Dutch", () => {
    expect(CBS_ROUNDING_NOTE).toContain("vijftallen");
  });
});

describe("reading a CBS StatLine CSV (84851NED, by form of violence)", () => {
  it("maps the form dimension to the breakdown key and accepts forms that add up to more than the total", async () => {
    const table = await readCbsFile(FORMS_FILE, fixture(FORMS_FILE));
    expect(table.tableId).toBe("84851NED");
    expect(table.title).toEqual([]);
    expect(proposeMapping(table.header).columns.map((c) => c.target)).toEqual([
      { kind: "field", field: "gebied" },
      { kind: "field", field: "periode" },
      { kind: "field", field: "sleutel" },
      { kind: "measure", measure: "CHILD_REPORTS", breakdownKey: null },
    ]);
    const result = await importCbs(FORMS_FILE, fixture(FORMS_FILE));
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const h1 = find(result.rows, { period: "2023-H1", areaId: "zwijndrecht" });
    expect(h1.map((r) => [r.breakdownKind, r.breakdownKey, r.value, r.status])).toEqual([
      ["NONE", "", 60, "VALUE"],
      ["FORM", "LICHAMELIJKE_MISHANDELING", 15, "VALUE"],
      ["FORM", "PSYCHISCHE_MISHANDELING", 20, "VALUE"],
      ["FORM", "LICHAMELIJKE_VERWAARLOZING", 10, "VALUE"],
      ["FORM", "PSYCHISCHE_VERWAARLOZING", 15, "VALUE"],
      ["FORM", "SEKSUEEL_MISBRUIK", null, "SUPPRESSED"],
      ["FORM", "GETUIGE_HUISELIJK_GEWELD", 25, "VALUE"],
    ]);
    // 15 + 20 + 10 + 15 + 25 = 85 > 60: one report can name several forms, so this is not an error.
    expect(result.periods.find((p) => p.code === "2023-H2")?.provisional).toBe(true);
  });

  it("takes the table id from the file name when there is no title", async () => {
    const text = '"Regio\'s";"Perioden";"Meldingen (aantal)"\r\n"Zwijndrecht";"2022";"270"\r\n';
    const table = await readCbsFile("84849NED_UntypedDataSet.csv", new TextEncoder().encode(text));
    expect(table.tableId).toBe("84849NED");
    expect(table.rows).toEqual([{ rowNumber: 2, cells: ["Zwijndrecht", "2022", "270"] }]);
  });
});

describe("CBS files that are not what they seem", () => {
  it("reads a comma-separated download too", async () => {
    const text = '"Titel, met komma"\n"Regio\'s","Perioden","Meldingen (aantal)"\n"Zwijndrecht","2022*","1.250"\n';
    const table = await readCbsFile("84849NED.csv", new TextEncoder().encode(text));
    expect(table.title).toEqual(["Titel, met komma"]);
    expect(table.rows).toEqual([{ rowNumber: 3, cells: ["Zwijndrecht", "2022*", "1.250"] }]);
  });

  it("refuses a file without a Regio's/Perioden header, in Dutch", async () => {
    await expect(readCbsFile("x.csv", new TextEncoder().encode("naam;waarde\nZwijndrecht;5\n"))).rejects.toThrow(ImportFileError);
    await expect(readCbsFile("x.csv", new TextEncoder().encode("naam;waarde\n"))).rejects.toThrow(/Regio's’ en ‘Perioden’/);
  });

  it("refuses a file that is not UTF-8", async () => {
    await expect(readCbsFile("x.csv", new Uint8Array([0x52, 0x65, 0x67, 0x69, 0x6f, 0xe9, 0x3b]))).rejects.toThrow(/UTF-8/);
  });

  it("reads an XLSX download with title rows above the header", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("84849NED");
    sheet.addRow(["Veilig Thuis; adviezen, meldingen, regio (84849NED)"]);
    sheet.addRow([]);
    sheet.addRow(["Regio's", "Perioden", "Meldingen/Meldingen kindermishandeling (aantal)"]);
    sheet.addRow(["Zwijndrecht", "2022 2e halfjaar", "."]);
    sheet.addRow(["Bron: CBS"]);
    const content = new Uint8Array(await workbook.xlsx.writeBuffer());
    const table = await readCbsFile("download.xlsx", content);
    expect(table.tableId).toBe("84849NED");
    expect(table.header).toEqual(["regio's", "perioden", "meldingen/meldingen kindermishandeling (aantal)"]);
    expect(table.rows).toEqual([{ rowNumber: 4, cells: ["Zwijndrecht", "2022 2e halfjaar", "."] }]);
    expect(table.footer).toEqual(["Bron: CBS"]);
    const result = await importCbs("download.xlsx", content);
    expect(result.ok && result.rows).toEqual([expect.objectContaining({ measure: "CHILD_REPORTS", status: "SUPPRESSED", value: null, areaId: "zwijndrecht" })]);
  });
});

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { ImportFileError, readImportTable } from "./read-table.ts";
import { checkXlsxZip, XLSX_MAX_UNCOMPRESSED_BYTES } from "./xlsx-limits.ts";

/*
 * Issue 14, finding 6a: hostile .xlsx files. A zip bomb is refused before exceljs unpacks it; a
 * sheet is read by its existing cells only, never up to a huge last address; beyond 20,000 rows or
 * 200 columns the file is refused. All with a Dutch message for the whole file (no row number).
 */

async function workbookWith(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Blad1");
  sheet.addRow(["naam", "sector"]);
  sheet.addRow(["Buurthuis", "OVERIG"]);
  fill(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A real workbook with one more part: `size` zero bytes, deflated to a few kB (a zip bomb). */
async function zipBomb(size: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await workbookWith(() => {}));
  zip.file("xl/media/image1.bin", new Uint8Array(size));
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } }));
}

/** The same zip, with every entry's declared uncompressed size in the central directory set to 1. */
function lyingAboutSizes(zip: Uint8Array): Uint8Array {
  const copy = new Uint8Array(zip);
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 46 <= copy.length; at += 1) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 1, true);
  }
  return copy;
}

async function fileError(content: Uint8Array): Promise<string> {
  const error: unknown = await readImportTable("kaart.xlsx", content).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return (error as ImportFileError).message;
}

describe("xlsx zip limits", () => {
  it("refuses a zip bomb before parsing it", async () => {
    const bomb = await zipBomb(XLSX_MAX_UNCOMPRESSED_BYTES + 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await fileError(bomb)).toBe(
      "Het Excel-bestand wordt uitgepakt groter dan 50 MB. Zo'n bestand lezen we niet. Kopieer alleen de gegevens naar een nieuwe werkmap, of sla het werkblad op als CSV.",
    );
  }, 60_000);

  it("checks the actual sizes, not only what the zip declares", async () => {
    const bomb = await zipBomb(2 * 1024 * 1024);
    expect(checkXlsxZip(bomb, 1024 * 1024)).toBe("too-large");
    expect(checkXlsxZip(lyingAboutSizes(bomb), 1024 * 1024)).toBe("too-large");
    expect(checkXlsxZip(lyingAboutSizes(bomb), 4 * 1024 * 1024)).toBeNull();
  }, 60_000);

  it("refuses what is not a zip as unreadable", async () => {
    expect(checkXlsxZip(new TextEncoder().encode("naam;sector\n"))).toBe("unreadable");
    expect(await fileError(new TextEncoder().encode("naam;sector\n"))).toMatch(/kan niet worden gelezen/);
  });

  it("accepts an ordinary workbook", async () => {
    const table = await readImportTable("kaart.xlsx", await workbookWith(() => {}));
    expect(table).toEqual({ header: ["naam", "sector"], rows: [{ rowNumber: 2, cells: ["Buurthuis", "OVERIG"] }] });
  });
});

describe("xlsx sheet limits", () => {
  it("reads an almost empty sheet whose last used cell is XFD1048576 (a style, no value) by its cells only", async () => {
    const content = await workbookWith((sheet) => {
      sheet.getCell("XFD1048576").style = { font: { bold: true } };
    });
    const started = performance.now();
    const table = await readImportTable("kaart.xlsx", content);
    expect(table.rows).toEqual([{ rowNumber: 2, cells: ["Buurthuis", "OVERIG"] }]);
    expect(performance.now() - started).toBeLessThan(5_000);
  }, 20_000);

  it.each([
    ["XFD1048576", "XFD1048576"],
    ["A20001", "A20001"],
    ["GS1", "GS1"],
  ])("refuses a sheet with a value in cell %s", async (address, shown) => {
    const message = await fileError(await workbookWith((sheet) => {
      sheet.getCell(address).value = "x";
    }));
    expect(message).toBe(
      `Het werkblad is te groot: er staat iets in cel ${shown}. We lezen hoogstens 20.000 rijen en 200 kolommen. Verwijder wat buiten de tabel staat, of splits het bestand.`,
    );
  }, 20_000);

  it("reads up to row 20,000 and column 200", async () => {
    const table = await readImportTable("kaart.xlsx", await workbookWith((sheet) => {
      sheet.getCell("GR20000").value = "laatste";
    }));
    const last = table.rows.at(-1)!;
    expect(last.rowNumber).toBe(20_000);
    expect(last.cells).toHaveLength(200);
    expect(last.cells[199]).toBe("laatste");
    expect(table.rows[0]!.cells.slice(0, 2)).toEqual(["Buurthuis", "OVERIG"]);
  }, 20_000);
});

import ExcelJS from "exceljs";
import Papa from "papaparse";
import { restoreFormula } from "../directory-export/csv.ts";
import { checkXlsxZip, SHEET_MAX_COLUMNS, SHEET_MAX_ROWS, XLSX_MAX_ENTRIES, XLSX_MAX_UNCOMPRESSED_BYTES } from "./xlsx-limits.ts";

/** A sheet as text: the header and the data rows with their row number in the spreadsheet. */
export interface ImportTable {
  header: string[];
  rows: Array<{ rowNumber: number; cells: string[] }>;
}

export class ImportFileError extends Error {}

/** Reads the first sheet of an .xlsx or a CSV (separator detected: ";" from Dutch Excel, or ","). */
export async function readImportTable(fileName: string, content: Uint8Array): Promise<ImportTable> {
  const lines = fileName.toLowerCase().endsWith(".xlsx") ? await readXlsx(content) : readCsv(content);
  const [header, ...rest] = lines;
  if (!header || header.every((cell) => cell.trim() === "")) throw new ImportFileError("Het bestand is leeg: de eerste rij moet de kolomnamen bevatten.");
  const rows = rest
    .map((cells, index) => ({ rowNumber: index + 2, cells: cells.map((cell) => restoreFormula(cell)) }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ""));
  return { header: header.map((cell) => cell.trim().toLowerCase()), rows };
}

function readCsv(content: Uint8Array): string[][] {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch {
    throw new ImportFileError("Het CSV-bestand is niet in UTF-8 opgeslagen. Kies in Excel ‘CSV UTF-8 (door komma's gescheiden)’.");
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: delimiterOf(text) });
  const fatal = parsed.errors.find((e) => e.type === "Quotes");
  if (fatal) throw new ImportFileError(`Rij ${(fatal.row ?? 0) + 1}: een aanhalingsteken wordt niet afgesloten.`);
  return parsed.data;
}

/** The separator of the header line: Dutch Excel writes ";", others ",", some tabs. */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const counts = [";", ",", "\t"].map((d) => ({ d, n: header.split(d).length }));
  return counts.reduce((best, c) => (c.n > best.n ? c : best)).d;
}

const UNREADABLE_XLSX = "Het Excel-bestand kan niet worden gelezen. Sla het op als Excel-werkmap (.xlsx) en probeer het opnieuw.";
const dutch = (n: number) => n.toLocaleString("nl-NL");

async function readXlsx(content: Uint8Array): Promise<string[][]> {
  // Before exceljs unpacks anything: the zip's entries, declared and actual sizes (xlsx-limits.ts).
  const zipProblem = checkXlsxZip(content);
  if (zipProblem === "too-large") {
    throw new ImportFileError(
      `Het Excel-bestand wordt uitgepakt groter dan ${XLSX_MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB. Zo'n bestand lezen we niet. Kopieer alleen de gegevens naar een nieuwe werkmap, of sla het werkblad op als CSV.`,
    );
  }
  if (zipProblem === "too-many-entries") {
    throw new ImportFileError(`Het Excel-bestand bestaat uit meer dan ${dutch(XLSX_MAX_ENTRIES)} onderdelen. Kopieer alleen de gegevens naar een nieuwe werkmap, of sla het werkblad op als CSV.`);
  }
  if (zipProblem) throw new ImportFileError(UNREADABLE_XLSX);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(content) as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError(UNREADABLE_XLSX);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError("Het Excel-bestand heeft geen werkblad.");
  // Only the cells that exist: never every address up to the sheet's dimension or last used cell.
  const lines: string[][] = [];
  let width = 0;
  let outside: string | null = null;
  sheet.eachRow((row, rowNumber) => {
    if (outside) return;
    const cells: string[] = [];
    row.eachCell((cell, column) => {
      if (outside) return;
      const text = cellText(cell);
      if (text === "") return;
      if (rowNumber > SHEET_MAX_ROWS || column > SHEET_MAX_COLUMNS) {
        outside = cell.address;
        return;
      }
      cells[column - 1] = text;
    });
    if (cells.length > 0) {
      lines[rowNumber - 1] = Array.from(cells, (text) => text ?? "");
      width = Math.max(width, cells.length);
    }
  });
  if (outside) {
    throw new ImportFileError(
      `Het werkblad is te groot: er staat iets in cel ${outside as string}. We lezen hoogstens ${dutch(SHEET_MAX_ROWS)} rijen en ${SHEET_MAX_COLUMNS} kolommen. Verwijder wat buiten de tabel staat, of splits het bestand.`,
    );
  }
  // Holes are rows without values: keep them so row numbers stay as in Excel; all rows equally wide.
  return Array.from(lines, (cells) => {
    const row = cells ?? [];
    return row.length < width ? [...row, ...Array<string>(width - row.length).fill("")] : row;
  });
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object" && "formula" in value) {
    // A formula's last calculated result, never the formula itself.
    const result = value.result;
    return result === undefined || result === null || typeof result === "object" ? "" : String(result);
  }
  return cell.text;
}

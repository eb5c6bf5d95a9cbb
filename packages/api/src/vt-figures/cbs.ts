import Papa from "papaparse";
import { ImportFileError, readImportTable, type ImportTable } from "../directory-import/read-table.ts";
import { normaliseName } from "./import-types.ts";

/*
 * CSV (or XLSX) downloads of CBS StatLine's Veilig Thuis tables by region, such as 84849NED
 * ("Veilig Thuis; adviezen, meldingen, regio") and 84851NED (reports by form of violence):
 * semicolon-separated, quoted cells, a header row with the dimension titles ("Regio's", "Perioden",
 * "Vorm van geweld") and the topic titles ("Meldingen/Totaal meldingen (aantal)"), sometimes with the
 * table title above it and "Bron: CBS" below. Periods like "2023 1e halfjaar*" (* = provisional);
 * "." = unknown or secret. CBS rounds counts to multiples of five: the import keeps them as they are
 * and the validator allows for the rounding when it compares parts with totals.
 * The body is read by the sociale kaart reader (directory-import/read-table.ts); this module finds the
 * header row and drops the title and footer lines around it.
 */

export interface CbsTable extends ImportTable {
  /** "84849NED", from the title lines or the file name; null when neither names it. */
  tableId: string | null;
  /** The title lines above the header ("Veilig Thuis; adviezen, meldingen, regio"). */
  title: string[];
  /** Footer lines below the data ("Bron: CBS"). */
  footer: string[];
}

/** Dutch, for the preview: why totals and parts of a CBS file need not add up exactly. */
export const CBS_ROUNDING_NOTE =
  "Het CBS rondt aantallen af op vijftallen. De cijfers worden zo overgenomen; een optelling van afgeronde delen kan daardoor iets afwijken van het afgeronde totaal.";

const TABLE_ID = /(?:^|[^0-9a-z])(\d{5}NED)(?![a-z])/i;

/** A header row names the region and the period dimension. */
function isHeader(cells: readonly string[]): boolean {
  const names = cells.map(normaliseName);
  return names.some((n) => n === "perioden" || n === "periode") && names.some((n) => n.startsWith("regio") || n.startsWith("gemeente") || n === "gebied");
}

/** A line with only its first cell filled: a title, a note or "Bron: CBS". */
function isTextLine(cells: readonly string[]): boolean {
  return cells.slice(1).every((c) => c.trim() === "");
}

export async function readCbsFile(fileName: string, content: Uint8Array): Promise<CbsTable> {
  if (fileName.toLowerCase().endsWith(".xlsx")) return fromTable(fileName, await readImportTable(fileName, content), []);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch {
    throw new ImportFileError("Het CSV-bestand is niet in UTF-8 opgeslagen. Download het bestand opnieuw bij CBS StatLine (CSV).");
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  const lines = text.split(/\r?\n/);
  // StatLine writes ";"; an English or re-saved download may use ",".
  const headerAt = lines.findIndex((line) => [";", ","].some((delimiter) => isHeader(Papa.parse<string[]>(line, { delimiter }).data[0] ?? [])));
  if (headerAt < 0) {
    throw new ImportFileError("Geen kolomkop gevonden: een CBS-bestand heeft een rij met de kolommen ‘Regio's’ en ‘Perioden’. Download de tabel als CSV.");
  }
  const title = lines
    .slice(0, headerAt)
    .map((line) => (Papa.parse<string[]>(line, { delimiter: ";" }).data[0] ?? []).filter((c) => c.trim() !== "").join(" "))
    .filter((line) => line !== "");
  // The reader takes the first line as the header and detects the separator from it.
  const body = new TextEncoder().encode(lines.slice(headerAt).join("\n"));
  const table = await readImportTable(fileName, body);
  const shifted = { header: table.header, rows: table.rows.map((r) => ({ ...r, rowNumber: r.rowNumber + headerAt })) };
  return fromTable(fileName, shifted, title);
}

function fromTable(fileName: string, table: ImportTable, title: string[]): CbsTable {
  let header = table.header;
  let rows = table.rows;
  if (!isHeader(header)) {
    // XLSX downloads: the header may be below title rows.
    const at = rows.findIndex((r) => isHeader(r.cells));
    if (at < 0) throw new ImportFileError("Geen kolomkop gevonden: een CBS-bestand heeft een rij met de kolommen ‘Regio's’ en ‘Perioden’.");
    title = [...title, ...[header, ...rows.slice(0, at).map((r) => r.cells)].map((cells) => cells.filter((c) => c.trim() !== "").join(" ")).filter((l) => l !== "")];
    header = rows[at]!.cells.map((c) => c.trim().toLowerCase());
    rows = rows.slice(at + 1);
  }
  const footer: string[] = [];
  const data = rows.filter((r) => {
    if (!isTextLine(r.cells)) return true;
    footer.push(r.cells[0]!.trim());
    return false;
  });
  const tableId = [...title, fileName].map((t) => t.match(TABLE_ID)?.[1]?.toUpperCase()).find((id) => id !== undefined) ?? null;
  return { header, rows: data, tableId, title, footer };
}

import ExcelJS from "exceljs";
import { csvText } from "../csv/csv-text.ts";
import { readImportTable, type ImportTable } from "../directory-import/read-table.ts";

/*
 * Our own import template for Veilig Thuis figures ("long" format: one value per row), documented in
 * docs/data-import.md, section "Veilig Thuis-cijfers". Files are read with the sociale kaart reader
 * (directory-import/read-table.ts: CSV with ";", "," or tab, UTF-8, or the first sheet of an .xlsx).
 */

export const FIGURE_FIELDS = ["periode", "gebied", "maatregel", "uitsplitsing", "sleutel", "waarde", "status", "voorlopig"] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

export interface TemplateColumn {
  field: FigureField;
  required: boolean;
  /** Dutch, for the documentation and the template's explanation sheet. */
  description: string;
}

export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  { field: "periode", required: true, description: "2023 (jaar) of 2023 1e halfjaar / 2023 2e halfjaar; een * erachter betekent voorlopig" },
  { field: "gebied", required: true, description: "de gemeente of een wijk, zoals in het portaal (naam of CBS-code, bijvoorbeeld GM0642)" },
  {
    field: "maatregel",
    required: true,
    description: "adviezen, meldingen, meldingen kindermishandeling, betrokken kinderen, afgeronde onderzoeken of bevestigde kindermishandeling",
  },
  { field: "uitsplitsing", required: false, description: "leeg of geen (totaal), melder of vorm van geweld" },
  {
    field: "sleutel",
    required: false,
    description: "bij melder: politie, onderwijs, huisarts en medisch, jeugdhulp en wijkteam, kinderopvang, burger en omgeving, overig; bij vorm van geweld: lichamelijke mishandeling, psychische mishandeling, lichamelijke verwaarlozing, psychische verwaarlozing, seksueel misbruik, getuige van huiselijk geweld",
  },
  { field: "waarde", required: true, description: "een geheel getal ≥ 0; . = geheim of onbekend bij de bron; leeg = niet geleverd; - = nihil (0)" },
  { field: "status", required: false, description: "leeg, waarde, geheim of ontbreekt" },
  { field: "voorlopig", required: false, description: "ja of nee (leeg: nee, tenzij de periode een * heeft)" },
];

export const TEMPLATE_HEADER: readonly string[] = TEMPLATE_COLUMNS.map((c) => c.field);

const EXAMPLE_ROWS: string[][] = [
  ["2023 1e halfjaar", "Zwijndrecht", "meldingen kindermishandeling", "", "", "60", "", "nee"],
  ["2023 1e halfjaar", "Zwijndrecht", "meldingen kindermishandeling", "melder", "politie", "20", "", "nee"],
  ["2023 1e halfjaar", "Zwijndrecht", "meldingen kindermishandeling", "melder", "kinderopvang", ".", "geheim", "nee"],
  ["2023 1e halfjaar", "Zwijndrecht", "bevestigde kindermishandeling", "", "", "15", "", "nee"],
];

/** The CSV template: UTF-8 with BOM and ";" so Dutch Excel opens it directly; header plus example rows. */
export function templateCsv(): string {
  return csvText([TEMPLATE_HEADER, ...EXAMPLE_ROWS]);
}

/** The XLSX template: sheet "cijfers" (read on import: it is the first sheet) and sheet "toelichting". */
export async function templateXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("cijfers");
  sheet.addRow([...TEMPLATE_HEADER]);
  for (const row of EXAMPLE_ROWS) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  // Text cells: Excel must not turn "." into a number or "2023" into a date.
  for (let column = 1; column <= TEMPLATE_HEADER.length; column += 1) sheet.getColumn(column).numFmt = "@";
  const help = workbook.addWorksheet("toelichting");
  help.addRow(["kolom", "verplicht", "waarden"]);
  for (const c of TEMPLATE_COLUMNS) help.addRow([c.field, c.required ? "ja" : "nee", c.description]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Reads a file in our template (or any long-format file): the header and the rows, row numbers as in Excel. */
export async function readFigureTemplate(fileName: string, content: Uint8Array): Promise<ImportTable> {
  return readImportTable(fileName, content);
}

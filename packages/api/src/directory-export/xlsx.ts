import ExcelJS from "exceljs";
import type { DirectoryTable } from "./columns.ts";

/**
 * An .xlsx workbook with one sheet. Every cell is written as text, never as a formula, so the
 * CSV-injection prefix is not needed here (and would show up in the cells).
 */
export async function toXlsx(table: DirectoryTable, sheetName = "Sociale kaart"): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Ketenportaal Kindveiligheid";
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(table.header);
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(table.header[index]?.length ?? 0, ...table.rows.map((r) => Math.min(r[index]?.length ?? 0, 60)));
    column.width = Math.max(10, longest + 2);
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

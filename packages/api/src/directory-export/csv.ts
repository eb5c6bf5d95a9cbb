import { csvText } from "../csv/csv-text.ts";
import type { DirectoryTable } from "./columns.ts";

// The writer and its CSV-injection rules live in csv/csv-text.ts (one function for every export).
export { neutraliseFormula, restoreFormula } from "../csv/csv-text.ts";

export function toCsv(table: DirectoryTable): string {
  return csvText([table.header, ...table.rows]);
}

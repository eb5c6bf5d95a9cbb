import { inflateRawSync } from "node:zlib";

/*
 * Limits for reading an .xlsx (a zip of XML files) before and while exceljs reads it (issue 14,
 * finding 6a). The upload itself is capped (5 MB directory, 10 MB figures), but a zip of a few MB
 * can unpack to gigabytes (a zip bomb), and a sheet can claim a last cell at XFD1048576.
 *
 * - Before parsing, the zip's central directory is read: at most XLSX_MAX_ENTRIES entries, and the
 *   declared uncompressed sizes together at most XLSX_MAX_UNCOMPRESSED_BYTES. Declared sizes can
 *   lie, so every entry is then inflated with that same budget as a hard output limit (zlib stops
 *   at the limit instead of allocating more): the actual sizes are checked too.
 * - While reading, only cells that exist are visited (never every address up to the sheet's
 *   `dimension` or last used cell), and a cell with a value beyond SHEET_MAX_ROWS rows or
 *   SHEET_MAX_COLUMNS columns refuses the file.
 *
 * Limits: ZIP64 archives (needed only above 4 GB or 65,535 entries) and compression methods other
 * than stored and deflate are refused as unreadable; Excel and LibreOffice write neither for a
 * workbook of this size.
 */

export const XLSX_MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
export const XLSX_MAX_ENTRIES = 1000;
export const SHEET_MAX_ROWS = 20_000;
export const SHEET_MAX_COLUMNS = 200;

export type ZipProblem = "unreadable" | "too-large" | "too-many-entries";

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** Checks a zip's entries against the limits; null when it may be parsed. */
export function checkXlsxZip(bytes: Uint8Array, maxBytes = XLSX_MAX_UNCOMPRESSED_BYTES): ZipProblem | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes plus a comment of at most 65,535 bytes.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return "unreadable";
  const entries = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryAt = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || directoryAt === 0xffffffff) return "unreadable";
  if (entries > XLSX_MAX_ENTRIES) return "too-many-entries";
  if (directoryAt + directorySize > bytes.length) return "unreadable";

  let declared = 0;
  let at = directoryAt;
  const found: Array<{ method: number; compressed: number; localAt: number }> = [];
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return "unreadable";
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const uncompressed = view.getUint32(at + 24, true);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) return "unreadable";
    declared += uncompressed;
    if (declared > maxBytes) return "too-large";
    found.push({ method, compressed, localAt: view.getUint32(at + 42, true) });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }

  let actual = 0;
  for (const entry of found) {
    if (entry.localAt + 30 > bytes.length || view.getUint32(entry.localAt, true) !== LOCAL_SIGNATURE) return "unreadable";
    const dataAt = entry.localAt + 30 + view.getUint16(entry.localAt + 26, true) + view.getUint16(entry.localAt + 28, true);
    if (dataAt + entry.compressed > bytes.length) return "unreadable";
    const data = bytes.subarray(dataAt, dataAt + entry.compressed);
    if (entry.method === 0) {
      actual += data.length;
    } else if (entry.method === 8) {
      try {
        // One byte over the budget is enough to know the budget is exceeded.
        actual += inflateRawSync(data, { maxOutputLength: maxBytes - actual + 1 }).length;
      } catch (error) {
        if (error instanceof RangeError) return "too-large";
        return "unreadable";
      }
    } else {
      return "unreadable";
    }
    if (actual > maxBytes) return "too-large";
  }
  return null;
}

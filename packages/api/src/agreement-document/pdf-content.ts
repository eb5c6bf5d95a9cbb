/**
 * Whether uploaded bytes are a PDF, judged by the content only: the file name and the
 * browser's content type are whatever the sender says they are (issue 4: "checked by content,
 * not by file name"). A PDF starts with the header "%PDF-1.x" or "%PDF-2.0" (ISO 32000-2, 7.5.2)
 * and ends with "%%EOF" (7.5.5). Readers tolerate a header a little further in, but we do not:
 * a file that starts as something else (a program with a PDF glued on) is not a PDF to us.
 */

export type PdfProblem = "empty" | "executable" | "archive" | "image" | "not-pdf" | "truncated";

export type PdfCheck = { ok: true } | { ok: false; problem: PdfProblem };

const HEADER = /^%PDF-(1\.[0-7]|2\.0)/;
/** Writers may put a newline or a few bytes of padding after the trailer; 1 KB is generous. */
const TRAILER_WINDOW = 1024;

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function ascii(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += String.fromCharCode(byte);
  return out;
}

/** What the bytes look like instead, for a Dutch message that tells the user what went wrong. */
function lookalike(bytes: Uint8Array): PdfProblem {
  // "MZ": Windows programs (.exe, .dll); ELF: Linux programs.
  if (startsWith(bytes, 0x4d, 0x5a) || startsWith(bytes, 0x7f, 0x45, 0x4c, 0x46)) return "executable";
  // "PK": zip, and so also .docx/.xlsx; "Rar!"; 7z.
  if (startsWith(bytes, 0x50, 0x4b) || startsWith(bytes, 0x52, 0x61, 0x72, 0x21) || startsWith(bytes, 0x37, 0x7a, 0xbc, 0xaf)) {
    return "archive";
  }
  // PNG, JPEG, GIF.
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) {
    return "image";
  }
  return "not-pdf";
}

export function checkPdfContent(bytes: Uint8Array): PdfCheck {
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  if (!HEADER.test(ascii(bytes.subarray(0, 8)))) return { ok: false, problem: lookalike(bytes) };
  if (!ascii(bytes.subarray(Math.max(0, bytes.length - TRAILER_WINDOW))).includes("%%EOF")) {
    return { ok: false, problem: "truncated" };
  }
  return { ok: true };
}

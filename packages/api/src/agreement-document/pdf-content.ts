/**
 * Whether uploaded bytes are a PDF, judged by the content only: the file name and the
 * browser's content type are whatever the sender says they are (issue 4: "checked by content,
 * not by file name"). A PDF starts with the header "%PDF-1.x" or "%PDF-2.0" (ISO 32000-2, 7.5.2)
 * and ends with "%%EOF" (7.5.5). Readers tolerate a header a little further in, but we do not:
 * a file that starts as something else (a program with a PDF glued on) is not a PDF to us.
 */

import { inflateSync } from "node:zlib";

export type PdfProblem = "empty" | "executable" | "archive" | "image" | "not-pdf" | "truncated" | "structure" | "active-content";

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

/*
 * Structure (issue 14, finding 9d): "%PDF" + garbage + "%%EOF" is not a PDF. The end of the file
 * must be "startxref", a byte offset and "%%EOF" (ISO 32000-2, 7.5.5), and that offset must point
 * at a cross-reference table ("xref", followed by a "trailer") or at a cross-reference stream
 * (an object with /Type /XRef, 7.5.8).
 */
const END = /startxref\s+(\d+)\s+%%EOF\s*$/;
const XREF_STREAM = /^\d+\s+\d+\s+obj\s*<<[\s\S]{0,2000}?\/Type\s*\/XRef/;

function structureOk(text: string): boolean {
  const tail = text.slice(Math.max(0, text.length - TRAILER_WINDOW));
  // Padding after %%EOF (a writer's NULs or spaces) is tolerated; a second file glued on is not.
  const end = END.exec(tail.replace(/\0+$/, ""));
  if (!end) return false;
  const offset = Number(end[1]);
  if (!Number.isSafeInteger(offset) || offset < 9 || offset >= text.length) return false;
  const at = text.slice(offset, offset + 4096).replace(/^\s+/, "");
  if (at.startsWith("xref")) return text.indexOf("trailer", offset) !== -1;
  return XREF_STREAM.test(at);
}

/*
 * Active content (finding 9d): names that make a reader run something or carry another file.
 * /OpenAction and links are fine on their own; an /OpenAction that runs JavaScript carries /JS or
 * /S /JavaScript, which are refused wherever they are.
 */
const ACTIVE_NAMES = new Set(["JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles", "AA"]);
/** A PDF name: "/" and regular characters; "#xx" is a hex-escaped byte (7.3.5), "/J#53" is "/JS". */
const NAME = /\/([^\s/[\]<>(){}%\0]*)/g;
/** An inflated object stream larger than this is refused rather than read (a compression bomb). */
const MAX_INFLATED_BYTES = 16 * 1024 * 1024;

function hasActiveName(text: string): boolean {
  for (const match of text.matchAll(NAME)) {
    const raw = match[1] ?? "";
    const name = raw.includes("#") ? raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : raw;
    if (ACTIVE_NAMES.has(name)) return true;
  }
  return false;
}

type Scan = "clean" | "active" | "unreadable";

/**
 * Looks for active names outside streams (stream data is binary: images, fonts and page content
 * could hold "/JS" by chance) and inside object streams (/Type /ObjStm, 7.5.7), where a writer
 * may put the catalogue and action dictionaries compressed. Only FlateDecode object streams can
 * be read here; an object stream with another filter, or one that does not inflate, is refused.
 */
function scanActiveContent(text: string): Scan {
  const STREAM = /(?<!end)stream(?:\r\n|\n|\r)/g;
  let outside = "";
  let from = 0;
  for (let match = STREAM.exec(text); match; match = STREAM.exec(text)) {
    const dataStart = match.index + match[0].length;
    const dataEnd = text.indexOf("endstream", dataStart);
    if (dataEnd === -1) return "unreadable";
    const dict = text.slice(Math.max(from, text.lastIndexOf("obj", match.index)), match.index);
    outside += text.slice(from, match.index);
    if (/\/Type\s*\/ObjStm/.test(dict)) {
      const filters = dict.match(/\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/)?.[1] ?? "";
      if (filters.replace(/[[\]\s]/g, "") !== "/FlateDecode") return "unreadable";
      let inflated: Buffer;
      try {
        inflated = inflateSync(Buffer.from(text.slice(dataStart, dataEnd).replace(/(\r\n|\n|\r)$/, ""), "latin1"), { maxOutputLength: MAX_INFLATED_BYTES });
      } catch {
        return "unreadable";
      }
      if (hasActiveName(inflated.toString("latin1"))) return "active";
    }
    from = dataEnd + "endstream".length;
    STREAM.lastIndex = from;
  }
  outside += text.slice(from);
  return hasActiveName(outside) ? "active" : "clean";
}

export function checkPdfContent(bytes: Uint8Array): PdfCheck {
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  if (!HEADER.test(ascii(bytes.subarray(0, 8)))) return { ok: false, problem: lookalike(bytes) };
  if (!ascii(bytes.subarray(Math.max(0, bytes.length - TRAILER_WINDOW))).includes("%%EOF")) {
    return { ok: false, problem: "truncated" };
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  if (!structureOk(text)) return { ok: false, problem: "structure" };
  const scan = scanActiveContent(text);
  if (scan === "unreadable") return { ok: false, problem: "structure" };
  if (scan === "active") return { ok: false, problem: "active-content" };
  return { ok: true };
}

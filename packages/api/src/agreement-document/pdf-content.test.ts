import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { minimalPdf } from "../testing/minimal-pdf.ts";
import { checkPdfContent } from "./pdf-content.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("checkPdfContent", () => {
  it("accepts a real PDF", () => {
    expect(checkPdfContent(minimalPdf("Convenant"))).toEqual({ ok: true });
  });

  it("refuses an empty file", () => {
    expect(checkPdfContent(new Uint8Array())).toEqual({ ok: false, problem: "empty" });
  });

  it("recognises a Windows program whatever its name", () => {
    expect(checkPdfContent(bytes("MZ\x90\x00 This program cannot be run in DOS mode %%EOF"))).toEqual({ ok: false, problem: "executable" });
  });

  it("refuses a program with a PDF glued on behind it", () => {
    const pdf = minimalPdf("x");
    const glued = new Uint8Array([0x4d, 0x5a, ...pdf]);
    expect(checkPdfContent(glued)).toEqual({ ok: false, problem: "executable" });
  });

  it("recognises a Word document (zip) and an image", () => {
    expect(checkPdfContent(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toEqual({ ok: false, problem: "archive" });
    expect(checkPdfContent(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toEqual({ ok: false, problem: "image" });
  });

  it("refuses plain text and a header with an unknown version", () => {
    expect(checkPdfContent(bytes("Hallo, dit is tekst.\n%%EOF"))).toEqual({ ok: false, problem: "not-pdf" });
    expect(checkPdfContent(bytes("%PDF-9.9\n%%EOF"))).toEqual({ ok: false, problem: "not-pdf" });
  });

  it("refuses a PDF that was cut off before its end marker", () => {
    const pdf = minimalPdf("Convenant");
    expect(checkPdfContent(pdf.subarray(0, pdf.length - 20))).toEqual({ ok: false, problem: "truncated" });
  });
});

/*
 * Issue 14, finding 9d: the structure is checked (startxref → xref table + trailer, or an xref
 * stream) and active content is refused, also inside compressed object streams.
 */
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));

/** A PDF from numbered objects with a classic cross-reference table and correct offsets. */
function pdfWith(objects: string[]): Uint8Array {
  let body = "%PDF-1.7\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return latin1(body);
}

const PAGES = ["<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"];
const withCatalog = (catalog: string, ...more: string[]) => pdfWith([catalog, ...PAGES, ...more]);

/**
 * A PDF 1.5 file whose catalogue sits compressed in an object stream, with a cross-reference
 * stream instead of a table (what Word and most current writers produce).
 */
function compressedPdf(catalog: string): Uint8Array {
  const inner = [catalog, ...PAGES];
  let header = "";
  let data = "";
  inner.forEach((object, i) => {
    header += `${i + 1} ${data.length} `;
    data += `${object}\n`;
  });
  const objStm = deflateSync(Buffer.from(header + data, "latin1"));
  let body = "%PDF-1.5\n";
  const objStmAt = body.length;
  body += `4 0 obj\n<< /Type /ObjStm /N ${inner.length} /First ${header.length} /Filter /FlateDecode /Length ${objStm.length} >>\nstream\n${objStm.toString("latin1")}\nendstream\nendobj\n`;
  const xrefAt = body.length;
  // Entries: 0 free, 1-3 in object stream 4, 4 at objStmAt, 5 (this stream) at xrefAt; W [1 4 2].
  const rows = [
    [0, 0, 65535],
    [2, 4, 0],
    [2, 4, 1],
    [2, 4, 2],
    [1, objStmAt, 0],
    [1, xrefAt, 0],
  ];
  const xref = Buffer.concat(rows.map(([type, field2, field3]) => {
    const row = Buffer.alloc(7);
    row.writeUInt8(type!, 0);
    row.writeUInt32BE(field2!, 1);
    row.writeUInt16BE(field3!, 5);
    return row;
  }));
  body += `5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Length ${xref.length} >>\nstream\n${xref.toString("latin1")}\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`;
  return latin1(body);
}

const CATALOG = "<< /Type /Catalog /Pages 2 0 R >>";

describe("checkPdfContent: structure and active content (issue 14, 9d)", () => {
  it.each([
    ["a page-opening /OpenAction", withCatalog("<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >>")],
    ["a link to a web page", withCatalog(CATALOG, "<< /Type /Action /S /URI /URI (https://example.org/) >>")],
    ["a compressed catalogue and a cross-reference stream", compressedPdf(CATALOG)],
    ["the letters /JS inside binary stream data", withCatalog(CATALOG, `<< /Length 12 >>\nstream\nxx/JS /AA xx\nendstream`)],
    ["padding after %%EOF", latin1(`${Buffer.from(minimalPdf("x")).toString("latin1")}\n\n  `)],
  ])("accepts a PDF with %s", (_, pdf) => {
    expect(checkPdfContent(pdf)).toEqual({ ok: true });
  });

  it.each([
    ["%PDF, garbage and %%EOF", latin1("%PDF-1.4\nhier staat van alles, maar geen PDF\n%%EOF\n")],
    ["no startxref", latin1("%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")],
    ["a startxref offset that points at nothing", latin1("%PDF-1.4\n1 0 obj\n<< >>\nendobj\nstartxref\n99999\n%%EOF\n")],
    ["a startxref offset that points at an ordinary object", latin1("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nstartxref\n9\n%%EOF\n")],
    ["an xref table without a trailer", latin1("%PDF-1.4\nxref\n0 1\n0000000000 65535 f \nstartxref\n9\n%%EOF\n")],
    ["a second file glued on after %%EOF", latin1(`${Buffer.from(minimalPdf("x")).toString("latin1")}MZ\x90\x00`)],
  ])("refuses as broken: %s", (_, pdf) => {
    expect(checkPdfContent(pdf)).toEqual({ ok: false, problem: "structure" });
  });

  it.each([
    ["an /OpenAction that runs JavaScript", withCatalog("<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>", "<< /Type /Action /S /JavaScript /JS (app.alert(1)) >>")],
    ["a JavaScript name tree", withCatalog("<< /Type /Catalog /Pages 2 0 R /Names << /JavaScript 4 0 R >> >>", "<< /Names [(a) 5 0 R] >>")],
    ["a hex-escaped /J#53 key", withCatalog("<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Java#53cript /J#53 (app.alert(1)) >> >>")],
    ["a /Launch action", withCatalog("<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Launch /F (cmd.exe) >> >>")],
    ["an embedded file", withCatalog("<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 4 0 R >> >>", "<< /Type /EmbeddedFile /Length 0 >>\nstream\n\nendstream")],
    ["an additional action (/AA) on a page", pdfWith([CATALOG, PAGES[0]!, "<< /Type /Page /Parent 2 0 R /AA << /O 4 0 R >> >>", "<< /S /URI /URI (https://example.org/) >>"])],
    ["JavaScript inside a compressed object stream", compressedPdf("<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>")],
  ])("refuses a PDF with %s", (_, pdf) => {
    expect(checkPdfContent(pdf)).toEqual({ ok: false, problem: "active-content" });
  });

  it("refuses an object stream it cannot read rather than letting it through unchecked", () => {
    const text = Buffer.from(compressedPdf(CATALOG)).toString("latin1").replace("/Filter /FlateDecode", "/Filter /LZWDecode");
    expect(checkPdfContent(latin1(text))).toEqual({ ok: false, problem: "structure" });
  });
});

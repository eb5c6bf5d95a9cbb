import { describe, expect, it } from "vitest";
import { minimalPdf } from "./minimal-pdf.ts";
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

import { describe, expect, it } from "vitest";
import { contactToVCard, escapeText, foldLine, vCardFileName } from "./vcard.ts";

describe("vCard escaping", () => {
  it("escapes backslash, comma, semicolon and every kind of newline", () => {
    expect(escapeText("a\\b")).toBe("a\\\\b");
    expect(escapeText("Zorg, Welzijn; Jeugd")).toBe("Zorg\\, Welzijn\\; Jeugd");
    expect(escapeText("ma-vr\n9-17\r\nza\r10-12")).toBe("ma-vr\\n9-17\\nza\\n10-12");
  });

  it("escapes the backslash before the others, so an escape is not escaped twice", () => {
    expect(escapeText("\\,")).toBe("\\\\\\,");
  });
});

describe("line folding", () => {
  it("leaves short lines alone", () => {
    expect(foldLine("FN:Jan")).toBe("FN:Jan");
  });

  it("folds at 75 octets with a leading space on continuation lines", () => {
    const folded = foldLine(`NOTE:${"x".repeat(200)}`);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(" "))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join("")).toBe(`NOTE:${"x".repeat(200)}`);
  });

  it("never splits a multi-byte character", () => {
    const value = `NOTE:${"é".repeat(100)}`;
    const lines = foldLine(value).split("\r\n");
    const unfolded = lines.map((l, i) => (i === 0 ? l : l.slice(1))).join("");
    expect(unfolded).toBe(value);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe("contactToVCard", () => {
  it("writes a vCard 3.0 with CRLF line endings and escaped values", () => {
    const card = contactToVCard({
      name: "Jan de Vries",
      organisationName: "Wijkteam Zwijndrecht; Noord",
      jobTitle: "Aandachtsfunctionaris, kindermishandeling",
      phone: "078 123 45 67",
      email: "jan@example.nl",
      note: "ma-do\nbereikbaar",
    });
    expect(card.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n")).toBe(true);
    expect(card.endsWith("END:VCARD\r\n")).toBe(true);
    expect(card).not.toMatch(/[^\r]\n/);
    expect(card).toContain("FN:Jan de Vries\r\n");
    expect(card).toContain("N:de Vries;Jan;;;\r\n");
    expect(card).toContain("ORG:Wijkteam Zwijndrecht\\; Noord\r\n");
    expect(card).toContain("TITLE:Aandachtsfunctionaris\\, kindermishandeling\r\n");
    expect(card).toContain("TEL;TYPE=WORK,VOICE:078 123 45 67\r\n");
    expect(card).toContain("EMAIL;TYPE=INTERNET,WORK:jan@example.nl\r\n");
    expect(card).toContain("NOTE:ma-do\\nbereikbaar\r\n");
  });

  it("leaves out empty fields", () => {
    const card = contactToVCard({ name: "Loket", organisationName: "CJG", phone: "", email: "" });
    expect(card).not.toContain("TEL");
    expect(card).not.toContain("EMAIL");
    expect(card).toContain("N:Loket;;;;\r\n");
  });
});

describe("vCardFileName", () => {
  it("makes a plain ASCII file name", () => {
    expect(vCardFileName("Anouk Éénhoorn-de Wit")).toBe("anouk-eenhoorn-de-wit.vcf");
    expect(vCardFileName("???")).toBe("contact.vcf");
  });
});

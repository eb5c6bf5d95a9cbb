import { describe, expect, it } from "vitest";
import { email, isDutchPhoneNumber, postcode, tags, website } from "./field-formats.ts";

describe("Dutch field formats", () => {
  it.each(["078 123 45 67", "078-1234567", "06-12345678", "06 1234 5678", "+31 6 12345678", "0031 78 123 4567", "0800-2000", "0900 1234567", "088 123 4567"])(
    "accepts the phone number %s",
    (value) => {
      expect(isDutchPhoneNumber(value)).toBe(true);
    },
  );

  it.each(["12345", "078 123 45", "0612345678901", "+32 2 123 45 67", "06-abcdefgh", "0012345678"])("refuses the phone number %s", (value) => {
    expect(isDutchPhoneNumber(value)).toBe(false);
  });

  it("stores a postcode as 1234 AB and refuses what is not one", () => {
    expect(postcode.parse("3331ab")).toBe("3331 AB");
    expect(postcode.parse(" 3331 ab ")).toBe("3331 AB");
    expect(postcode.parse("")).toBe("");
    for (const bad of ["0123 AB", "3331", "3331 A", "3331 SS", "ABCD EF"]) {
      expect(postcode.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("adds https:// to a website without a scheme and refuses what is not a web address", () => {
    expect(website.parse("www.voorbeeld.nl")).toBe("https://www.voorbeeld.nl");
    expect(website.parse("http://voorbeeld.nl/pad")).toBe("http://voorbeeld.nl/pad");
    expect(website.parse("")).toBe("");
    for (const bad of ["niet een website", "javascript:alert(1)", "ftp://voorbeeld.nl", "voorbeeld"]) {
      expect(website.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("lower-cases e-mail and refuses an invalid one with a Dutch message", () => {
    expect(email.parse(" Info@Voorbeeld.NL ")).toBe("info@voorbeeld.nl");
    const result = email.safeParse("geen-adres");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^Vul een geldig e-mailadres in/);
  });

  it("turns comma-separated tags into a list without blanks or duplicates, idempotently", () => {
    const schema = tags("dienst");
    const once = schema.parse(" KOPP/KVO, opvoedondersteuning,, kopp/kvo ,VoorZorg ");
    expect(once).toEqual(["KOPP/KVO", "opvoedondersteuning", "VoorZorg"]);
    expect(schema.parse(once)).toEqual(once);
    expect(schema.safeParse(["x".repeat(61)]).success).toBe(false);
  });
});

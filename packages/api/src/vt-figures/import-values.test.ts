import { describe, expect, it } from "vitest";
import { parseCount, parsePeriod, parseStatusWord, parseYesNo, periodKey, periodLabel } from "./import-values.ts";

describe("parsePeriod", () => {
  it.each([
    ["2023", { kind: "YEAR", year: 2023, half: null }, false],
    ["2023*", { kind: "YEAR", year: 2023, half: null }, true],
    ["2023 1e halfjaar", { kind: "HALF_YEAR", year: 2023, half: 1 }, false],
    ["2023 2e halfjaar*", { kind: "HALF_YEAR", year: 2023, half: 2 }, true],
    ["2023 2e halfjaar**", { kind: "HALF_YEAR", year: 2023, half: 2 }, true],
    ["1e halfjaar 2020", { kind: "HALF_YEAR", year: 2020, half: 1 }, false],
    ["Tweede halfjaar 2019", { kind: "HALF_YEAR", year: 2019, half: 2 }, false],
    ["2018-H1", { kind: "HALF_YEAR", year: 2018, half: 1 }, false],
    ["2018 h2", { kind: "HALF_YEAR", year: 2018, half: 2 }, false],
    ["2017HJ02", { kind: "HALF_YEAR", year: 2017, half: 2 }, false],
    ["2017JJ00", { kind: "YEAR", year: 2017, half: null }, false],
    ["  2023   1e  halfjaar * ", { kind: "HALF_YEAR", year: 2023, half: 1 }, true],
  ])("reads %j", (text, period, provisional) => {
    expect(parsePeriod(text)).toEqual({ ok: true, value: { period, provisional } });
  });

  it("refuses quarters and months with a Dutch explanation", () => {
    for (const text of ["2023 3e kwartaal", "2023KW03", "2023MM04", "januari 2023"]) {
      const result = parsePeriod(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain("kwartalen en maanden worden niet ondersteund");
    }
  });

  it("refuses empty, unknown and out-of-range periods", () => {
    expect(parsePeriod("")).toEqual({ ok: false, message: expect.stringContaining("vul een periode in") });
    expect(parsePeriod("vorig jaar")).toEqual({ ok: false, message: expect.stringContaining("onbekende periode") });
    expect(parsePeriod("2023 3e halfjaar").ok).toBe(false);
    expect(parsePeriod("1899")).toEqual({ ok: false, message: "het jaar 1899 valt buiten 2000–2100" });
  });

  it("labels and keys periods the way FigurePeriod stores them", () => {
    expect(periodLabel({ kind: "HALF_YEAR", year: 2017, half: 1 })).toBe("2017 1e halfjaar");
    expect(periodLabel({ kind: "YEAR", year: 2017, half: null })).toBe("2017");
    expect(periodKey({ kind: "HALF_YEAR", year: 2017, half: 2 })).toBe("2017-H2");
    expect(periodKey({ kind: "YEAR", year: 2017, half: null })).toBe("2017");
  });
});

describe("parseCount", () => {
  it("keeps suppressed and missing apart from zero", () => {
    expect(parseCount(".")).toEqual({ ok: true, value: { value: null, status: "SUPPRESSED" } });
    expect(parseCount(" x ")).toEqual({ ok: true, value: { value: null, status: "SUPPRESSED" } });
    expect(parseCount("")).toEqual({ ok: true, value: { value: null, status: "MISSING" } });
    expect(parseCount("-")).toEqual({ ok: true, value: { value: 0, status: "VALUE" } });
    expect(parseCount("0")).toEqual({ ok: true, value: { value: 0, status: "VALUE" } });
  });

  it("reads whole numbers, also padded or with Dutch thousands separators", () => {
    expect(parseCount("  45")).toEqual({ ok: true, value: { value: 45, status: "VALUE" } });
    expect(parseCount("1.250")).toEqual({ ok: true, value: { value: 1250, status: "VALUE" } });
    expect(parseCount("64.505")).toEqual({ ok: true, value: { value: 64505, status: "VALUE" } });
    expect(parseCount("1 250")).toEqual({ ok: true, value: { value: 1250, status: "VALUE" } });
  });

  it("keeps counts that CBS rounded to multiples of five as they are", () => {
    expect(parseCount("905")).toEqual({ ok: true, value: { value: 905, status: "VALUE" } });
  });

  it("refuses negative, fractional and non-numeric cells", () => {
    expect(parseCount("-5")).toEqual({ ok: false, message: "een aantal kan niet negatief zijn" });
    expect(parseCount("12,5")).toEqual({ ok: false, message: "een aantal moet een geheel getal zijn" });
    expect(parseCount("12.5")).toEqual({ ok: false, message: "een aantal moet een geheel getal zijn" });
    expect(parseCount("1.250,5")).toEqual({ ok: false, message: "een aantal moet een geheel getal zijn" });
    expect(parseCount("veel")).toEqual({ ok: false, message: expect.stringContaining("geen getal") });
  });
});

describe("status and voorlopig cells", () => {
  it("reads Dutch status words", () => {
    expect(parseStatusWord("")).toEqual({ ok: true, value: null });
    expect(parseStatusWord("Geheim")).toEqual({ ok: true, value: "SUPPRESSED" });
    expect(parseStatusWord("ontbreekt")).toEqual({ ok: true, value: "MISSING" });
    expect(parseStatusWord("waarde")).toEqual({ ok: true, value: "VALUE" });
    expect(parseStatusWord("misschien").ok).toBe(false);
  });

  it("reads ja/nee", () => {
    expect(parseYesNo("Ja")).toEqual({ ok: true, value: true });
    expect(parseYesNo("definitief")).toEqual({ ok: true, value: false });
    expect(parseYesNo("")).toEqual({ ok: true, value: null });
    expect(parseYesNo("soms")).toEqual({ ok: false, message: "vul ja of nee in" });
  });
});

import { $Enums } from "@kk/db";
import { describe, expect, it } from "vitest";
import { BREAKDOWN_KINDS, FIGURE_MEASURES, FIGURE_STATUSES, isTotalName, KEY_ALIASES, normaliseName } from "./import-types.ts";
import type { AreaKind } from "./validate.ts";

// The plain types of the import must keep the names of the Prisma enums (prisma/schema.prisma).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameNames: [
  Same<(typeof FIGURE_MEASURES)[number], $Enums.FigureMeasure>,
  Same<(typeof BREAKDOWN_KINDS)[number], $Enums.FigureBreakdownKind>,
  Same<(typeof FIGURE_STATUSES)[number], $Enums.FigureValueStatus>,
  Same<AreaKind, $Enums.AreaKind>,
] = [true, true, true, true];

describe("import names", () => {
  it("match the database enums", () => {
    expect(sameNames).toEqual([true, true, true, true]);
    expect([...FIGURE_MEASURES].sort()).toEqual(Object.values($Enums.FigureMeasure).sort());
    expect([...BREAKDOWN_KINDS].sort()).toEqual(Object.values($Enums.FigureBreakdownKind).sort());
    expect([...FIGURE_STATUSES].sort()).toEqual(Object.values($Enums.FigureValueStatus).sort());
  });

  it("normalise the way CBS and Excel write names", () => {
    expect(normaliseName("Regio's")).toBe("regios");
    expect(normaliseName("Huisarts/medisch (aantal)")).toBe("huisarts medisch");
    expect(normaliseName("Jeugdhulp & wijkteam")).toBe("jeugdhulp en wijkteam");
    expect(normaliseName("  Prézorg  ")).toBe("prezorg");
    expect(normaliseName("HUISARTS_MEDISCH")).toBe("huisarts medisch");
  });

  it("know every key by its enum name and its Dutch name", () => {
    expect(KEY_ALIASES.get(normaliseName("GETUIGE_HUISELIJK_GEWELD"))).toBe("GETUIGE_HUISELIJK_GEWELD");
    expect(KEY_ALIASES.get(normaliseName("Getuige van huiselijk geweld"))).toBe("GETUIGE_HUISELIJK_GEWELD");
    expect(KEY_ALIASES.get(normaliseName("Emotionele verwaarlozing"))).toBe("PSYCHISCHE_VERWAARLOZING");
    expect(isTotalName("Totaal vormen van geweld")).toBe(true);
    expect(isTotalName("")).toBe(true);
    expect(isTotalName("Politie")).toBe(false);
  });
});

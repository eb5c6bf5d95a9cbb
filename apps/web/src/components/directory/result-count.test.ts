import { describe, expect, it } from "vitest";
import { resultCountText, resultPageText } from "./result-count";

const exact = { total: 25, totalIsMinimum: false, moreThanTotal: false, page: 1, pageCount: 2, morePages: false };

describe("the result count line", () => {
  it("says the exact count, 'of meer' for capped near matches and 'Meer dan' past the window", () => {
    expect(resultCountText(exact)).toBe("25 organisaties gevonden");
    expect(resultCountText({ ...exact, total: 1, pageCount: 1 })).toBe("1 organisatie gevonden");
    expect(resultCountText({ ...exact, total: 0, pageCount: 1 })).toBe("Geen organisaties gevonden");
    expect(resultCountText({ ...exact, total: 100, totalIsMinimum: true })).toBe("100 of meer organisaties gevonden");
    expect(resultCountText({ ...exact, total: 1000, moreThanTotal: true })).toBe("Meer dan 1.000 organisaties gevonden");
  });

  it("says 'van meer dan' while the alphabetical list goes on past the counted pages", () => {
    expect(resultPageText({ ...exact, page: 2 })).toBe("pagina 2 van 2");
    expect(resultPageText({ ...exact, total: 1000, moreThanTotal: true, page: 3, pageCount: 50, morePages: true })).toBe("pagina 3 van meer dan 50");
    // A query's window: fifty pages, and no page line beyond them.
    expect(resultPageText({ ...exact, total: 1000, moreThanTotal: true, page: 50, pageCount: 50 })).toBe("pagina 50 van 50");
    expect(resultPageText({ ...exact, total: 1000, moreThanTotal: true, page: 51, pageCount: 50 })).toBeNull();
    expect(resultPageText({ ...exact, total: 5, pageCount: 1 })).toBeNull();
  });
});

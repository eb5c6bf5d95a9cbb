import { describe, expect, it } from "vitest";
import { cellText } from "./coverage-cell-text";

const clauses = [
  { key: "2", code: "2", title: "Juiste en actuele gegevens" },
  { key: "7", code: "7", title: "Verslaglegging" },
  { key: "reactietermijn", code: "RT", title: "Reactietermijn bij informatieverzoeken" },
];
const names = { a: "Wijkteam Zwijndrecht", b: "Huisartsenpraktijk Walburg" };
const pair = (lacks: string[]) => ({
  a: "x",
  b: "y",
  covered: true,
  agreements: [
    { id: "1", title: "Convenant A" },
    { id: "2", title: "Werkafspraken B" },
  ],
  lacks,
});

// The text screen readers hear in a matrix cell (and that the e2e tests look for).
describe("cellText", () => {
  it("names both organisations when there is no agreement", () => {
    expect(cellText(undefined, clauses, names)).toBe("Geen afspraak tussen Wijkteam Zwijndrecht en Huisartsenpraktijk Walburg");
    expect(cellText({ a: "x", b: "y", covered: false, agreements: [], lacks: [] }, clauses, names)).toBe(
      "Geen afspraak tussen Wijkteam Zwijndrecht en Huisartsenpraktijk Walburg",
    );
  });

  it("names the agreements and says when every clause is covered", () => {
    expect(cellText(pair([]), clauses, names)).toBe("Gedekt door Convenant A, Werkafspraken B; alle bepalingen gedekt");
  });

  it("names the missing clauses by code and title, singular and plural", () => {
    expect(cellText(pair(["7"]), clauses, names)).toBe("Gedekt door Convenant A, Werkafspraken B; mist 1 bepaling: 7 Verslaglegging");
    expect(cellText(pair(["2", "reactietermijn"]), clauses, names)).toBe(
      "Gedekt door Convenant A, Werkafspraken B; mist 2 bepalingen: 2 Juiste en actuele gegevens, RT Reactietermijn bij informatieverzoeken",
    );
  });
});

import { describe, expect, it } from "vitest";
import { findIdentifiers, identifierMessage } from "./identifiers.ts";

describe("identifying data in case texts", () => {
  it.each([
    ["Het BSN is 123456782.", ["bsn"]],
    ["nummer 123 456 789 staat in het dossier", ["bsn"]],
    ["nummer 1234.56.789", ["bsn"]],
    ["Geboren op 03-04-2015.", ["date"]],
    ["geboortedatum 3/4/15", ["date"]],
    ["op 2015-04-03 gebeurde het", ["date"]],
    ["geboren 3 april 2015", ["date"]],
    ["woont op 3311 AB 12", ["postcode"]],
    ["postcode 3311AB", ["postcode"]],
    ["mail moeder@example.nl", ["email"]],
    ["bel 06-12345678", ["phone"]],
    ["bel 010 123 4567", ["phone"]],
    ["bel +31 6 12345678", ["phone"]],
  ])("finds %s", (text, kinds) => {
    expect(findIdentifiers(text)).toEqual(kinds);
  });

  it.each([
    "Een meisje van 8 jaar, vorig jaar verhuisd naar de gemeente.",
    "Veilig Thuis (0800-2000) werd ingeschakeld in groep 5.",
    "Het kind is 12 jaar; de ouders zijn in 2019 gescheiden.",
    "In 2019 en 2020 waren er zorgen op school.",
    "Drie van de 10 scholen; 25 procent van de meldingen.",
    "",
  ])("accepts %s", (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });

  it("names everything it found in one Dutch sentence", () => {
    expect(identifierMessage("bsn 123456782, mail a@b.nl")).toMatch(/^Deze tekst bevat een e-mailadres en een nummer van negen cijfers \(zoals een BSN\)\./);
    expect(identifierMessage("geen bijzonderheden")).toBeNull();
  });
});

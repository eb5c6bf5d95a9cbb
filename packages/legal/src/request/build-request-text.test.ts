import { describe, expect, it } from "vitest";
import { buildRequestText, dutchLongDate, EMPTY_DRAFT, requestFileName, type RequestDraft } from "./build-request-text.ts";

const base: RequestDraft = {
  ...EMPTY_DRAFT,
  reason: "SUSPICION",
  severity: "Het kind had drie weken achter elkaar blauwe plekken.",
  questions: "- Sinds wanneer is de behandeling?\n\n2. Komt de ouder op de afspraken?",
};
const fiveDays = { day: "2026-03-13", workingDays: 5, source: "DEFAULT" as const };

const cases: ReadonlyArray<{ name: string; draft: RequestDraft; contains: string[]; lacks: string[] }> = [
  {
    name: "consent given (001: attach the written statement)",
    draft: { ...base, consent: "GIVEN" },
    contains: ["De schriftelijke toestemmingsverklaring is bijgevoegd.", "toestemming gegeven"],
    lacks: ["niet gegeven", "niet om toestemming gevraagd", "[vul in]"],
  },
  {
    name: "consent refused (001: the four justifications)",
    draft: {
      ...base,
      consent: "REFUSED",
      seriousHarm: "A",
      onlySource: "B",
      preventsHarm: "C",
      specific: "D",
      whyWithoutConsent: "E",
    },
    contains: [
      "die is niet gegeven",
      "Kans op ernstige schade als ik niet over de informatie beschik: A",
      "Waarom u de enige bent die deze informatie kan geven: B",
      "Hoe de informatie schade aan het kind kan voorkomen: C",
      "Welke specifieke informatie ik vraag, in relatie tot de situatie van het kind: D",
      "Waarom overleg toch noodzakelijk is: E",
      "bij het eerstvolgende contact",
    ],
    lacks: ["bijgevoegd", "[vul in]"],
  },
  {
    name: "consent refused, justifications left empty: placeholders, not blanks",
    draft: { ...base, consent: "REFUSED" },
    contains: ["kan voorkomen: [vul in]", "noodzakelijk is: [vul in]"],
    lacks: ["bijgevoegd"],
  },
  {
    name: "consent not asked because of serious danger (001: say why; the parent is not told yet)",
    draft: { ...base, consent: "NOT_ASKED", whyWithoutConsent: "Vader dreigde met geweld." },
    contains: ["niet om toestemming gevraagd", "zonder toestemming te overleggen: Vader dreigde met geweld.", "in dit stadium niet van dit contact op de hoogte"],
    lacks: ["bijgevoegd", "ernstige schade als ik niet"],
  },
  {
    name: "nothing chosen yet: the text says what is missing",
    draft: EMPTY_DRAFT,
    contains: ["[kies de reden", "[kies of er toestemming is gegeven", "[vul in: welke feitelijke informatie", "[vul in: hoe ernstig"],
    lacks: [],
  },
  {
    name: "doubt about the child's wellbeing",
    draft: { ...base, reason: "WELLBEING_DOUBT", consent: "GIVEN" },
    contains: ["twijfel over het welzijn van het kind"],
    lacks: ["redelijk vermoeden"],
  },
];

describe("buildRequestText", () => {
  it.each(cases)("$name", ({ draft, contains, lacks }) => {
    const text = buildRequestText(draft, fiveDays);
    for (const part of contains) expect(text).toContain(part);
    for (const part of lacks) expect(text).not.toContain(part);
  });

  it("always uses placeholders for the child and the parents, never a typed name", () => {
    const text = buildRequestText({ ...base, consent: "GIVEN" }, fiveDays);
    expect(text).toContain("[naam kind]");
    expect(text).toContain("[naam ouder(s)]");
    expect(text).toContain("[uw naam]");
  });

  it("numbers the questions, one per line, without the list marks typed", () => {
    const text = buildRequestText({ ...base, consent: "GIVEN" }, fiveDays);
    expect(text).toContain("1. Sinds wanneer is de behandeling?\n2. Komt de ouder op de afspraken?");
  });

  it.each([
    { answerDate: fiveDays, expected: "uiterlijk vrijdag 13 maart 2026 (5 werkdagen)" },
    {
      answerDate: { day: "2026-03-20", workingDays: 10, source: "AGREEMENT" as const, agreementTitle: "Convenant Zorg" },
      expected: "uiterlijk vrijdag 20 maart 2026: de reactietermijn van 10 werkdagen uit onze afspraak “Convenant Zorg”",
    },
    { answerDate: null, expected: "redelijkerwijs binnen vijf werkdagen" },
  ])("states the answer date: $expected", ({ answerDate, expected }) => {
    expect(buildRequestText({ ...base, consent: "GIVEN" }, answerDate)).toContain(expected);
  });
});

describe("dutchLongDate and requestFileName", () => {
  it.each([
    ["2026-03-13", "vrijdag 13 maart 2026"],
    ["2025-04-26", "zaterdag 26 april 2025"],
    ["2031-01-03", "vrijdag 3 januari 2031"],
  ])("%s → %s", (day, expected) => expect(dutchLongDate(day)).toBe(expected));

  it("names the file by date only", () => expect(requestFileName("2026-03-09")).toBe("informatieverzoek-2026-03-09.txt"));
});

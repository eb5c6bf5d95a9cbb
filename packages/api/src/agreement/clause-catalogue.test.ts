import { statementById } from "@kk/legal";
import { describe, expect, it } from "vitest";
import { clauseByKey } from "./clause-catalogue.ts";

// Issue 13, item 5: the Model's clauses 1b, 5 and 6 in the words of 003 and 001, not a paraphrase.
describe("the Model's clause texts in the agreement checklist", () => {
  it.each([
    {
      key: "1b",
      words: [
        "vertel uw gesprekspartner dan meteen bij het begin van dit contact of uw cliënt van dit overleg weet en of hij daarvoor al dan niet toestemming heeft gegeven",
        "leg uw gesprekspartner dan uit waarom u toch meent dat de informatie-uitwisseling noodzakelijk is",
      ],
      sources: ["003", "001"],
    },
    {
      key: "5",
      words: [
        "Dien de aanvraag altijd schriftelijk in (per mail indien beveiligd), nadat er eerst telefonisch contact is geweest.",
        "Vermeld bij de aanvraag altijd de ernst en reden van het informatieverzoek.",
        "Geef in het eerste contact met de informant aan: waarom de informatie nodig is en om welk type informatie het gaat",
      ],
      sources: ["001", "003"],
    },
    {
      key: "6",
      words: [
        "Verstrek bij voorkeur feiten, gedragingen en symptomen die u zelf hebt waargenomen",
        "zowel feiten die het vermoeden van kindermishandeling bevestigen als feiten die dit ontkrachten",
        "altijd feitelijke informatie, geen eigen interpretaties",
        "redelijkerwijs binnen vijf werkdagen",
      ],
      sources: ["003", "001"],
    },
  ])("clause $key uses the source's words and carries its catalogue statement", ({ key, words, sources }) => {
    const clause = clauseByKey(key);
    expect(clause?.statementId).toBeDefined();
    const statement = statementById(clause?.statementId ?? "");
    expect(statement?.text).toBe(clause?.description);
    for (const phrase of words) expect(clause?.description).toContain(phrase);
    expect(new Set(statement?.sources.map((s) => s.source))).toEqual(new Set(sources));
  });

  it("no longer says 'herkenbaar besproken' for 1b (that was not the Model's clause)", () => {
    expect(clauseByKey("1b")?.description).not.toMatch(/herkenbaar/);
  });
});

import { describe, expect, it } from "vitest";
import { applyMapping, type ColumnMapping, headerFingerprint, mappingFor, measureOfTopic, proposeMapping, similarity } from "./mapping.ts";

describe("headerFingerprint", () => {
  it("is the same for the same columns, whatever the case, accents or spacing", () => {
    const a = headerFingerprint(["Regio's", "Perioden", "Meldingen (aantal)"]);
    expect(a).toMatch(/^v1:[0-9a-f]{32}$/);
    expect(headerFingerprint(["regio’s", "  PERIODEN ", "meldingen  (aantal)"])).toBe(a);
    expect(headerFingerprint(["Regio's", "Perioden", "Meldingen (aantal)", "", ""])).toBe(a);
  });

  it("differs for other columns or another order", () => {
    const a = headerFingerprint(["Regio's", "Perioden", "Meldingen (aantal)"]);
    expect(headerFingerprint(["Perioden", "Regio's", "Meldingen (aantal)"])).not.toBe(a);
    expect(headerFingerprint(["Regio's", "Perioden", "Adviezen (aantal)"])).not.toBe(a);
    expect(headerFingerprint(["Regio's", "Perioden"])).not.toBe(a);
  });
});

describe("proposeMapping", () => {
  it("maps our template's columns exactly", () => {
    const proposal = proposeMapping(["periode", "gebied", "maatregel", "uitsplitsing", "sleutel", "waarde", "status", "voorlopig"]);
    expect(proposal.columns.map((c) => c.target)).toEqual(
      ["periode", "gebied", "maatregel", "uitsplitsing", "sleutel", "waarde", "status", "voorlopig"].map((field) => ({ kind: "field", field })),
    );
    expect(proposal.quality.every((q) => q === "exact")).toBe(true);
    expect(proposal.problems).toEqual([]);
  });

  it("maps synonyms and English names, and similar names with a typo as 'similar'", () => {
    const proposal = proposeMapping(["Jaar", "Wijk", "Measure", "Aantal", "Peirode", "Gebeid", "Opmerking"]);
    expect(proposal.columns.map((c) => c.target)).toEqual([
      { kind: "field", field: "periode" },
      { kind: "field", field: "gebied" },
      { kind: "field", field: "maatregel" },
      { kind: "field", field: "waarde" },
      { kind: "field", field: "periode" },
      { kind: "field", field: "gebied" },
      { kind: "ignore" },
    ]);
    expect(proposal.quality).toEqual(["exact", "exact", "exact", "exact", "similar", "similar", "none"]);
    // Two columns for one field: the coordinator has to choose.
    expect(proposal.problems).toEqual(["Meer dan één kolom is gekoppeld aan ‘periode’: kies er één.", "Meer dan één kolom is gekoppeld aan ‘gebied’: kies er één."]);
  });

  it("says what is missing, in Dutch", () => {
    expect(proposeMapping(["Opmerking"]).problems).toEqual([
      "Koppel een kolom aan ‘periode’.",
      "Koppel een kolom aan ‘gebied’.",
      "Koppel een kolom aan ‘maatregel’, of koppel kolommen met aantallen elk aan een maatregel.",
      "Koppel een kolom aan ‘waarde’, of koppel kolommen met aantallen elk aan een maatregel.",
    ]);
    expect(proposeMapping(["periode", "gebied", "waarde", "Meldingen (aantal)"]).problems).toEqual([
      "Gebruik óf de kolommen ‘maatregel’ en ‘waarde’, óf kolommen die elk een maatregel bevatten, niet allebei.",
    ]);
    expect(proposeMapping(["periode", "gebied", "Meldingen (aantal)", "Totaal meldingen (aantal)"]).problems).toEqual([
      "De kolom ‘Totaal meldingen (aantal)’ is gekoppeld aan dezelfde maatregel en sleutel als een andere kolom.",
    ]);
  });
});

describe("measureOfTopic", () => {
  it.each([
    ["Meldingen/Meldingen kindermishandeling (aantal)", "CHILD_REPORTS", null, "exact"],
    ["Meldingen/Totaal meldingen (aantal)", "REPORTS", null, "exact"],
    ["Meldingen kindermishandeling naar melder/Huisarts/medisch (aantal)", "CHILD_REPORTS", "HUISARTS_MEDISCH", "exact"],
    ["Meldingen kindermishandeling naar melder/Jeugdhulp en wijkteam (aantal)", "CHILD_REPORTS", "JEUGDHULP_WIJKTEAM", "exact"],
    ["Meldingen kindermishandeling/Vorm/Seksueel misbruik (aantal)", "CHILD_REPORTS", "SEKSUEEL_MISBRUIK", "exact"],
    ["Onderzoeken, afgerond (aantal)", "INVESTIGATIONS_COMPLETED", null, "exact"],
    ["Afgeronde onderzoeken door Veilig Thuis (aantal)", "INVESTIGATIONS_COMPLETED", null, "similar"],
    ["Kindermishandeling bevestigd na onderzoek (aantal)", "ABUSE_CONFIRMED", null, "similar"],
  ])("%s", (header, measure, breakdownKey, quality) => {
    expect(measureOfTopic(header)).toEqual({ measure, breakdownKey, quality });
  });

  // Finding 10 (issue 14): a misspelt or unknown breakdown after the measure is not the total.
  it.each([
    ["Meldingen kindermishandeling naar melder/Polite (aantal)", "POLITIE"],
    ["Meldingen kindermishandeling naar melder/Politei (aantal)", "POLITIE"],
    ["Meldingen kindermishandeling naar melder/Onderwjis (aantal)", "ONDERWIJS"],
    ["Meldingen kindermishandeling/Vorm/Seksueel misbuik (aantal)", "SEKSUEEL_MISBRUIK"],
    ["Meldingen kindermishandeling naar melder/Buurman (aantal)", null],
    ["Meldingen kindermishandeling naar melder/ (aantal)/x", null],
  ])("%s is uncertain, with the nearest key %s", (header, breakdownKey) => {
    expect(measureOfTopic(header)).toEqual({ measure: "CHILD_REPORTS", breakdownKey, quality: "similar" });
  });

  it("proposes a misspelt breakdown column as uncertain, never as an exact match for the total", () => {
    const proposal = proposeMapping(["Perioden", "Regio's", "Meldingen kindermishandeling (aantal)", "Meldingen kindermishandeling naar melder/Polite (aantal)"]);
    expect(proposal.quality).toEqual(["exact", "exact", "exact", "similar"]);
    expect(proposal.columns[3]?.target).toEqual({ kind: "measure", measure: "CHILD_REPORTS", breakdownKey: "POLITIE" });
    expect(proposal.problems).toEqual([]);
  });

  it("finds nothing in a column that is not about figures", () => {
    expect(measureOfTopic("Opmerking")).toBeNull();
    expect(measureOfTopic("")).toBeNull();
  });
});

describe("similarity", () => {
  it("scores the same text 1, a typo high and other words low", () => {
    expect(similarity("periode", "periode")).toBe(1);
    expect(similarity("gebeid", "gebied")).toBeCloseTo(5 / 6);
    expect(similarity("peirode", "periode")).toBeCloseTo(6 / 7);
    expect(similarity("perioden", "periode")).toBeCloseTo(7 / 8);
    expect(similarity("meldingen", "melder")).toBeCloseTo(5 / 9);
    expect(similarity("", "periode")).toBe(0);
  });
});

describe("remembering a mapping", () => {
  it("reuses a remembered mapping for a header with the same fingerprint, and proposes one otherwise", () => {
    const header = ["Regio", "Tijdvak", "Onze kolom", "Aantal"];
    const proposal = proposeMapping(header);
    const chosen: ColumnMapping = {
      fingerprint: proposal.fingerprint,
      columns: proposal.columns.map((c) => (c.header === "Onze kolom" ? { header: c.header, target: { kind: "field", field: "maatregel" } } : c)),
    };
    expect(mappingFor(["regio", "tijdvak", "onze kolom", "aantal"], [chosen])).toEqual({ mapping: chosen, remembered: true });
    const other = mappingFor(["Regio", "Tijdvak", "Aantal"], [chosen]);
    expect(other.remembered).toBe(false);
    expect(other.mapping.fingerprint).not.toBe(chosen.fingerprint);
  });
});

describe("applyMapping", () => {
  const longTable = {
    header: ["gebied", "periode", "maatregel", "waarde", "opmerking"],
    rows: [
      { rowNumber: 2, cells: ["Zwijndrecht", "2018", "meldingen", " 40 ", "x"] },
      { rowNumber: 4, cells: ["Centrum", "2018", "meldingen"] },
    ],
  };

  it("gives one row per row for a long file, with empty text for unmapped fields and short rows", () => {
    const result = applyMapping(longTable, proposeMapping(longTable.header));
    expect(result).toEqual({
      ok: true,
      rows: [
        { rowNumber: 2, column: null, values: { periode: "2018", gebied: "Zwijndrecht", maatregel: "meldingen", uitsplitsing: "", sleutel: "", waarde: "40", status: "", voorlopig: "" } },
        { rowNumber: 4, column: null, values: { periode: "2018", gebied: "Centrum", maatregel: "meldingen", uitsplitsing: "", sleutel: "", waarde: "", status: "", voorlopig: "" } },
      ],
    });
  });

  it("gives one row per mapped measure column for a wide file, with the breakdown of the column", () => {
    const table = {
      header: ["regio's", "perioden", "meldingen (aantal)", "meldingen kindermishandeling naar melder/politie (aantal)"],
      rows: [{ rowNumber: 5, cells: ["Zwijndrecht", "2023*", "150", "."] }],
    };
    const result = applyMapping(table, proposeMapping(table.header));
    expect(result.ok && result.rows).toEqual([
      { rowNumber: 5, column: "meldingen (aantal)", values: expect.objectContaining({ gebied: "Zwijndrecht", periode: "2023*", maatregel: "REPORTS", waarde: "150", sleutel: "" }) },
      {
        rowNumber: 5,
        column: "meldingen kindermishandeling naar melder/politie (aantal)",
        values: expect.objectContaining({ maatregel: "CHILD_REPORTS", uitsplitsing: "REPORTER_GROUP", sleutel: "POLITIE", waarde: "." }),
      },
    ]);
  });

  it("refuses a mapping made for other columns, or one that is incomplete", () => {
    const proposal = proposeMapping(longTable.header);
    expect(applyMapping({ ...longTable, header: ["gebied", "periode", "waarde"] }, proposal)).toEqual({
      ok: false,
      errors: ["De kolommen van dit bestand komen niet overeen met de koppeling: controleer de koppeling opnieuw."],
    });
    const incomplete: ColumnMapping = { ...proposal, columns: proposal.columns.map((c) => (c.header === "gebied" ? { ...c, target: { kind: "ignore" } } : c)) };
    expect(applyMapping(longTable, incomplete)).toEqual({ ok: false, errors: ["Koppel een kolom aan ‘gebied’."] });
  });
});

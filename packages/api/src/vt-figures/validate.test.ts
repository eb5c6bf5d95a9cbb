import { describe, expect, it } from "vitest";
import { DEMO_AREAS, fixture } from "./fixtures/areas.ts";
import { applyMapping, type MappedRow, proposeMapping } from "./mapping.ts";
import { readFigureTemplate } from "./template.ts";
import { areaIndex, findArea, validateFigureRows, type ValidateOptions } from "./validate.ts";

const OPTIONS: ValidateOptions = { areas: DEMO_AREAS, existingDeliveries: [] };

async function templateRows(name: string): Promise<MappedRow[]> {
  const table = await readFigureTemplate(name, fixture(name));
  const mapped = applyMapping(table, proposeMapping(table.header));
  if (!mapped.ok) throw new Error(mapped.errors.join("\n"));
  return mapped.rows;
}

let rowNumber = 1;
/** A template row: period, area, measure, breakdown, key, value, status, provisional. */
function row(periode: string, gebied: string, maatregel: string, waarde: string, more: Partial<MappedRow["values"]> = {}): MappedRow {
  rowNumber += 1;
  return { rowNumber, column: null, values: { periode, gebied, maatregel, uitsplitsing: "", sleutel: "", waarde, status: "", voorlopig: "", ...more } };
}

function errorsOf(rows: MappedRow[], options: ValidateOptions = OPTIONS): string[] {
  const result = validateFigureRows(rows, options);
  return result.ok ? [] : result.errors;
}

describe("validating the template sample", () => {
  it("accepts the sample: every row ready, suppressed and missing kept apart from zero", async () => {
    const result = validateFigureRows(await templateRows("template-voorbeeld.csv"), OPTIONS);
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(result.rows).toHaveLength(14);
    expect(result.skipped).toEqual([]);
    expect(result.rows[0]).toEqual({
      rowNumber: 2,
      column: null,
      period: { kind: "HALF_YEAR", year: 2018, half: 1, code: "2018-H1", label: "2018 1e halfjaar" },
      provisional: false,
      areaId: "zwijndrecht",
      measure: "ADVICE_REQUESTS",
      breakdownKind: "NONE",
      breakdownKey: "",
      value: 85,
      status: "VALUE",
    });
    expect(result.rows.find((r) => r.breakdownKey === "KINDEROPVANG")).toMatchObject({ breakdownKind: "REPORTER_GROUP", value: null, status: "SUPPRESSED" });
    expect(result.rows.find((r) => r.breakdownKey === "GETUIGE_HUISELIJK_GEWELD")).toMatchObject({ breakdownKind: "FORM", value: 24 });
    expect(result.rows.find((r) => r.areaId === "noord")).toMatchObject({ value: null, status: "MISSING" });
    // A wijk by its CBS code.
    expect(result.rows.find((r) => r.rowNumber === 15)).toMatchObject({ areaId: "kort-ambacht", value: 2 });
    expect(result.periods).toEqual([{ code: "2018-H1", label: "2018 1e halfjaar", provisional: false, rowCount: 14, action: "NEW", version: 1, notice: null }]);
  });

  it("refuses the file with errors as a whole and names every row in Dutch", async () => {
    const result = validateFigureRows(await templateRows("template-fouten.csv"), OPTIONS);
    expect(result).toEqual({
      ok: false,
      errors: [
        "Rij 3: onbekend gebied ‘Zwijndrect’. Bekende gebieden: Veilig Thuis Zuid-Holland Zuid, Zwijndrecht, Centrum, Walburg, Noord, Kort Ambacht, Heer Oudelands Ambacht, Oostendam.",
        "Rij 4: waarde ‘-5’: een aantal kan niet negatief zijn.",
        "Rij 5: waarde ‘12,5’: een aantal moet een geheel getal zijn.",
        "Rij 6: periode ‘2018 3e kwartaal’: onbekende periode: gebruik bijvoorbeeld 2023, 2023 1e halfjaar of 2023 2e halfjaar (kwartalen en maanden worden niet ondersteund: gebruik een halfjaar of een jaar).",
        "Rij 7: dubbel: meldingen kindermishandeling voor 2018 1e halfjaar in dit gebied staat ook in rij 2.",
        "Rij 8: politie (70) is groter dan het totaal meldingen kindermishandeling (60) in rij 2.",
      ],
    });
  });

  it("is all or nothing: one wrong row and no row is ready", async () => {
    const rows = await templateRows("template-voorbeeld.csv");
    const broken = rows.map((r, i) => (i === 5 ? { ...r, values: { ...r.values, waarde: "-1", status: "" } } : r));
    const result = validateFigureRows(broken, OPTIONS);
    expect(result.ok).toBe(false);
    expect("rows" in result).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual(["Rij 7: waarde ‘-1’: een aantal kan niet negatief zijn."]);
  });
});

describe("a period that already has figures", () => {
  it("offers a new version (the next number) and keeps the earlier one", () => {
    const rows = [row("2017 2e halfjaar", "Zwijndrecht", "bevestigde kindermishandeling", "130"), row("2018", "Zwijndrecht", "bevestigde kindermishandeling", "250")];
    const result = validateFigureRows(rows, {
      ...OPTIONS,
      scopeAreaId: "zwijndrecht",
      existingDeliveries: [
        { periodCode: "2017-H2", scopeAreaId: "zwijndrecht", version: 1 },
        { periodCode: "2017-H2", scopeAreaId: "zwijndrecht", version: 2 },
        { periodCode: "2018", scopeAreaId: "vt-zhz", version: 1 },
      ],
    });
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(result.periods).toEqual([
      {
        code: "2017-H2",
        label: "2017 2e halfjaar",
        provisional: false,
        rowCount: 1,
        action: "NEW_VERSION",
        version: 3,
        notice: "Voor 2017 2e halfjaar zijn al cijfers geïmporteerd (versie 2). Dit bestand kan worden opgeslagen als nieuwe versie 3; de eerdere versie blijft bewaard en zichtbaar.",
      },
      // The 2018 delivery of the VT region is another scope.
      { code: "2018", label: "2018", provisional: false, rowCount: 1, action: "NEW", version: 1, notice: null },
    ]);
  });

  it("without a scope, any delivery of the period counts", () => {
    const result = validateFigureRows([row("2018", "Zwijndrecht", "meldingen", "250")], { ...OPTIONS, existingDeliveries: [{ periodCode: "2018", scopeAreaId: "vt-zhz", version: 1 }] });
    expect(result.ok && result.periods[0]).toMatchObject({ action: "NEW_VERSION", version: 2 });
  });
});

describe("parts and totals", () => {
  it("refuses reporter groups that together exceed the total", () => {
    const rows = [
      row("2018", "Zwijndrecht", "meldingen kindermishandeling", "50"),
      row("2018", "Zwijndrecht", "meldingen kindermishandeling", "30", { uitsplitsing: "melder", sleutel: "politie" }),
      row("2018", "Zwijndrecht", "meldingen kindermishandeling", "25", { sleutel: "onderwijs" }),
    ];
    expect(errorsOf(rows)).toEqual([`Rij ${rowNumber}: de uitsplitsing naar melder telt op tot 55, meer dan het totaal meldingen kindermishandeling (50) in rij ${rowNumber - 2}.`]);
  });

  it("allows CBS rounding: rounded parts may exceed a rounded total by the rounding, not more", () => {
    const parts = (values: string[]) => [
      row("2018", "Zwijndrecht", "meldingen kindermishandeling", "10"),
      ...values.map((v, i) => row("2018", "Zwijndrecht", "meldingen kindermishandeling", v, { sleutel: ["politie", "onderwijs", "overig"][i]! })),
    ];
    // True counts 3 + 3 + 3 = 9 of 9: rounded 5 + 5 + 5 = 15 against 10.
    expect(errorsOf(parts(["5", "5", "5"]), { ...OPTIONS, roundedToFive: true })).toEqual([]);
    expect(errorsOf(parts(["5", "5", "5"]))).toHaveLength(1);
    expect(errorsOf(parts(["10", "10", "5"]), { ...OPTIONS, roundedToFive: true })).toEqual([expect.stringContaining("telt op tot 25")]);
  });

  it("allows forms of violence to add up to more than the total (one report, several forms), but not one form above it", () => {
    const forms = [
      row("2018", "Zwijndrecht", "meldingen kindermishandeling", "20"),
      row("2018", "Zwijndrecht", "meldingen kindermishandeling", "15", { sleutel: "lichamelijke mishandeling" }),
      row("2018", "Zwijndrecht", "meldingen kindermishandeling", "15", { sleutel: "getuige van huiselijk geweld" }),
    ];
    expect(errorsOf(forms)).toEqual([]);
    const tooMany = row("2018", "Zwijndrecht", "meldingen kindermishandeling", "21", { uitsplitsing: "vorm van geweld", sleutel: "seksueel misbruik" });
    expect(errorsOf([...forms, tooMany])).toEqual([`Rij ${rowNumber}: seksueel misbruik (21) is groter dan het totaal meldingen kindermishandeling (20) in rij ${rowNumber - 3}.`]);
  });

  it("compares only values: a suppressed total or part is not checked", () => {
    const rows = [
      row("2018", "Zwijndrecht", "meldingen kindermishandeling", "."),
      row("2018", "Zwijndrecht", "meldingen kindermishandeling", "30", { sleutel: "politie" }),
    ];
    expect(errorsOf(rows)).toEqual([]);
  });

  it("refuses more reports of child abuse than reports", () => {
    const rows = [row("2018", "Zwijndrecht", "meldingen", "40"), row("2018", "Zwijndrecht", "meldingen kindermishandeling", "45")];
    expect(errorsOf(rows)).toEqual([`Rij ${rowNumber}: meldingen kindermishandeling (45) is meer dan alle meldingen (40) in rij ${rowNumber - 1}.`]);
  });

  it("refuses wijken that together exceed their municipality", () => {
    const rows = [
      row("2018", "Zwijndrecht", "bevestigde kindermishandeling", "20"),
      row("2018", "Centrum", "bevestigde kindermishandeling", "12"),
      row("2018", "Walburg", "bevestigde kindermishandeling", "9"),
    ];
    expect(errorsOf(rows)).toEqual([
      `Rij ${rowNumber}: de gebieden binnen Zwijndrecht tellen samen op tot 21 bevestigde kindermishandeling in 2018, meer dan Zwijndrecht zelf (20, rij ${rowNumber - 2}).`,
    ]);
  });
});

describe("row errors", () => {
  it("refuses duplicates, also when written differently", () => {
    const rows = [row("2018 1e halfjaar", "Zwijndrecht", "meldingen", "40"), row("2018-H1", "GM0642", "MELDINGEN", "41")];
    expect(errorsOf(rows)).toEqual([`Rij ${rowNumber}: dubbel: meldingen voor 2018 1e halfjaar in dit gebied staat ook in rij ${rowNumber - 1}.`]);
  });

  it("refuses a period that is both provisional and final in one file", () => {
    const rows = [row("2018*", "Zwijndrecht", "meldingen", "40"), row("2018", "Centrum", "meldingen", "10")];
    expect(errorsOf(rows)).toEqual([expect.stringMatching(/^Rij \d+: 2018 staat in dit bestand zowel voorlopig \(rij \d+\) als definitief \(rij \d+\)/)]);
    expect(errorsOf([row("2018", "Zwijndrecht", "meldingen", "40", { voorlopig: "ja" }), row("2018*", "Centrum", "meldingen", "10")])).toEqual([]);
  });

  it("checks measure, breakdown, key, status and empty cells", () => {
    const at = rowNumber + 1;
    const rows = [
      row("2018", "Zwijndrecht", "zorgen", "1"),
      row("2018", "", "meldingen", "1"),
      row("2018", "Zwijndrecht", "meldingen", "1", { uitsplitsing: "leeftijd" }),
      row("2018", "Zwijndrecht", "meldingen kindermishandeling", "1", { uitsplitsing: "melder", sleutel: "seksueel misbruik" }),
      row("2018", "Zwijndrecht", "meldingen kindermishandeling", "1", { sleutel: "buurman" }),
      row("2018", "Zwijndrecht", "meldingen kindermishandeling", "1", { uitsplitsing: "melder" }),
      row("2018", "Zwijndrecht", "bevestigde kindermishandeling", "1", { sleutel: "politie" }),
      row("2018", "Centrum", "meldingen", "12", { status: "geheim" }),
      row("2018", "Walburg", "meldingen", "", { status: "waarde" }),
      row("2018", "Noord", "meldingen", "3", { status: "soms", voorlopig: "misschien" }),
    ];
    expect(errorsOf(rows)).toEqual([
      `Rij ${at}: maatregel ‘zorgen’: kies uit adviezen, meldingen, meldingen kindermishandeling, betrokken kinderen, afgeronde onderzoeken, bevestigde kindermishandeling.`,
      `Rij ${at + 1}: gebied: vul de gemeente of de wijk in.`,
      `Rij ${at + 2}: uitsplitsing ‘leeftijd’: kies geen, melder of vorm van geweld.`,
      `Rij ${at + 3}: sleutel ‘seksueel misbruik’ hoort niet bij de uitsplitsing melder.`,
      `Rij ${at + 4}: sleutel ‘buurman’: onbekende melder of vorm van geweld.`,
      `Rij ${at + 5}: uitsplitsing melder zonder sleutel: vul de melder of de vorm van geweld in.`,
      `Rij ${at + 6}: een uitsplitsing naar melder kan alleen bij meldingen kindermishandeling.`,
      `Rij ${at + 7}: status ‘geheim’, maar er staat een getal (12): laat de waarde leeg of vul . in.`,
      `Rij ${at + 8}: status waarde, maar er staat geen getal bij waarde.`,
      `Rij ${at + 9}: status ‘soms’: kies waarde, geheim of ontbreekt (of laat leeg).`,
      `Rij ${at + 9}: voorlopig ‘misschien’: vul ja of nee in.`,
    ]);
  });

  it("names the column of a wide file and caps a long list of errors", () => {
    const wide: MappedRow[] = Array.from({ length: 5 }, (_, i) => ({
      rowNumber: i + 2,
      column: "meldingen (aantal)",
      values: { periode: "2018", gebied: "Zwijndrecht", maatregel: "REPORTS", uitsplitsing: "", sleutel: "", waarde: "-1", status: "", voorlopig: "" },
    }));
    const errors = errorsOf(wide, { ...OPTIONS, maxErrors: 2 });
    expect(errors).toEqual([
      "Rij 2, kolom ‘meldingen (aantal)’: waarde ‘-1’: een aantal kan niet negatief zijn.",
      "Rij 3, kolom ‘meldingen (aantal)’: waarde ‘-1’: een aantal kan niet negatief zijn.",
      "En nog 3 fouten.",
    ]);
  });

  it("refuses an empty file, and a file with only unknown areas even when skipping them", () => {
    expect(errorsOf([])).toEqual(["Het bestand bevat geen cijfers: alleen de rij met kolomnamen."]);
    const result = validateFigureRows([row("2018", "Dordrecht", "meldingen", "40")], { ...OPTIONS, unknownAreas: "skip" });
    expect(result.ok ? [] : result.errors[0]).toBe("Geen enkele rij hoort bij een gebied dat het portaal kent: er is niets te importeren.");
  });
});

describe("findArea", () => {
  it("matches names the way CBS and people write them", () => {
    const areas = areaIndex(DEMO_AREAS);
    for (const text of ["Zwijndrecht", "Gemeente Zwijndrecht", "Zwijndrecht (GM)", "GM0642", " ZWIJNDRECHT ", "gm0642"]) expect(findArea(text, areas)?.id).toBe("zwijndrecht");
    expect(findArea("Heer Oudelands Ambacht", areas)?.id).toBe("heer-oudelands-ambacht");
    expect(findArea("Veilig Thuis Zuid-Holland Zuid", areas)?.id).toBe("vt-zhz");
    expect(findArea("VT-ZHZ", areas)?.id).toBe("vt-zhz");
    expect(findArea("Dordrecht", areas)).toBeNull();
  });
});

describe("a large file", () => {
  it("validates 10 years × 40 wijken × every measure and breakdown (18,000 rows) in one go", () => {
    const wijken = Array.from({ length: 40 }, (_, i) => ({ id: `w${i}`, name: `Wijk ${i}`, code: null, kind: "WIJK" as const, parentId: "zwijndrecht" }));
    const keys = ["politie", "onderwijs", "huisarts", "wijkteam", "kinderopvang", "burger", "overig", "lichamelijke mishandeling", "seksueel misbruik"];
    const rows: MappedRow[] = [];
    let n = 1;
    for (let year = 2009; year <= 2018; year += 1) {
      for (const period of [`${year} 1e halfjaar`, `${year} 2e halfjaar`, String(year)]) {
        for (const w of wijken) {
          const add = (maatregel: string, waarde: string, sleutel = "") => {
            n += 1;
            rows.push({ rowNumber: n, column: null, values: { periode: period, gebied: w.name, maatregel, uitsplitsing: "", sleutel, waarde, status: "", voorlopig: "" } });
          };
          for (const m of ["adviezen", "meldingen", "betrokken kinderen", "afgeronde onderzoeken", "bevestigde kindermishandeling"]) add(m, "9");
          add("meldingen kindermishandeling", "9");
          for (const key of keys) add("meldingen kindermishandeling", "1", key);
        }
      }
    }
    const result = validateFigureRows(rows, { ...OPTIONS, areas: [...DEMO_AREAS, ...wijken] });
    expect(result.ok ? result.rows.length : result.errors.slice(0, 3)).toBe(rows.length);
    expect(rows.length).toBe(10 * 3 * 40 * 15);
    expect(result.ok && result.periods).toHaveLength(30);
  });
});

import { seedVtFigures } from "@kk/db/seed";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkTestUsersToMunicipality } from "../vt-figures/figure-scope-testing.ts";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { councilCellText, type CouncilCell } from "../vt-figures/suppression.ts";
import type { CouncilOverview } from "./council-overview.ts";

/*
 * A small municipality with known small counts: wijk "Aa" has 3 cases of confirmed abuse, 4 and 8
 * reports by form, the municipality 2 reports from childcare. None of these, nor the cells hidden
 * to protect them, may reach the council's output.
 */
let t: ApiTestDatabase;
let demo: ApiTestDatabase;

type Available = Extract<CouncilOverview, { available: true }>;

beforeAll(async () => {
  [t, demo] = await Promise.all([createApiTestDatabase("council-small"), createApiTestDatabase("council-demo")]);
  await seedVtFigures(demo.db);
  // The demo region has three municipalities: the users act for Zwijndrecht (issue 18).
  await linkTestUsersToMunicipality(demo, "GM0642");

  const db = t.db;
  const municipality = await db.area.create({ data: { code: "GM9901", name: "Testdorp", kind: "MUNICIPALITY" } });
  const wijk = (code: string, name: string) => db.area.create({ data: { code, name, kind: "WIJK", parentId: municipality.id } });
  const [aa, bb, cc] = await Promise.all([wijk("WK990101", "Aa"), wijk("WK990102", "Bb"), wijk("WK990103", "Cc")]);
  const children: [string, number][] = [
    [aa.id, 500],
    [bb.id, 2000],
    [cc.id, 2500],
    [municipality.id, 5000],
  ];
  await db.areaPopulation.createMany({ data: children.map(([areaId, n]) => ({ areaId, year: 2018, children0to17: n, source: "Test" })) });
  const period = await db.figurePeriod.create({
    data: { code: "2018", kind: "YEAR", year: 2018, label: "2018", startsOn: new Date("2018-01-01T00:00:00Z"), endsOn: new Date("2018-12-31T00:00:00Z") },
  });
  const delivery = await db.figureDelivery.create({
    data: { periodId: period.id, scopeAreaId: municipality.id, source: "Veilig Thuis Test", deliveredAt: new Date("2019-03-01T00:00:00Z"), version: 1, method: "SEED" },
  });
  const v = (areaId: string, measure: "CHILD_REPORTS" | "ABUSE_CONFIRMED" | "REPORTS" | "ADVICE_REQUESTS", value: number, breakdownKind: "NONE" | "FORM" | "REPORTER_GROUP" = "NONE", breakdownKey = "") => ({
    deliveryId: delivery.id,
    areaId,
    measure,
    breakdownKind,
    breakdownKey,
    value,
    status: "VALUE" as const,
  });
  await db.figureValue.createMany({
    data: [
      v(aa.id, "CHILD_REPORTS", 12),
      v(bb.id, "CHILD_REPORTS", 41),
      v(cc.id, "CHILD_REPORTS", 57),
      v(municipality.id, "CHILD_REPORTS", 110),
      v(aa.id, "CHILD_REPORTS", 4, "FORM", "LICHAMELIJKE_MISHANDELING"),
      v(bb.id, "CHILD_REPORTS", 15, "FORM", "LICHAMELIJKE_MISHANDELING"),
      v(cc.id, "CHILD_REPORTS", 21, "FORM", "LICHAMELIJKE_MISHANDELING"),
      v(municipality.id, "CHILD_REPORTS", 40, "FORM", "LICHAMELIJKE_MISHANDELING"),
      v(aa.id, "CHILD_REPORTS", 8, "FORM", "GETUIGE_HUISELIJK_GEWELD"),
      v(bb.id, "CHILD_REPORTS", 26, "FORM", "GETUIGE_HUISELIJK_GEWELD"),
      v(cc.id, "CHILD_REPORTS", 36, "FORM", "GETUIGE_HUISELIJK_GEWELD"),
      v(municipality.id, "CHILD_REPORTS", 70, "FORM", "GETUIGE_HUISELIJK_GEWELD"),
      v(aa.id, "ABUSE_CONFIRMED", 3),
      v(bb.id, "ABUSE_CONFIRMED", 23),
      v(cc.id, "ABUSE_CONFIRMED", 31),
      v(municipality.id, "ABUSE_CONFIRMED", 57),
      v(municipality.id, "REPORTS", 150),
      v(municipality.id, "ADVICE_REQUESTS", 160),
      v(municipality.id, "CHILD_REPORTS", 60, "REPORTER_GROUP", "POLITIE"),
      v(municipality.id, "CHILD_REPORTS", 2, "REPORTER_GROUP", "KINDEROPVANG"),
      v(municipality.id, "CHILD_REPORTS", 48, "REPORTER_GROUP", "ONDERWIJS"),
    ],
  });

  // 2017: only wijk Aa was delivered per wijk, so in the wijk table the municipality's 20 reports of
  // physical abuse are the only shown cell beside Aa's hidden 3, and must be hidden too; the form
  // table per period must then hide them as well (and one more cell), or it gives them back.
  // Only one reporter group (5 reports) was delivered, so the total of 100 goes as well.
  const period2017 = await db.figurePeriod.create({
    data: { code: "2017", kind: "YEAR", year: 2017, label: "2017", startsOn: new Date("2017-01-01T00:00:00Z"), endsOn: new Date("2017-12-31T00:00:00Z") },
  });
  const delivery2017 = await db.figureDelivery.create({
    data: { periodId: period2017.id, scopeAreaId: municipality.id, source: "Veilig Thuis Test", deliveredAt: new Date("2018-03-01T00:00:00Z"), version: 1, method: "SEED" },
  });
  const w = (areaId: string, value: number, breakdownKey = "") => ({
    deliveryId: delivery2017.id,
    areaId,
    measure: "CHILD_REPORTS" as const,
    breakdownKind: breakdownKey ? ("FORM" as const) : ("NONE" as const),
    breakdownKey,
    value,
    status: "VALUE" as const,
  });
  await db.figureValue.createMany({
    data: [
      w(aa.id, 30),
      w(municipality.id, 100),
      w(aa.id, 3, "LICHAMELIJKE_MISHANDELING"),
      w(municipality.id, 20, "LICHAMELIJKE_MISHANDELING"),
      w(aa.id, 27, "GETUIGE_HUISELIJK_GEWELD"),
      w(municipality.id, 64, "GETUIGE_HUISELIJK_GEWELD"),
      // The only reporter group delivered: the total would give it back, so the total is hidden
      // in the reporter table, and with it everywhere the same total appears.
      { ...w(municipality.id, 5), breakdownKind: "REPORTER_GROUP" as const, breakdownKey: "POLITIE" },
    ],
  });
}, 180_000);

afterAll(async () => {
  await Promise.all([t?.drop(), demo?.drop()]);
});

async function overview(db: ApiTestDatabase, input = {}): Promise<Available> {
  const result = await db.callerFor(db.users.RAAD).council.overview(input);
  if (!result.available) throw new Error(result.message);
  return result;
}

/** Every hidden cell or rate in the output, wherever it sits; each must carry nothing but its status, reason and provisional flag. */
function hiddenObjects(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((item) => hiddenObjects(item, found));
  else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (record.status === "SUPPRESSED") found.push(record);
    Object.values(record).forEach((item) => hiddenObjects(item, found));
  }
  return found;
}

/** All numbers anywhere in the output (values, percentages, years...). */
function numbersIn(value: unknown, found = new Set<number>()): Set<number> {
  if (typeof value === "number") found.add(value);
  else if (Array.isArray(value)) value.forEach((item) => numbersIn(item, found));
  else if (value !== null && typeof value === "object") Object.values(value).forEach((item) => numbersIn(item, found));
  return found;
}

const texts = (cells: readonly CouncilCell[]): string[] => cells.map(councilCellText);

describe("council.overview on a table with known small counts", () => {
  it("shows a wijk with 3 cases as '< 10', hides its rate and the cell that would give it back", async () => {
    const result = await overview(t);
    const rates = result.wijkRates?.rows ?? [];
    expect(rates.map((r) => [r.label, councilCellText(r.count), r.rate.status])).toEqual([
      ["Aa", "< 10", "SUPPRESSED"],
      ["Bb", "afgeschermd", "SUPPRESSED"],
      ["Cc", "31", "VALUE"],
      ["Testdorp", "57", "VALUE"],
    ]);
    expect(rates[0]?.rate).toEqual({ status: "SUPPRESSED", reason: "DERIVED", provisional: false });
    expect(rates[2]?.rate).toMatchObject({ status: "VALUE", percentage: 1.24 });
  });

  it("hides complementary cells in the wijk-by-form table and the reporter-group table", async () => {
    const result = await overview(t);
    const rows = result.wijkForms?.rows ?? [];
    const column = (key: string) => result.wijkForms?.columns.findIndex((c) => c.key === key) ?? -1;
    const pick = (cells: CouncilCell[]) => [cells[column("LICHAMELIJKE_MISHANDELING")], cells[column("GETUIGE_HUISELIJK_GEWELD")], cells[column("TOTAAL")]].map((c) => (c ? councilCellText(c) : "?"));
    // One pattern over all tables (issue 14, finding 1): Aa's 4 would be 40 − 15 − 21 and its 8
    // would be narrowed through the column, so enough cells go that both keep their range 0–9.
    expect(rows.map((r) => [r.label, ...pick(r.cells)])).toEqual([
      ["Aa", "< 10", "< 10", "12"],
      ["Bb", "15", "afgeschermd", "41"],
      ["Cc", "afgeschermd", "afgeschermd", "57"],
      ["Testdorp", "afgeschermd", "70", "110"],
    ]);
    const groups = result.breakdowns.find((b) => b.kind === "REPORTER_GROUP");
    const groupRow = groups?.rows.find((r) => r.key === "2018")?.cells ?? [];
    const groupColumn = (key: string) => groups?.columns.findIndex((c) => c.key === key) ?? -1;
    expect(texts([groupRow[groupColumn("POLITIE")], groupRow[groupColumn("KINDEROPVANG")], groupRow[groupColumn("ONDERWIJS")], groupRow[groupColumn("TOTAAL")]].filter((c): c is CouncilCell => Boolean(c)))).toEqual([
      "60",
      "< 10",
      "afgeschermd",
      "110",
    ]);
    expect(result.footnotes.map((f) => f.reason)).toEqual(["PRIMARY", "COMPLEMENTARY", "DERIVED"]);
  });

  it("never puts a hidden number in the JSON: hidden cells carry no value, and the small counts and their rates appear nowhere", async () => {
    const result = await overview(t);
    const hidden = hiddenObjects(result);
    expect(hidden.length).toBeGreaterThanOrEqual(8);
    for (const cell of hidden) expect(Object.keys(cell).sort()).toEqual(["provisional", "reason", "status"]);
    const numbers = numbersIn(result);
    // Hidden counts (3, 23, 4, 8, 26, 21, 36, 40, 2, 48) and the rates of the two hidden wijken (0.6%, 1.15%).
    for (const secret of [3, 23, 4, 8, 26, 21, 36, 40, 2, 48, 0.6, 1.15]) expect(numbers.has(secret), `number ${secret} in the output`).toBe(false);
    const json = JSON.stringify(result);
    expect(json).not.toMatch(/0,6%|1,15%/);
  });
});

describe("council.overview keeps tables that share cells consistent", () => {
  it("reads every table from one pattern: a cell is hidden alike wherever it appears, in every answer", async () => {
    const [y2017, y2018] = await Promise.all([overview(t, { periodCode: "2017" }), overview(t)]);
    const forms = y2017.wijkForms;
    expect(forms?.period.code).toBe("2017");
    const column = (key: string) => forms?.columns.findIndex((c) => c.key === key) ?? -1;
    const pick = (cells: readonly CouncilCell[] | undefined) =>
      ["LICHAMELIJKE_MISHANDELING", "GETUIGE_HUISELIJK_GEWELD", "TOTAAL"].map((key) => {
        const cell = cells?.[column(key)];
        return cell ? councilCellText(cell) : "?";
      });
    // 2017: only Aa was delivered per wijk. Its 3 is hidden, and with it its 27: the row total 30
    // would give back 3 + 27 exactly if both other cells were known. The municipality's 20 and 64
    // bound Aa only from above, since Bb and Cc are unknown.
    expect(pick(forms?.rows.find((r) => r.label === "Aa")?.cells)).toEqual(["< 10", "afgeschermd", "30"]);
    expect(pick(forms?.rows.find((r) => r.isTotal)?.cells)).toEqual(["20", "64", "100"]);
    for (const result of [y2017, y2018]) {
      const formTable = result.breakdowns.find((b) => b.kind === "FORM");
      const groups = result.breakdowns.find((b) => b.kind === "REPORTER_GROUP");
      const signal = result.signals.find((s) => s.measure === "CHILD_REPORTS");
      const detail = result.wijkForms;
      // The wijk table's total row is the form table's row of the same period, cell for cell.
      expect(detail?.rows.find((r) => r.isTotal)?.cells).toEqual(formTable?.rows.find((r) => r.key === detail?.period.code)?.cells);
      // The municipal total of each period is the same cell in the form table, the reporter table and the signal.
      for (const row of formTable?.rows ?? []) {
        const total = row.cells.at(-1);
        expect(groups?.rows.find((r) => r.key === row.key)?.cells.at(-1)).toEqual(total);
        expect(signal?.rows.find((r) => r.period.code === row.key)?.cell).toEqual(total);
      }
    }
    // The only reporter group delivered in 2017 (5) is hidden; the total of 100 bounds it by nothing.
    const groupRow = y2017.breakdowns.find((b) => b.kind === "REPORTER_GROUP")?.rows.find((r) => r.key === "2017")?.cells ?? [];
    expect(groupRow.map(councilCellText).filter((text) => text !== "onbekend")).toEqual(["< 10", "100"]);
    // The answers agree: what the 2018 answer shows of 2017 is what the 2017 answer shows.
    expect(y2018.breakdowns).toEqual(y2017.breakdowns);
    const numbers = numbersIn(y2017);
    for (const secret of [3, 5, 27]) expect(numbers.has(secret), `number ${secret} in the output`).toBe(false);
  });
});

describe("council.overview on the demo figures", () => {
  it("hides small counts somewhere, keeps every hidden cell empty, and reads the target", async () => {
    const result = await overview(demo, { periodKind: "HALF_YEAR" });
    const hidden = hiddenObjects(result);
    expect(hidden.some((cell) => cell.reason === "PRIMARY")).toBe(true);
    for (const cell of hidden) expect(Object.keys(cell).sort()).toEqual(["provisional", "reason", "status"]);
    expect(result.target?.ruleText).toMatch(/3/);
    expect(result.sources.length).toBeGreaterThan(0);
    const years = await overview(demo);
    expect(years.outcome.rows.find((r) => r.period.code === "2014")?.rate).toMatchObject({ status: "VALUE", percentage: 3.14 });
    expect(years.outcome.latest?.verdict).toMatch(/ON_TRACK|OFF_TRACK/);
  });

  it("is refused to roles without figures.council; the council cannot reach raw figures", async () => {
    for (const role of ["PARTNER", "PROFESSIONAL", "BEHEERDER"] as const) {
      await expect(demo.callerFor(demo.users[role]).council.overview({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(demo.callerFor(null).council.overview({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const raad = demo.callerFor(demo.users.RAAD);
    const refused = [raad.dashboard.overview({}), raad.figureEntry.overview({} as never), raad.figureImport.template({} as never)];
    for (const call of refused) {
      const error = await call.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("FORBIDDEN");
    }
    expect((await raad.plan.progress()).themes).toHaveLength(5);
  });
});

/*
 * Finding 10 (issue 14): one year with half years (fromYear = toYear, HALF_YEAR) answered 500
 * "totalColumn 6 is outside the table". Every filter a RAAD user can send (the page reads them
 * from the URL) must give an overview or a Dutch refusal, never a server error: period kinds ×
 * year ranges (inside, around and outside the delivered years, one year and reversed) × detail
 * periods, on the demo figures and on the small municipality.
 */
describe("council.overview answers every filter a RAAD user can send", () => {
  const kinds = [undefined, "YEAR", "HALF_YEAR"] as const;
  const years = [undefined, 2013, 2014, 2016, 2017, 2018, 2019] as const;
  const codes = [undefined, "2018", "2018-H1", "2017-H2", "2019-H2"] as const;
  const filters = kinds.flatMap((periodKind) =>
    years.flatMap((fromYear) =>
      years.flatMap((toYear) =>
        codes.map((periodCode) => ({
          ...(periodKind ? { periodKind } : {}),
          ...(fromYear ? { fromYear } : {}),
          ...(toYear ? { toYear } : {}),
          ...(periodCode ? { periodCode } : {}),
        })),
      ),
    ),
  );

  it.each([
    ["the demo figures", () => demo],
    ["the small municipality", () => t],
  ])("on %s: no filter gives a server error", async (_name, database) => {
    const db = database();
    const raad = db.callerFor(db.users.RAAD);
    const failures: string[] = [];
    for (const filter of filters) {
      try {
        const result = await raad.council.overview(filter);
        if (result.available) {
          // What is shown lies in the range asked for and is of the kind asked for.
          const { fromYear, toYear, periodKind } = result.filter;
          for (const period of result.periods) {
            if (period.kind !== periodKind || period.year < fromYear || period.year > toYear) failures.push(`${JSON.stringify(filter)}: ${period.code} shown`);
          }
        }
      } catch (error) {
        const reversed = filter.fromYear !== undefined && filter.toYear !== undefined && filter.fromYear > filter.toYear;
        if (!(error instanceof TRPCError) || error.code !== "BAD_REQUEST" || !reversed) failures.push(`${JSON.stringify(filter)}: ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 240_000);

  it("one year in half years shows that year's halves, with the wijk tables of its latest half", async () => {
    const result = await overview(demo, { fromYear: 2018, toYear: 2018, periodKind: "HALF_YEAR" });
    expect(result.periods.map((p) => p.code)).toEqual(["2018-H1", "2018-H2"]);
    expect(result.breakdowns.map((b) => b.rows.map((r) => r.key))).toEqual([
      ["2018-H1", "2018-H2"],
      ["2018-H1", "2018-H2"],
    ]);
    const empty = await overview(demo, { fromYear: 2015, toYear: 2015, periodKind: "HALF_YEAR" });
    expect(empty.periods).toEqual([]);
    expect(empty.breakdowns.map((b) => b.rows)).toEqual([[], []]);
  });
});

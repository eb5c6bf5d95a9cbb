import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/index.ts";
import { buildGeneratedFigures, generateFigures } from "./generate-figures.ts";

describe("generated Veilig Thuis figures (benchmark data)", () => {
  it("has 10 years × (year + two half years) × 41 areas × all measures and both breakdowns by default", () => {
    const data = buildGeneratedFigures();
    expect(data.wijken).toHaveLength(40);
    expect(data.periods).toHaveLength(30);
    expect(data.deliveries).toHaveLength(30);
    // Per area: 6 measures + 7 reporter groups + 6 forms.
    for (const delivery of data.deliveries) expect(delivery.values).toHaveLength(41 * 19);
    expect(data.populations).toHaveLength(10 * 41);
    expect(data.deliveries.filter((d) => d.provisional).map((d) => d.periodCode)).toEqual(["2018-H2", "2018"]);
  });

  it("is consistent: wijken add up to the municipality, reporter groups to the total, a year to its half years, unknowns carry no number", () => {
    const data = buildGeneratedFigures({ years: 3, wijken: 12, seed: 7 });
    const muni = data.municipality.code;
    for (const delivery of data.deliveries) {
      const find = (area: string, measure: string, kind = "NONE", key = "") => delivery.values.find((v) => v.areaCode === area && v.measure === measure && v.breakdownKind === kind && v.breakdownKey === key);
      for (const v of delivery.values) expect(v.value === null, `${delivery.periodCode} ${v.areaCode} ${v.measure}`).toBe(v.status !== "VALUE");
      const wijkValues = data.wijken.map((w) => find(w.code, "ABUSE_CONFIRMED"));
      if (wijkValues.every((v) => v?.status === "VALUE")) {
        expect(wijkValues.reduce((sum, v) => sum + (v?.value ?? 0), 0)).toBe(find(muni, "ABUSE_CONFIRMED")?.value);
      }
      const groups = delivery.values.filter((v) => v.areaCode === muni && v.breakdownKind === "REPORTER_GROUP");
      expect(groups.reduce((sum, v) => sum + (v.value ?? 0), 0)).toBe(find(muni, "CHILD_REPORTS")?.value);
    }
    const year = data.deliveries.find((d) => d.periodCode === "2010");
    const h1 = data.deliveries.find((d) => d.periodCode === "2010-H1");
    const h2 = data.deliveries.find((d) => d.periodCode === "2010-H2");
    const total = (d: typeof year) => d?.values.find((v) => v.areaCode === muni && v.measure === "REPORTS" && v.breakdownKind === "NONE")?.value ?? Number.NaN;
    expect(total(year)).toBe(total(h1) + total(h2));
    const unknown = data.deliveries.flatMap((d) => d.values).filter((v) => v.status !== "VALUE").length;
    expect(unknown).toBeGreaterThan(0);
    expect(buildGeneratedFigures({ years: 3, wijken: 12, seed: 7 })).toEqual(data);
  });

  describe("in the database", () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(process.env.KK_TEST_SERVER_URL ?? "", "generate-figures");
    });
    afterAll(() => database.drop());

    it("writes areas, populations, periods, deliveries, values and a target", async () => {
      const result = await generateFigures(database.db, { years: 2, wijken: 3, firstYear: 2017 });
      expect(result).toMatchObject({ areas: 4, deliveries: 6, values: 6 * 4 * 19 });
      expect(await database.db.figureValue.count()).toBe(6 * 4 * 19);
      expect(await database.db.area.count({ where: { parentId: result.scopeAreaId } })).toBe(3);
      expect(await database.db.target.count({ where: { areaId: result.scopeAreaId } })).toBe(1);
      expect((await database.db.figurePeriod.findMany({ orderBy: { code: "asc" }, select: { code: true } })).map((p) => p.code)).toEqual(["2017", "2017-H1", "2017-H2", "2018", "2018-H1", "2018-H2"]);
    });
  });
});

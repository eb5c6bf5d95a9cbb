import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/index.ts";
import {
  ABUSE_FORMS,
  apportion,
  CONFIRMED_ABUSE_INDICATOR,
  DEMO_AREAS,
  DEMO_DELIVERIES,
  DEMO_MUNICIPALITY_CODE,
  DEMO_NEIGHBOURS,
  DEMO_PERIODS,
  DEMO_POPULATIONS,
  DEMO_REGION_DELIVERIES,
  DEMO_TARGETS,
  type DemoDelivery,
  type DemoFigureValue,
  REPORTER_GROUPS,
} from "./demo-figures.ts";
import { DEMO_PLAN_ACTIVITIES } from "./demo-plan.ts";
import { seedDemoRegionPlans, seedPlanVanAanpak, seedVtFigures } from "./seed-figures.ts";

const WIJK_CODES = DEMO_AREAS.filter((a) => a.kind === "WIJK" && a.parentCode === DEMO_MUNICIPALITY_CODE).map((a) => a.code);

function currentDelivery(periodCode: string): DemoDelivery {
  const versions = DEMO_DELIVERIES.filter((d) => d.periodCode === periodCode).sort((a, b) => b.version - a.version);
  const latest = versions[0];
  if (!latest) throw new Error(`no delivery for ${periodCode}`);
  return latest;
}

function find(delivery: DemoDelivery, areaCode: string, measure: DemoFigureValue["measure"], breakdownKey = ""): DemoFigureValue {
  const found = delivery.values.find((v) => v.areaCode === areaCode && v.measure === measure && v.breakdownKey === breakdownKey);
  if (!found) throw new Error(`no value ${areaCode} ${measure} ${breakdownKey}`);
  return found;
}

function children(areaCode: string, year: number): number {
  return DEMO_POPULATIONS.find((p) => p.areaCode === areaCode && p.year === year)?.children0to17 ?? Number.NaN;
}

const percentConfirmed = (year: number): number => ((find(currentDelivery(String(year)), DEMO_MUNICIPALITY_CODE, "ABUSE_CONFIRMED").value ?? Number.NaN) / children(DEMO_MUNICIPALITY_CODE, year)) * 100;

describe("demo Veilig Thuis figures (data)", () => {
  it("apportions a total exactly by weights", () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(280, [0.11, 0.21, 0.18, 0.22, 0.16, 0.12]).reduce((a, b) => a + b, 0)).toBe(280);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
  });

  it("starts at the plan's baseline of 3.14% in 2014 and ends just under 3% in 2018, falling after 2015", () => {
    expect(percentConfirmed(2014).toFixed(2)).toBe("3.14");
    expect(percentConfirmed(2018)).toBeLessThan(3);
    expect(percentConfirmed(2018)).toBeGreaterThan(2.9);
    expect(percentConfirmed(2016)).toBeLessThan(percentConfirmed(2015));
    expect(percentConfirmed(2017)).toBeLessThan(percentConfirmed(2016));
    expect(percentConfirmed(2018)).toBeLessThan(percentConfirmed(2017));
  });

  it("lets reports and advice requests rise while confirmed abuse falls (the two are not one score)", () => {
    const series = (measure: DemoFigureValue["measure"]) => [2014, 2015, 2016, 2017, 2018].map((y) => find(currentDelivery(String(y)), DEMO_MUNICIPALITY_CODE, measure).value ?? 0);
    for (const measure of ["ADVICE_REQUESTS", "REPORTS", "CHILD_REPORTS"] as const) {
      const values = series(measure);
      expect(values, measure).toEqual([...values].sort((a, b) => a - b));
    }
  });

  it("has a year delivery for 2014–2018 and half-year deliveries for 2017 and 2018", () => {
    expect(DEMO_PERIODS.map((p) => p.code)).toEqual(["2014", "2015", "2016", "2017", "2018", "2017-H1", "2017-H2", "2018-H1", "2018-H2"]);
    for (const period of DEMO_PERIODS) expect(DEMO_DELIVERIES.some((d) => d.periodCode === period.code), period.code).toBe(true);
    expect(DEMO_PERIODS.filter((p) => p.kind === "HALF_YEAR").map((p) => p.label)).toEqual(["2017 1e halfjaar", "2017 2e halfjaar", "2018 1e halfjaar", "2018 2e halfjaar"]);
  });

  it("has wijk populations that add up to the municipality's, for every year", () => {
    for (const year of [2014, 2015, 2016, 2017, 2018]) {
      expect(WIJK_CODES.reduce((sum, code) => sum + children(code, year), 0)).toBe(children(DEMO_MUNICIPALITY_CODE, year));
    }
  });

  it("stores no value for MISSING or SUPPRESSED, never negative counts, and breakdown keys of the right kind", () => {
    for (const delivery of DEMO_DELIVERIES) {
      for (const v of delivery.values) {
        expect(v.status === "VALUE", `${delivery.periodCode} ${v.areaCode} ${v.measure} ${v.breakdownKey}`).toBe(v.value !== null);
        if (v.value !== null) expect(v.value).toBeGreaterThanOrEqual(0);
        if (v.breakdownKind === "NONE") expect(v.breakdownKey).toBe("");
        if (v.breakdownKind === "REPORTER_GROUP") expect(REPORTER_GROUPS).toContain(v.breakdownKey);
        if (v.breakdownKind === "FORM") expect(ABUSE_FORMS).toContain(v.breakdownKey);
      }
    }
  });

  it("has a few suppressed and missing values, no more", () => {
    const all = DEMO_DELIVERIES.flatMap((d) => d.values.map((v) => ({ ...v, period: d.periodCode, version: d.version })));
    const suppressed = all.filter((v) => v.status === "SUPPRESSED");
    const missing = all.filter((v) => v.status === "MISSING");
    expect(suppressed.length).toBeGreaterThanOrEqual(3);
    expect(suppressed.length).toBeLessThanOrEqual(12);
    expect(missing.length).toBeGreaterThanOrEqual(3);
    expect(missing.length).toBeLessThanOrEqual(9);
    expect([...new Set(missing.map((v) => v.period))].sort()).toEqual(["2014", "2018-H1"]);
    expect(missing.some((v) => v.measure === "ABUSE_CONFIRMED")).toBe(true);
    // Only small counts are suppressed at the source.
    expect(suppressed.every((v) => v.breakdownKind === "FORM" && v.breakdownKey === "SEKSUEEL_MISBRUIK")).toBe(true);
  });

  it("keeps every delivery consistent: wijken add up to the municipality and breakdowns to their total where all parts are known", () => {
    for (const delivery of DEMO_DELIVERIES) {
      const label = `${delivery.periodCode} v${delivery.version}`;
      for (const measure of ["ADVICE_REQUESTS", "REPORTS", "CHILD_REPORTS", "CHILDREN_INVOLVED", "INVESTIGATIONS_COMPLETED", "ABUSE_CONFIRMED"] as const) {
        const total = find(delivery, DEMO_MUNICIPALITY_CODE, measure).value ?? Number.NaN;
        const parts = WIJK_CODES.map((code) => find(delivery, code, measure));
        const known = parts.flatMap((p) => (p.value === null ? [] : [p.value])).reduce((a, b) => a + b, 0);
        if (parts.every((p) => p.status === "VALUE")) expect(known, `${label} ${measure}`).toBe(total);
        else expect(known, `${label} ${measure}`).toBeLessThanOrEqual(total);
      }
      for (const areaCode of [DEMO_MUNICIPALITY_CODE, ...WIJK_CODES]) {
        const total = find(delivery, areaCode, "CHILD_REPORTS").value ?? Number.NaN;
        const forms = ABUSE_FORMS.map((form) => find(delivery, areaCode, "CHILD_REPORTS", form));
        const sum = forms.reduce((a, f) => a + (f.value ?? 0), 0);
        if (forms.every((f) => f.status === "VALUE")) expect(sum, `${label} ${areaCode} forms`).toBe(total);
        else expect(sum).toBeLessThanOrEqual(total);
      }
      const groups = REPORTER_GROUPS.map((group) => find(delivery, DEMO_MUNICIPALITY_CODE, "CHILD_REPORTS", group).value ?? 0);
      expect(groups.reduce((a, b) => a + b, 0), `${label} reporter groups`).toBe(find(delivery, DEMO_MUNICIPALITY_CODE, "CHILD_REPORTS").value);
      for (const areaCode of [DEMO_MUNICIPALITY_CODE, ...WIJK_CODES]) {
        const confirmed = find(delivery, areaCode, "ABUSE_CONFIRMED").value;
        const investigated = find(delivery, areaCode, "INVESTIGATIONS_COMPLETED").value ?? Number.NaN;
        if (confirmed !== null) expect(confirmed, `${label} ${areaCode}`).toBeLessThanOrEqual(investigated);
      }
    }
  });

  it("makes the 2017 and 2018 years the sum of their current half years", () => {
    for (const year of [2017, 2018]) {
      const yearDelivery = currentDelivery(String(year));
      const h1 = currentDelivery(`${year}-H1`);
      const h2 = currentDelivery(`${year}-H2`);
      for (const v of yearDelivery.values) {
        const a = find(h1, v.areaCode, v.measure, v.breakdownKey);
        const b = find(h2, v.areaCode, v.measure, v.breakdownKey);
        if (a.status === "VALUE" && b.status === "VALUE") expect(v.value, `${year} ${v.areaCode} ${v.measure} ${v.breakdownKey}`).toBe((a.value ?? 0) + (b.value ?? 0));
      }
    }
  });

  it("corrects 2017-H2 with a version 2 that differs only in Walburg's investigations and the municipality's total", () => {
    const [first, second] = DEMO_DELIVERIES.filter((d) => d.periodCode === "2017-H2").sort((a, b) => a.version - b.version);
    expect(first?.version).toBe(1);
    expect(first?.provisional).toBe(true);
    expect(second?.version).toBe(2);
    expect(second?.provisional).toBe(false);
    expect(second?.note).toMatch(/Correctie/);
    const changed = (second?.values ?? []).filter((v, i) => v.value !== first?.values[i]?.value).map((v) => `${v.areaCode} ${v.measure}`);
    expect(changed.sort()).toEqual(["GM0642 ABUSE_CONFIRMED", "GM0642 INVESTIGATIONS_COMPLETED", "WK064202 ABUSE_CONFIRMED", "WK064202 INVESTIGATIONS_COMPLETED"]);
  });

  it("adds the neighbours Dordrecht (~25,000 children) and Papendrecht (~7,000) with consistent deliveries for every period and a small count for the comparison", () => {
    expect(DEMO_NEIGHBOURS.map((n) => [n.code, n.name])).toEqual([
      ["GM0505", "Dordrecht"],
      ["GM0590", "Papendrecht"],
    ]);
    const childrenOf = (code: string) => DEMO_POPULATIONS.find((p) => p.areaCode === code && p.year === 2018)?.children0to17 ?? 0;
    expect(childrenOf("GM0505")).toBeGreaterThan(24_000);
    expect(childrenOf("GM0505")).toBeLessThan(26_000);
    expect(childrenOf("GM0590")).toBeGreaterThan(6_500);
    expect(childrenOf("GM0590")).toBeLessThan(7_500);
    for (const neighbour of DEMO_NEIGHBOURS) {
      const own = DEMO_REGION_DELIVERIES.filter((d) => d.scopeAreaCode === neighbour.code);
      expect(own.map((d) => d.periodCode).sort(), neighbour.name).toEqual(DEMO_PERIODS.map((p) => p.code).sort());
      const wijkCodes = neighbour.wijken.map((w) => w.code);
      for (const year of [2014, 2018]) expect(wijkCodes.reduce((sum, code) => sum + children(code, year), 0)).toBe(children(neighbour.code, year));
      for (const delivery of own) {
        for (const measure of ["REPORTS", "CHILD_REPORTS", "ABUSE_CONFIRMED"] as const) {
          const parts = wijkCodes.map((code) => find(delivery, code, measure).value ?? 0);
          expect(parts.reduce((a, b) => a + b, 0), `${neighbour.name} ${delivery.periodCode} ${measure}`).toBe(find(delivery, neighbour.code, measure).value);
        }
        for (const v of delivery.values) expect(v.status === "VALUE").toBe(v.value !== null);
      }
    }
    // Papendrecht's advice requests of 2014: under the threshold, so the comparison must hide it.
    const papendrecht2014 = DEMO_REGION_DELIVERIES.find((d) => d.scopeAreaCode === "GM0590" && d.periodCode === "2014");
    expect(papendrecht2014 && find(papendrecht2014, "GM0590", "ADVICE_REQUESTS").value).toBe(8);
  });

  it("gives every municipality of the region its own target, with its own 2014 baseline", () => {
    expect(DEMO_TARGETS.map((t) => t.areaCode)).toEqual(["GM0642", "GM0505", "GM0590"]);
    for (const target of DEMO_TARGETS) expect(target.threshold, target.areaCode).toBeLessThan(target.baselineValue);
  });

  it("budgets the plan as its finance table: €13,500 in 2017, €105,000 in 2018, Prézorg €28,000 in 2018", () => {
    const total = (year: number) => DEMO_PLAN_ACTIVITIES.flatMap((a) => a.budgets ?? []).filter((b) => b.year === year).reduce((sum, b) => sum + b.budgetedEuros, 0);
    expect(total(2017)).toBe(13_500);
    expect(total(2018)).toBe(105_000);
    expect(DEMO_PLAN_ACTIVITIES.find((a) => a.key === "prezorg")?.budgets).toEqual([expect.objectContaining({ year: 2018, budgetedEuros: 28_000 })]);
    expect(new Set(DEMO_PLAN_ACTIVITIES.map((a) => a.key)).size).toBe(DEMO_PLAN_ACTIVITIES.length);
  });
});

describe("seedVtFigures and seedPlanVanAanpak (database)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(process.env.KK_TEST_SERVER_URL ?? "", "seed_figures");
  });
  afterAll(() => database.drop());

  it("finds the indicator inserted by the migration, with the same text as the seed's", async () => {
    const indicator = await database.db.indicator.findUniqueOrThrow({ where: { key: CONFIRMED_ABUSE_INDICATOR.key } });
    expect(indicator).toMatchObject(CONFIRMED_ABUSE_INDICATOR);
  });

  it("loads areas, populations, periods, every delivery with its values, and the plan's target", async () => {
    const db = database.db;
    expect(await seedVtFigures(db)).toBe(DEMO_REGION_DELIVERIES.length);
    const municipality = await db.area.findUniqueOrThrow({ where: { code: DEMO_MUNICIPALITY_CODE }, include: { children: { select: { name: true } }, parent: { select: { kind: true } } } });
    expect(municipality.kind).toBe("MUNICIPALITY");
    expect(municipality.parent?.kind).toBe("VT_REGION");
    expect(municipality.children.map((c) => c.name).sort()).toEqual(["Centrum", "Heer Oudelands Ambacht", "Kort Ambacht", "Noord", "Oostendam", "Walburg"]);
    expect(await db.areaPopulation.count()).toBe(DEMO_POPULATIONS.length);
    expect(await db.figurePeriod.count()).toBe(DEMO_PERIODS.length);
    expect(await db.figureValue.count()).toBe(DEMO_REGION_DELIVERIES.reduce((n, d) => n + d.values.length, 0));
    expect((await db.municipality.findMany({ orderBy: { name: "asc" } })).map((m) => [m.code, m.name, m.isDemo])).toEqual([
      ["GM0505", "Dordrecht", true],
      ["GM0590", "Papendrecht", true],
      ["GM0642", "Zwijndrecht", true],
    ]);
    expect(await db.figureValue.count({ where: { status: { not: "VALUE" }, value: { not: null } } })).toBe(0);

    const target = await db.target.findFirstOrThrow({ where: { indicator: { key: CONFIRMED_ABUSE_INDICATOR.key }, areaId: municipality.id } });
    expect(await db.target.groupBy({ by: ["municipalityCode"], _count: true, orderBy: { municipalityCode: "asc" } })).toEqual([
      { municipalityCode: "GM0505", _count: 1 },
      { municipalityCode: "GM0590", _count: 1 },
      { municipalityCode: "GM0642", _count: 1 },
    ]);
    expect(target).toMatchObject({ threshold: 3, direction: "BELOW", baselineValue: 3.14, baselineYear: 2014, areaId: municipality.id });
    expect(target.deadline.toISOString().slice(0, 10)).toBe("2018-12-31");
  });

  it("keeps both versions of the corrected period, the current one being the one nothing supersedes", async () => {
    const db = database.db;
    const versions = await db.figureDelivery.findMany({ where: { period: { code: "2017-H2" }, municipalityCode: DEMO_MUNICIPALITY_CODE }, orderBy: { version: "asc" }, include: { supersededBy: { select: { id: true } } } });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[1]?.supersedesId).toBe(versions[0]?.id);
    const current = await db.figureDelivery.findMany({ where: { period: { code: "2017-H2" }, supersededBy: { is: null }, municipalityCode: DEMO_MUNICIPALITY_CODE } });
    expect(current.map((d) => d.version)).toEqual([2]);
    expect(await db.figureDelivery.count({ where: { supersededBy: { is: null }, municipalityCode: DEMO_MUNICIPALITY_CODE } })).toBe(DEMO_PERIODS.length);
    expect(await db.figureDelivery.count({ where: { supersededBy: { is: null } } })).toBe(DEMO_PERIODS.length * 3);
  });

  it("computes 3.14% for 2014 from the stored rows", async () => {
    const db = database.db;
    const municipality = await db.area.findUniqueOrThrow({ where: { code: DEMO_MUNICIPALITY_CODE } });
    const confirmed = await db.figureValue.findFirstOrThrow({
      where: { areaId: municipality.id, measure: "ABUSE_CONFIRMED", breakdownKind: "NONE", delivery: { period: { code: "2014" }, supersededBy: { is: null } } },
    });
    const population = await db.areaPopulation.findUniqueOrThrow({ where: { areaId_year: { areaId: municipality.id, year: 2014 } } });
    expect((((confirmed.value ?? 0) / population.children0to17) * 100).toFixed(2)).toBe("3.14");
  });

  it("refuses a suppressed value stored as 0, a value without status VALUE, a wrong breakdown key and an inconsistent period", async () => {
    const db = database.db;
    const delivery = await db.figureDelivery.findFirstOrThrow({ where: { period: { code: "2016" } } });
    const area = await db.area.findUniqueOrThrow({ where: { code: DEMO_MUNICIPALITY_CODE } });
    const base = { deliveryId: delivery.id, areaId: area.id, measure: "CHILD_REPORTS" as const };
    await expect(db.figureValue.create({ data: { ...base, breakdownKind: "FORM", breakdownKey: "SEKSUEEL_MISBRUIK_X", value: 1 } })).rejects.toThrow();
    await expect(db.figureValue.create({ data: { ...base, breakdownKind: "REPORTER_GROUP", breakdownKey: "LICHAMELIJKE_MISHANDELING", value: 3 } })).rejects.toThrow();
    const other = await db.area.create({ data: { code: "TEST-CHECK", name: "Testwijk", kind: "WIJK", parentId: area.id } });
    await expect(db.figureValue.create({ data: { ...base, areaId: other.id, breakdownKind: "NONE", value: 0, status: "SUPPRESSED" } })).rejects.toThrow();
    await expect(db.figureValue.create({ data: { ...base, areaId: other.id, breakdownKind: "NONE", value: null, status: "VALUE" } })).rejects.toThrow();
    await expect(db.figureValue.create({ data: { ...base, areaId: other.id, breakdownKind: "NONE", value: -1 } })).rejects.toThrow();
    const ok = await db.figureValue.create({ data: { ...base, areaId: other.id, breakdownKind: "NONE", value: null, status: "SUPPRESSED" } });
    expect(ok.value).toBeNull();
    const day = new Date("2019-01-01T00:00:00Z");
    await expect(db.figurePeriod.create({ data: { code: "2019-H1", kind: "YEAR", year: 2019, half: null, label: "2019", startsOn: day, endsOn: day } })).rejects.toThrow();
    await expect(db.figurePeriod.create({ data: { code: "2019-H3", kind: "HALF_YEAR", year: 2019, half: 3, label: "2019", startsOn: day, endsOn: day } })).rejects.toThrow();
  });

  it("loads the plan van aanpak with its budget totals, and seeds nothing twice", async () => {
    const db = database.db;
    expect(await seedPlanVanAanpak(db)).toBe(DEMO_PLAN_ACTIVITIES.length);
    const budgets = await db.planBudget.groupBy({ by: ["year"], _sum: { budgetedCents: true }, orderBy: { year: "asc" } });
    expect(budgets.map((b) => [b.year, b._sum.budgetedCents])).toEqual([
      [2017, 1_350_000],
      [2018, 10_500_000],
    ]);
    const prezorg = await db.planActivity.findFirstOrThrow({ where: { key: "prezorg" }, include: { budgets: true } });
    expect(prezorg.theme).toBe("PREVENTIE");
    expect(prezorg.budgets.map((b) => [b.year, b.budgetedCents])).toEqual([[2018, 2_800_000]]);
    const themes = await db.planActivity.groupBy({ by: ["theme"], _count: true });
    expect(themes.map((t) => t.theme ?? "ALL").sort()).toEqual(["ALL", "INFORMATIE_DELEN_EN_PRIVACY", "PREVENTIE", "SAMENWERKEN", "SIGNALEREN_EN_HANDELEN"]);

    expect(await seedVtFigures(db)).toBe(0);
    expect(await seedPlanVanAanpak(db)).toBe(0);
    expect(await db.planBudget.count()).toBe(DEMO_PLAN_ACTIVITIES.flatMap((a) => a.budgets ?? []).length);
    expect(await db.target.count()).toBe(3);
    expect(await db.indicator.count()).toBe(1);
  });

  it("seeds a plan van aanpak per municipality of the region (the neighbours' too), each once", async () => {
    const db = database.db;
    expect(await seedDemoRegionPlans(db)).toBe(DEMO_PLAN_ACTIVITIES.length * 2);
    expect(await seedDemoRegionPlans(db)).toBe(0);
    const perMunicipality = await db.planActivity.groupBy({ by: ["municipalityCode"], _count: true, orderBy: { municipalityCode: "asc" } });
    expect(perMunicipality.map((row) => [row.municipalityCode, row._count])).toEqual([
      ["GM0505", DEMO_PLAN_ACTIVITIES.length],
      ["GM0590", DEMO_PLAN_ACTIVITIES.length],
      ["GM0642", DEMO_PLAN_ACTIVITIES.length],
    ]);
  });
});

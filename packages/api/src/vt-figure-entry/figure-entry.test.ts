import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import type { SaveFiguresInput } from "./schemas.ts";
import { failure, fieldErrorsOf } from "../testing/trpc-errors.ts";

let t: ApiTestDatabase;
let gemeente: string;
let centrum: string;
let noord: string;

beforeAll(async () => {
  t = await createApiTestDatabase("figure_entry");
  const region = await t.db.area.create({ data: { code: "VT-TEST", name: "Veilig Thuis Test", kind: "VT_REGION" }, select: { id: true } });
  gemeente = (await t.db.area.create({ data: { code: "GM9999", name: "Testdorp", kind: "MUNICIPALITY", parentId: region.id }, select: { id: true } })).id;
  centrum = (await t.db.area.create({ data: { code: "WK999901", name: "Centrum", kind: "WIJK", parentId: gemeente }, select: { id: true } })).id;
  noord = (await t.db.area.create({ data: { code: "WK999902", name: "Noord", kind: "WIJK", parentId: gemeente }, select: { id: true } })).id;
});
afterAll(async () => {
  await t?.drop();
});

/** Reports and confirmed abuse for the municipality and two wijken, and two reporter groups. */
function input(year: string, values: { reports: [string, string, string]; abuse: [string, string, string]; politie?: string; onderwijs?: string }, overrides: Partial<SaveFiguresInput> = {}): SaveFiguresInput {
  const areas = [gemeente, centrum, noord];
  return {
    scopeAreaId: gemeente,
    year,
    half: "",
    source: "Veilig Thuis Test",
    deliveredAt: "2022-03-15",
    provisional: false,
    note: "",
    startedFromVersion: 0,
    confirmNewVersion: false,
    cells: [
      ...areas.map((areaId, i) => ({ areaId, measure: "REPORTS" as const, breakdownKind: "NONE" as const, breakdownKey: "" as const, value: values.reports[i]! })),
      ...areas.map((areaId, i) => ({ areaId, measure: "ABUSE_CONFIRMED" as const, breakdownKind: "NONE" as const, breakdownKey: "" as const, value: values.abuse[i]! })),
      { areaId: gemeente, measure: "CHILD_REPORTS", breakdownKind: "NONE", breakdownKey: "", value: "100" },
      { areaId: gemeente, measure: "CHILD_REPORTS", breakdownKind: "REPORTER_GROUP", breakdownKey: "POLITIE", value: values.politie ?? "40" },
      { areaId: gemeente, measure: "CHILD_REPORTS", breakdownKind: "REPORTER_GROUP", breakdownKey: "ONDERWIJS", value: values.onderwijs ?? "" },
    ],
    ...overrides,
  };
}

describe("hand entry of Veilig Thuis figures", () => {
  it("saves version 1, refuses a second save without confirmation, saves version 2 with it, and refuses a stale form", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const first = await coordinator.figureEntry.save(input("2021", { reports: ["300", "120", "90"], abuse: ["50", "20", "."] }));
    expect(first.delivery).toMatchObject({ periodCode: "2021", version: 1, supersedesId: null });

    const stored = await t.db.figureDelivery.findUniqueOrThrow({ where: { id: first.delivery.id }, include: { values: true } });
    expect(stored.method).toBe("MANUAL");
    expect(stored.importedById).toBe(t.users.COORDINATOR.id);
    const noordAbuse = stored.values.find((v) => v.areaId === noord && v.measure === "ABUSE_CONFIRMED");
    expect(noordAbuse).toMatchObject({ status: "SUPPRESSED", value: null });
    const onderwijs = stored.values.find((v) => v.breakdownKey === "ONDERWIJS");
    expect(onderwijs).toMatchObject({ status: "MISSING", value: null });

    // The form knows the current version and its values.
    const form = await coordinator.figureEntry.form({ scopeAreaId: gemeente, period: "2021" });
    expect(form.start?.version).toBe(1);
    expect(form.areas.map((a) => a.name)).toEqual(["Testdorp", "Centrum", "Noord"]);

    // Same period again, started from version 1 but not confirmed: refused, with the reason on the checkbox.
    const corrected = input("2021", { reports: ["300", "125", "90"], abuse: ["50", "20", "."] }, { startedFromVersion: 1 });
    const unconfirmed = await failure(coordinator.figureEntry.save(corrected));
    expect(unconfirmed.code).toBe("CONFLICT");
    expect(fieldErrorsOf(unconfirmed).confirmNewVersion?.[0]).toMatch(/al cijfers opgeslagen \(versie 1\).*nieuwe versie 2/);

    const second = await coordinator.figureEntry.save({ ...corrected, confirmNewVersion: true, note: "Correctie Centrum" });
    expect(second.delivery).toMatchObject({ version: 2, supersedesId: first.delivery.id, carriedOverCount: 0 });

    // A form opened on version 1 (or on a new period) is stale now: conflict, nothing written.
    const stale = await failure(coordinator.figureEntry.save({ ...corrected, confirmNewVersion: true }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/intussen cijfers voor 2021 opgeslagen \(nu versie 2\)/);
    const fresh = await failure(coordinator.figureEntry.save(input("2021", { reports: ["1", "1", "0"], abuse: ["0", "0", "0"] })));
    expect(fresh.code).toBe("CONFLICT");
    expect(await t.db.figureDelivery.count({ where: { scopeAreaId: gemeente, period: { code: "2021" } } })).toBe(2);

    // The versions list: both, the newest current; version 1 still has its old value.
    const versions = await coordinator.figureEntry.deliveries({ period: "2021", scopeAreaId: gemeente });
    expect(versions.versions.map((v) => [v.version, v.current, v.method])).toEqual([
      [2, true, "MANUAL"],
      [1, false, "MANUAL"],
    ]);
    expect(versions.versions[0]?.note).toBe("Correctie Centrum");
    expect(versions.versions[0]?.importedBy).toBe("Test COORDINATOR");

    // The delivery diff: only Centrum's reports changed (120 → 125); version 1 marks nothing.
    const v2 = await coordinator.figureEntry.delivery({ id: second.delivery.id });
    expect(v2.previous?.id).toBe(first.delivery.id);
    expect(v2.changedCount).toBe(1);
    const centrumRow = v2.totals.rows.find((r) => r.area.id === centrum)!;
    const reports = centrumRow.cells.find((c) => c.measure === "REPORTS")!;
    expect(reports).toMatchObject({ status: "VALUE", value: 125, changed: true, previous: { status: "VALUE", value: 120 } });
    expect(centrumRow.cells.find((c) => c.measure === "ABUSE_CONFIRMED")).toMatchObject({ value: 20, changed: false });
    expect(v2.totals.rows.find((r) => r.area.id === noord)!.cells.find((c) => c.measure === "ABUSE_CONFIRMED")).toMatchObject({ status: "SUPPRESSED", changed: false });
    expect(v2.reporterGroups.columns.map((c) => c.name)).toEqual(["Testdorp"]);
    expect(v2.reporterGroups.rows.find((r) => r.key === "POLITIE")?.cells[0]).toMatchObject({ value: 40, changed: false });

    const v1 = await coordinator.figureEntry.delivery({ id: first.delivery.id });
    expect(v1.next?.id).toBe(second.delivery.id);
    expect(v1.delivery.current).toBe(false);
    expect(v1.changedCount).toBe(0);
    expect(v1.totals.rows.find((r) => r.area.id === centrum)!.cells.find((c) => c.measure === "REPORTS")).toMatchObject({ value: 120, changed: false, previous: null });

    // Audit: the import's event for the new version.
    const audit = await t.db.auditEvent.findFirst({ where: { entityType: "FigureDelivery", entityId: second.delivery.id } });
    expect(audit?.action).toBe("figureDelivery.newVersion");

    // The overview shows 2021 with version 2, and no children for 2021 as gaps.
    const overview = await coordinator.figureEntry.overview();
    const scope = overview.scopes.find((s) => s.scope.id === gemeente)!;
    expect(scope.periods.map((p) => [p.code, p.current?.version, p.versionCount])).toEqual([["2021", 2, 2]]);
    expect(scope.populations.gaps.map((g) => `${g.areaName} ${g.year}`)).toEqual(["Testdorp 2021", "Centrum 2021", "Noord 2021"]);
  });

  it("refuses figures that break the import's rules, in Dutch, on the cells they concern", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    // Wijken above the municipality, a reporter group above its total.
    const error = await failure(coordinator.figureEntry.save(input("2022", { reports: ["100", "80", "30"], abuse: ["5", "2", "1"], politie: "140" })));
    expect(error.code).toBe("CONFLICT");
    const errors = fieldErrorsOf(error);
    expect(errors["cells.2.value"]?.[0]).toMatch(/De gebieden binnen Testdorp tellen samen op tot 110 meldingen in 2022, meer dan Testdorp zelf \(100, ‘Meldingen, Testdorp, 2022’\)/);
    expect(errors["cells.7.value"]?.[0]).toMatch(/^Politie \(140\) is groter dan het totaal meldingen kindermishandeling \(100\)/);
    expect(await t.db.figureDelivery.count({ where: { period: { code: "2022" } } })).toBe(0);

    // Negative and fractional counts: zod, with the import's words, per cell.
    const shape = await failure(coordinator.figureEntry.save(input("2022", { reports: ["-3", "12,5", "1"], abuse: ["1", "0", "0"] })));
    expect(shape.code).toBe("BAD_REQUEST");
    const shapeErrors = fieldErrorsOf(shape);
    expect(shapeErrors["cells.0.value"]).toEqual(["Een aantal kan niet negatief zijn."]);
    expect(shapeErrors["cells.1.value"]).toEqual(["Een aantal moet een geheel getal zijn."]);

    // Nothing filled in at all, and a half year without a year.
    const empty = await failure(coordinator.figureEntry.save(input("", { reports: ["", "", ""], abuse: ["", "", ""], politie: "" }, { cells: [] })));
    expect(fieldErrorsOf(empty).year?.[0]).toBe("Vul een jaar in, bijvoorbeeld 2021.");
    expect(fieldErrorsOf(empty).cells?.[0]).toBe("Vul ten minste één cijfer in.");
  });

  it("lets only one of two saves started from the same version through, and refuses a wijk as scope", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const figures = input("2023", { reports: ["300", "40", "30"], abuse: ["10", "2", "1"] });
    const results = await Promise.allSettled([coordinator.figureEntry.save(figures), coordinator.figureEntry.save(figures)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await t.db.figureDelivery.count({ where: { period: { code: "2023" } } })).toBe(1);

    const wijk = await failure(coordinator.figureEntry.save({ ...input("2024", { reports: ["1", "1", "0"], abuse: ["0", "0", "0"] }), scopeAreaId: centrum }));
    expect(fieldErrorsOf(wijk).scopeAreaId?.[0]).toMatch(/kies de gemeente/);
  });

  it("sets children 0-17 per area and year (create, then change), audited with before and after", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const created = await coordinator.figureEntry.setPopulation({ areaId: centrum, year: "2021", children0to17: "1.250", source: "BRP" });
    expect(created).toMatchObject({ children0to17: 1250, created: true, areaName: "Centrum" });
    const changed = await coordinator.figureEntry.setPopulation({ areaId: centrum, year: "2021", children0to17: "1260", source: "CBS" });
    expect(changed).toMatchObject({ id: created.id, children0to17: 1260, source: "CBS", created: false });
    expect(await t.db.areaPopulation.count({ where: { areaId: centrum, year: 2021 } })).toBe(1);

    const events = await t.db.auditEvent.findMany({ where: { entityType: "AreaPopulation", entityId: created.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["areaPopulation.create", "areaPopulation.update"]);
    expect(events[1]?.before).toMatchObject({ children0to17: 1250, source: "BRP" });
    expect(events[1]?.after).toMatchObject({ children0to17: 1260, source: "CBS" });

    const refused = await failure(coordinator.figureEntry.setPopulation({ areaId: centrum, year: "2021", children0to17: "-5", source: "" }));
    expect(fieldErrorsOf(refused).children0to17).toEqual(["Een aantal kan niet negatief zijn."]);

    const table = await coordinator.figureEntry.populations({ scopeAreaId: gemeente });
    expect(table.rows.find((r) => r.area.id === centrum)?.years.find((y) => y.year === 2021)?.children0to17).toBe(1260);
    expect(table.gaps.filter((g) => g.year === 2021).map((g) => g.areaName)).toEqual(["Testdorp", "Noord"]);
  });
});

/*
 * Finding 10 (issue 14): after a Veilig Thuis region delivery was imported, the figures pages
 * (form, deliveries, children 0-17) defaulted to the region instead of the municipality.
 */
describe("the default scope of the figures pages", () => {
  let r: ApiTestDatabase;
  let municipality: string;
  let region: string;
  beforeAll(async () => {
    r = await createApiTestDatabase("figure_entry_scope");
    // The region's name sorts before the municipality's, as "Veilig Thuis …" does before "Zwijndrecht".
    region = (await r.db.area.create({ data: { code: "VR99", name: "Aaa Veilig Thuis Test", kind: "VT_REGION" }, select: { id: true } })).id;
    municipality = (await r.db.area.create({ data: { code: "GM9998", name: "Zwijndorp", kind: "MUNICIPALITY", parentId: region }, select: { id: true } })).id;
    await r.db.area.create({ data: { code: "WK999801", name: "Centrum", kind: "WIJK", parentId: municipality } });
    const period = await r.db.figurePeriod.create({
      data: { code: "2022", kind: "YEAR", year: 2022, label: "2022", startsOn: new Date("2022-01-01T00:00:00Z"), endsOn: new Date("2022-12-31T00:00:00Z") },
    });
    for (const scopeAreaId of [municipality, region]) {
      await r.db.figureDelivery.create({ data: { periodId: period.id, scopeAreaId, source: "Veilig Thuis Test", deliveredAt: new Date("2023-03-01T00:00:00Z"), version: 1, method: "SEED" } });
    }
  });
  afterAll(async () => {
    await r?.drop();
  });

  it("is the municipality, also when a region has deliveries; the region stays reachable by choice", async () => {
    // Region-level deliveries have no municipality: row-level security (docs/adr/0024) shows them to a
    // region-scope connection only, so the region's choice is made on one.
    const coordinator = r.callerFor(r.users.COORDINATOR, { scope: { kind: "region" } });
    expect((await coordinator.figureEntry.form({})).scope.id).toBe(municipality);
    expect((await coordinator.figureEntry.deliveries({ period: "2022" })).scope.id).toBe(municipality);
    expect((await coordinator.figureEntry.populations()).scope.id).toBe(municipality);
    expect((await coordinator.figureEntry.overview()).scopes.map((s) => s.scope.id)).toEqual([municipality, region]);
    expect((await coordinator.figureEntry.deliveries({ period: "2022", scopeAreaId: region })).scope.id).toBe(region);
  });
});

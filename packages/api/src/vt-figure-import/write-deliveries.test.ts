import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import type { FigureMeasure } from "../vt-figures/import-types.ts";
import type { ReadyFigureRow } from "../vt-figures/validate.ts";
import { writeFigureDeliveries, type FigureDeliveriesInput } from "./write-deliveries.ts";

let t: ApiTestDatabase;
let municipalityId: string;
let wijkId: string;

beforeAll(async () => {
  t = await createApiTestDatabase("vt_write_deliveries");
  const region = await t.db.area.create({ data: { code: "VT-T", name: "Veilig Thuis Test", kind: "VT_REGION" } });
  const municipality = await t.db.area.create({ data: { code: "GM9999", name: "Testgemeente", kind: "MUNICIPALITY", parentId: region.id } });
  const wijk = await t.db.area.create({ data: { code: "WK999901", name: "Testwijk", kind: "WIJK", parentId: municipality.id } });
  municipalityId = municipality.id;
  wijkId = wijk.id;
});
afterAll(async () => {
  await t?.drop();
});

function period(year: number, half: 1 | 2 | null = null): ReadyFigureRow["period"] {
  return half === null
    ? { kind: "YEAR", year, half, code: String(year), label: String(year) }
    : { kind: "HALF_YEAR", year, half, code: `${year}-H${half}`, label: `${year} ${half}e halfjaar` };
}

let rowNumber = 1;
function row(p: ReadyFigureRow["period"], areaId: string, measure: FigureMeasure, value: number | null, more: Partial<ReadyFigureRow> = {}): ReadyFigureRow {
  rowNumber += 1;
  return { rowNumber, column: null, period: p, provisional: false, areaId, measure, breakdownKind: "NONE", breakdownKey: "", value, status: value === null ? "SUPPRESSED" : "VALUE", ...more };
}

function input(rows: ReadyFigureRow[], more: Partial<FigureDeliveriesInput> = {}): FigureDeliveriesInput {
  return { scopeAreaId: municipalityId, rows, method: "TEMPLATE_IMPORT", source: "Veilig Thuis Test", deliveredAt: new Date("2026-11-01T00:00:00Z"), fileName: "test.csv", ...more };
}

async function valuesOf(deliveryId: string) {
  return t.db.figureValue.findMany({ where: { deliveryId }, orderBy: [{ areaId: "asc" }, { measure: "asc" }, { breakdownKey: "asc" }], select: { areaId: true, measure: true, breakdownKey: true, value: true, status: true } });
}

describe("writing figure deliveries", () => {
  it("writes version 1, then version 2 that supersedes it and keeps it; the new version replaces what it contains and carries over the rest", async () => {
    const p = period(2030);
    const first = await t.db.$transaction((tx) =>
      writeFigureDeliveries(tx, t.users.COORDINATOR, input([
        row(p, municipalityId, "REPORTS", 100),
        row(p, municipalityId, "CHILD_REPORTS", 40),
        row(p, municipalityId, "CHILD_REPORTS", 12, { breakdownKind: "REPORTER_GROUP", breakdownKey: "POLITIE" }),
        row(p, wijkId, "REPORTS", 30),
        row(p, municipalityId, "ABUSE_CONFIRMED", null),
      ])),
    );
    expect(first).toEqual([expect.objectContaining({ periodCode: "2030", periodLabel: "2030", version: 1, supersedesId: null, valueCount: 5, carriedOverCount: 0, note: "" })]);
    const storedPeriod = await t.db.figurePeriod.findUniqueOrThrow({ where: { code: "2030" } });
    expect(storedPeriod).toMatchObject({ kind: "YEAR", year: 2030, half: null, label: "2030", startsOn: new Date("2030-01-01T00:00:00Z"), endsOn: new Date("2030-12-31T00:00:00Z") });
    expect(await valuesOf(first[0]!.id)).toContainEqual({ areaId: municipalityId, measure: "ABUSE_CONFIRMED", breakdownKey: "", value: null, status: "SUPPRESSED" });

    // A correction of the municipality's reports of child abuse (with its breakdown by reporter) and a new measure.
    const second = await t.db.$transaction((tx) =>
      writeFigureDeliveries(tx, t.users.COORDINATOR, input([
        row(p, municipalityId, "CHILD_REPORTS", 45),
        row(p, municipalityId, "INVESTIGATIONS_COMPLETED", 20),
      ], { note: "Correctie van Veilig Thuis", method: "CBS_IMPORT" })),
    );
    expect(second).toEqual([expect.objectContaining({ version: 2, supersedesId: first[0]!.id, valueCount: 2, carriedOverCount: 4 })]);
    expect(second[0]!.note).toBe(
      "Correctie van Veilig Thuis\nOvergenomen uit versie 1: 4 waarden die niet in deze levering staan (meldingen, meldingen kindermishandeling, bevestigde kindermishandeling; Testgemeente, Testwijk).",
    );
    const values = await valuesOf(second[0]!.id);
    expect(values).toHaveLength(6);
    expect(values).toEqual(
      expect.arrayContaining([
        { areaId: municipalityId, measure: "CHILD_REPORTS", breakdownKey: "", value: 45, status: "VALUE" },
        { areaId: municipalityId, measure: "INVESTIGATIONS_COMPLETED", breakdownKey: "", value: 20, status: "VALUE" },
        // Carried over: other measures, another area, and the breakdown (a group of its own).
        { areaId: municipalityId, measure: "REPORTS", breakdownKey: "", value: 100, status: "VALUE" },
        { areaId: municipalityId, measure: "CHILD_REPORTS", breakdownKey: "POLITIE", value: 12, status: "VALUE" },
        { areaId: wijkId, measure: "REPORTS", breakdownKey: "", value: 30, status: "VALUE" },
        { areaId: municipalityId, measure: "ABUSE_CONFIRMED", breakdownKey: "", value: null, status: "SUPPRESSED" },
      ]),
    );
    // Version 1 is kept as it was.
    expect(await valuesOf(first[0]!.id)).toHaveLength(5);
    expect(await t.db.figureDelivery.findUniqueOrThrow({ where: { id: second[0]!.id } })).toMatchObject({ method: "CBS_IMPORT", importedById: t.users.COORDINATOR.id, fileName: "test.csv" });

    const audit = await t.db.auditEvent.findMany({ where: { entityType: "FigureDelivery", entityId: { in: [first[0]!.id, second[0]!.id] } }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["figureDelivery.create", "figureDelivery.newVersion"]);
    expect(audit[1]!.after).toMatchObject({ period: "2030", version: 2, valueCount: 2, carriedOverCount: 4, method: "CBS_IMPORT", source: "Veilig Thuis Test", deliveredAt: "2026-11-01" });
    expect(audit[1]!.actorId).toBe(t.users.COORDINATOR.id);
  });

  it("writes one delivery per period, with the half-year dates and the provisional flag", async () => {
    const h1 = period(2031, 1);
    const h2 = period(2031, 2);
    const written = await t.db.$transaction((tx) =>
      writeFigureDeliveries(tx, null, input([row(h2, municipalityId, "REPORTS", 5, { provisional: true }), row(h1, municipalityId, "REPORTS", 4)], { method: "MANUAL" })),
    );
    expect(written.map((d) => [d.periodCode, d.version, d.provisional])).toEqual([["2031-H1", 1, false], ["2031-H2", 1, true]]);
    expect(await t.db.figurePeriod.findUniqueOrThrow({ where: { code: "2031-H2" } })).toMatchObject({ kind: "HALF_YEAR", half: 2, label: "2031 2e halfjaar", startsOn: new Date("2031-07-01T00:00:00Z"), endsOn: new Date("2031-12-31T00:00:00Z") });
  });

  it("gives concurrent writes of the same period consecutive versions, never the same one", async () => {
    const p = period(2032);
    await t.db.$transaction((tx) => writeFigureDeliveries(tx, t.users.COORDINATOR, input([row(p, municipalityId, "REPORTS", 10)])));
    const write = (value: number) =>
      t.db.$transaction((tx) => writeFigureDeliveries(tx, t.users.COORDINATOR, input([row(p, municipalityId, "REPORTS", value)])), { timeout: 30_000, maxWait: 30_000 });
    const results = await Promise.all([write(11), write(12), write(13)]);
    expect(results.map((r) => r[0]!.version).sort()).toEqual([2, 3, 4]);
    const deliveries = await t.db.figureDelivery.findMany({ where: { period: { code: "2032" } }, orderBy: { version: "asc" } });
    expect(deliveries.map((d) => d.version)).toEqual([1, 2, 3, 4]);
    // A chain: each version supersedes the one before it.
    for (let i = 1; i < deliveries.length; i++) expect(deliveries[i]!.supersedesId).toBe(deliveries[i - 1]!.id);
  });

  it("creates a new period only once when two first writes race", async () => {
    const p = period(2033);
    const write = (value: number) =>
      t.db.$transaction((tx) => writeFigureDeliveries(tx, t.users.COORDINATOR, input([row(p, municipalityId, "REPORTS", value)])), { timeout: 30_000, maxWait: 30_000 });
    const results = await Promise.all([write(1), write(2)]);
    expect(results.map((r) => r[0]!.version).sort()).toEqual([1, 2]);
    expect(await t.db.figurePeriod.count({ where: { code: "2033" } })).toBe(1);
  });

  it("rolls back every period when one fails: nothing written", async () => {
    const before = { periods: await t.db.figurePeriod.count(), deliveries: await t.db.figureDelivery.count(), values: await t.db.figureValue.count(), audit: await t.db.auditEvent.count() };
    const good = period(2034);
    const bad = period(2035);
    await expect(
      t.db.$transaction((tx) =>
        // The second period refers to an area that does not exist: its values violate the foreign key.
        writeFigureDeliveries(tx, t.users.COORDINATOR, input([row(good, municipalityId, "REPORTS", 1), row(bad, "no-such-area", "REPORTS", 2)])),
      ),
    ).rejects.toThrow();
    expect({ periods: await t.db.figurePeriod.count(), deliveries: await t.db.figureDelivery.count(), values: await t.db.figureValue.count(), audit: await t.db.auditEvent.count() }).toEqual(before);
  });
});

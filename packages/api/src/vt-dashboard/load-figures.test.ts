import type { Db } from "@kk/db";
import { createTestDatabase, type TestDatabase } from "@kk/db/testing";
import { seedVtFigures } from "@kk/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCurrentFigures, loadTarget, NoFigureScopeError } from "./load-figures.ts";

describe("loadCurrentFigures on the demo figures", () => {
  let database: TestDatabase;
  let db: Db;
  let municipalityId: string;
  let walburgId: string;
  let centrumId: string;
  beforeAll(async () => {
    database = await createTestDatabase(process.env.KK_TEST_SERVER_URL ?? "", "vt-dashboard-load");
    db = database.db;
    await seedVtFigures(db);
    const areas = new Map((await db.area.findMany({ select: { id: true, code: true } })).map((a) => [a.code, a.id]));
    municipalityId = areas.get("GM0642") ?? "";
    walburgId = areas.get("WK064202") ?? "";
    centrumId = areas.get("WK064201") ?? "";
  }, 90_000);
  afterAll(() => database.drop());

  it("defaults to the target's municipality, lists its wijken by name and the periods in order", async () => {
    const figures = await loadCurrentFigures(db);
    expect(figures.scope.code).toBe("GM0642");
    expect(figures.areas.map((a) => a.name)).toEqual(["Zwijndrecht", "Centrum", "Heer Oudelands Ambacht", "Kort Ambacht", "Noord", "Oostendam", "Walburg"]);
    expect(figures.periods.map((p) => p.code)).toEqual(["2014", "2015", "2016", "2017-H1", "2017-H2", "2017", "2018-H1", "2018-H2", "2018"]);
    expect(figures.periods.find((p) => p.code === "2017-H2")?.half).toBe(2);
  });

  it("reads 2014's confirmed abuse (280) and the children, and marks 2018 provisional", async () => {
    const figures = await loadCurrentFigures(db, { fromYear: 2014, toYear: 2018, periodKind: "YEAR" });
    expect(figures.periods.map((p) => p.code)).toEqual(["2014", "2015", "2016", "2017", "2018"]);
    expect(figures.figure("2014", municipalityId, "ABUSE_CONFIRMED")).toEqual({ status: "VALUE", value: 280, provisional: false });
    expect(figures.population(municipalityId, 2014)).toEqual({ status: "VALUE", value: 8920, provisional: false });
    expect(figures.population(municipalityId, 2030)).toEqual({ status: "MISSING", provisional: false });
    expect(figures.figure("2018", municipalityId, "ABUSE_CONFIRMED").provisional).toBe(true);
    expect(figures.periods.find((p) => p.code === "2018")?.delivery?.provisional).toBe(true);
  });

  it("uses the current version of a corrected period (2017-H2 version 2), not the first", async () => {
    const figures = await loadCurrentFigures(db, { fromYear: 2017, toYear: 2017, periodKind: "HALF_YEAR" });
    const period = figures.periods.find((p) => p.code === "2017-H2");
    expect(period?.delivery?.version).toBe(2);
    expect(period?.delivery?.provisional).toBe(false);
    // Version 1 had four confirmed cases fewer in Walburg and the municipality (137 in version 2).
    expect(figures.figure("2017-H2", municipalityId, "ABUSE_CONFIRMED")).toEqual({ status: "VALUE", value: 137, provisional: false });
    const walburg = figures.figure("2017-H2", walburgId, "ABUSE_CONFIRMED");
    const first = await db.figureValue.findFirstOrThrow({
      where: { areaId: walburgId, measure: "ABUSE_CONFIRMED", breakdownKind: "NONE", delivery: { version: 1, period: { code: "2017-H2" } } },
    });
    expect(walburg.status === "VALUE" && first.value !== null ? walburg.value - first.value : null).toBe(4);
  });

  it("keeps a suppressed cell SUPPRESSED and a missing one MISSING, never 0", async () => {
    const figures = await loadCurrentFigures(db, { fromYear: 2018, toYear: 2018 });
    expect(figures.figure("2018-H1", centrumId, "CHILD_REPORTS", "FORM", "SEKSUEEL_MISBRUIK")).toEqual({ status: "SUPPRESSED", provisional: false });
    const oostendam = figures.areas.find((a) => a.code === "WK064206")?.id ?? "";
    expect(figures.figure("2018-H1", oostendam, "ABUSE_CONFIRMED")).toEqual({ status: "MISSING", provisional: false });
    // A breakdown that is not in the delivery at all, and a period without delivery.
    expect(figures.figure("2018", municipalityId, "ADVICE_REQUESTS", "FORM", "POLITIE")).toEqual({ status: "MISSING", provisional: true });
    const none = await loadCurrentFigures(db, { fromYear: 2019, toYear: 2019 });
    expect(none.periods).toEqual([]);
    expect(none.figure("2019", municipalityId, "REPORTS")).toEqual({ status: "MISSING", provisional: false });
  });

  it("reads only what `include` asks for and refuses to answer for what it left out", async () => {
    const figures = await loadCurrentFigures(db, { periodKind: "YEAR", include: { wijken: ["2016"], breakdowns: [] } });
    expect(figures.figure("2016", walburgId, "ABUSE_CONFIRMED").status).toBe("VALUE");
    expect(() => figures.figure("2015", walburgId, "ABUSE_CONFIRMED")).toThrow(RangeError);
    expect(() => figures.figure("2015", municipalityId, "CHILD_REPORTS", "FORM", "SEKSUEEL_MISBRUIK")).toThrow(RangeError);
    expect(figures.figure("2015", municipalityId, "CHILD_REPORTS").status).toBe("VALUE");
  });

  it("loads the plan's target with its indicator", async () => {
    const target = await loadTarget(db, municipalityId);
    expect(target).toMatchObject({ threshold: 3, direction: "BELOW", baselineValue: 3.14, baselineYear: 2014, indicator: { key: "bevestigde-kindermishandeling", numeratorMeasure: "ABUSE_CONFIRMED" } });
  });

  it("explains when there is no municipality to show", async () => {
    const empty = await createTestDatabase(process.env.KK_TEST_SERVER_URL ?? "", "vt-dashboard-empty");
    try {
      await expect(loadCurrentFigures(empty.db)).rejects.toBeInstanceOf(NoFigureScopeError);
    } finally {
      await empty.drop();
    }
  });
});

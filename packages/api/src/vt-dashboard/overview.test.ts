import { seedVtFigures } from "@kk/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkTestUsersToMunicipality } from "../vt-figures/figure-scope-testing.ts";
import { type ApiTestDatabase, createApiTestDatabase } from "../testing/test-context.ts";
import { dashboardCsv } from "./export-csv.ts";
import type { DashboardOverview } from "./overview.ts";

type Available = Extract<DashboardOverview, { available: true }>;

function available(overview: DashboardOverview): Available {
  if (!overview.available) throw new Error(`overview not available: ${overview.message}`);
  return overview;
}

describe("dashboard.overview on the demo figures", () => {
  let t: ApiTestDatabase;
  beforeAll(async () => {
    t = await createApiTestDatabase("vt-dashboard-overview");
    await seedVtFigures(t.db);
  // The demo region has three municipalities: the users act for Zwijndrecht (issue 18).
  await linkTestUsersToMunicipality(t, "GM0642");
  }, 90_000);
  afterAll(() => t.drop());

  const overview = async (filter: Parameters<ReturnType<ApiTestDatabase["callerFor"]>["dashboard"]["overview"]>[0] = {}) =>
    available(await t.callerFor(t.users.COORDINATOR).dashboard.overview(filter));

  it("judges the plan's years 2014–2018 against the line, the last one provisional, with the rule", async () => {
    const result = await overview({ fromYear: 2014, toYear: 2018 });
    expect(result.filter).toEqual({ fromYear: 2014, toYear: 2018, periodKind: "YEAR", periodCode: "2018" });
    const rows = result.outcome.rows.map((row) => [row.period.code, row.value.status === "VALUE" ? row.value.percentage : null, row.pathValue, row.assessment?.verdict, row.value.provisional]);
    expect(rows).toEqual([
      ["2014", 3.14, 3.14, "ON_TRACK", false],
      ["2015", 3.18, 3.11, "OFF_TRACK", false],
      ["2016", 3.1, 3.07, "OFF_TRACK", false],
      ["2017", 3.04, 3.03, "OFF_TRACK", false],
      ["2018", 2.97, 3, "ON_TRACK", true],
    ]);
    expect(result.outcome.latest?.explanation).toBe("2018: 2,97% (voorlopig) ligt onder het doel van 3,00%, dus op koers (voorlopig).");
    expect(result.target?.ruleText).toContain("De streeflijn loopt recht van 3,14% eind 2014 naar 3,00% op 31 december 2018.");
    expect(result.indicator).toMatchObject({ key: "bevestigde-kindermishandeling", source: "Kinderen in Tel (Verwey-Jonker Instituut)", numeratorLabel: "Bevestigde kindermishandeling" });
    expect(result.outcome.series.assessments).toHaveLength(5);
    expect(result.anyProvisional).toBe(true);
  });

  it("keeps reports and advice requests apart from the outcome, with a reading that never calls a rise bad", async () => {
    const result = await overview({ fromYear: 2014, toYear: 2018 });
    expect(result.signals.map((s) => [s.measure, s.reading, s.series.kind])).toEqual([
      ["REPORTS", "SIGNAL", "SIGNAL"],
      ["CHILD_REPORTS", "SIGNAL", "SIGNAL"],
      ["ADVICE_REQUESTS", "SIGNAL", "SIGNAL"],
    ]);
    const reports = result.signals[0];
    expect(reports?.rows.map((r) => (r.figure.status === "VALUE" ? r.figure.value : null))).toEqual([560, 600, 650, 710, 780]);
    expect(reports?.rows[0]?.trend).toBeNull();
    expect(reports?.rows[1]?.trend?.text).toContain("meldingsbereidheid");
    for (const signal of result.signals) expect("assessments" in signal.series).toBe(false);
    expect(result.workload?.series.kind).toBe("WORKLOAD");
    expect(result.workload?.rows[0]?.figure).toEqual({ status: "VALUE", value: 395, provisional: false });
  });

  it("shows half years on request, without a verdict, and the corrected 2017-H2", async () => {
    const result = await overview({ fromYear: 2014, toYear: 2018, periodKind: "HALF_YEAR" });
    expect(result.periods.map((p) => p.code)).toEqual(["2017-H1", "2017-H2", "2018-H1", "2018-H2"]);
    expect(result.outcome.rows.every((row) => row.assessment?.verdict === "NOT_APPLICABLE")).toBe(true);
    expect(result.outcome.rows[1]?.numerator).toEqual({ status: "VALUE", value: 137, provisional: false });
    expect(result.outcome.rows[1]?.period.delivery?.version).toBe(2);
    expect(result.filter.periodCode).toBe("2018-H2");
  });

  it("breaks down child-abuse reports: reporter groups add up to the total, forms are listed with their share", async () => {
    const result = await overview({ fromYear: 2014, toYear: 2018, periodCode: "2016" });
    expect(result.breakdowns.period?.code).toBe("2016");
    const reporter = result.breakdowns.views.find((v) => v.kind === "REPORTER_GROUP");
    const form = result.breakdowns.views.find((v) => v.kind === "FORM");
    expect(reporter?.total).toEqual({ status: "VALUE", value: 371, provisional: false });
    expect(reporter?.partsSum).toEqual(reporter?.total);
    expect(reporter?.rows).toHaveLength(7);
    expect(form?.exclusive).toBe(false);
    expect(form?.partsSum).toBeNull();
    expect(form?.rows.map((r) => r.key)).toContain("GETUIGE_HUISELIJK_GEWELD");
    expect(form?.rows.every((r) => r.figure.status === "VALUE" && r.share !== null)).toBe(true);
    // 2014: kinderopvang was not registered separately: missing, so the parts have no sum.
    const y2014 = await overview({ fromYear: 2014, toYear: 2018, periodCode: "2014" });
    const groups2014 = y2014.breakdowns.views.find((v) => v.kind === "REPORTER_GROUP");
    expect(groups2014?.rows.find((r) => r.key === "KINDEROPVANG")?.figure.status).toBe("MISSING");
    expect(groups2014?.partsSum?.status).toBe("MISSING");
  });

  it("ranks the wijken by percentage, lists a wijk without a value unranked (not as 0)", async () => {
    const year = await overview({ fromYear: 2014, toYear: 2018, periodCode: "2016" });
    expect(year.ranking.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(year.ranking.rows[0]?.area.name).toBe("Walburg");
    expect(year.ranking.total?.value).toMatchObject({ status: "VALUE", percentage: 3.1 });
    const percentages = year.ranking.rows.map((r) => (r.value.status === "VALUE" ? r.value.percentage : 0));
    expect(percentages).toEqual([...percentages].sort((a, b) => b - a));

    const half = await overview({ fromYear: 2018, toYear: 2018, periodKind: "HALF_YEAR", periodCode: "2018-H1" });
    const last = half.ranking.rows.at(-1);
    expect(last?.area.name).toBe("Oostendam");
    expect(last?.rank).toBeNull();
    expect(last?.value).toMatchObject({ status: "MISSING", reason: "NUMERATOR_MISSING" });
    expect(half.ranking.rows.filter((r) => r.rank !== null)).toHaveLength(5);
    // The municipality's total is unknown when a wijk is; the municipality's own delivered count is used.
    expect(half.ranking.total?.value.status).toBe("VALUE");
  });

  it("writes the CSV tables with Dutch decimals, empty cells for unknowns and the status beside them", async () => {
    const result = await overview({ fromYear: 2014, toYear: 2018 });
    const csv = dashboardCsv(result, "indicator");
    expect(csv.fileName).toBe("veilig-thuis-indicator-GM0642-2014-2018-jaar.csv");
    expect(csv.body.startsWith("\uFEFFperiode;code;teller;noemer;percentage;status;voorlopig;streeflijn;koers;toelichting;versie;bron\r\n")).toBe(true);
    const lines = csv.body.split("\r\n");
    expect(lines[1]).toBe("2014;2014;280;8920;3,14;waarde;nee;3,14;op koers;2014: 3,14% ligt op de streeflijn van 3,14%, dus op koers.;1;AMK en SHG Zuid-Holland Zuid (voorgangers van Veilig Thuis)");
    expect(lines[5]).toContain(";2,97;waarde;ja;3,00;op koers;");

    const half = await overview({ fromYear: 2018, toYear: 2018, periodKind: "HALF_YEAR", periodCode: "2018-H1" });
    const ranking = dashboardCsv(half, "ranking").body.split("\r\n");
    expect(ranking.find((line) => line.includes("Oostendam"))).toMatch(/^2018 1e halfjaar;2018-H1;;Oostendam;WK064206;;\d+;;ontbreekt;nee$/);
    const breakdowns = dashboardCsv(half, "breakdowns").body;
    expect(breakdowns).toContain("2018 1e halfjaar;2018-H1;Vorm van geweld;Seksueel misbruik;");
    const signals = dashboardCsv(result, "signals").body.split("\r\n");
    expect(signals[1]).toMatch(/^2014;2014;Meldingen;560;waarde;nee;;Meer adviezen/);
  });

  it("records the CSV download in the audit log and refuses it to the council", async () => {
    const file = await t.callerFor(t.users.COORDINATOR).dashboard.exportCsv({ dataset: "ranking", filter: { fromYear: 2014, toYear: 2018 } });
    expect(file.fileName).toBe("veilig-thuis-wijken-GM0642-2018.csv");
    const audit = await t.db.auditEvent.findFirst({ where: { action: "figures.export" }, orderBy: { at: "desc" } });
    expect(audit?.actorId).toBe(t.users.COORDINATOR.id);
    expect(audit?.after).toMatchObject({ dataset: "ranking", scope: "GM0642" });
    await expect(t.callerFor(t.users.RAAD).dashboard.exportCsv({ dataset: "indicator", filter: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(t.callerFor(t.users.RAAD).dashboard.overview({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

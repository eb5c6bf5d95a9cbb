import type { FigureMeasure } from "@kk/db";
import { seedVtFigures } from "@kk/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkTestUsersToMunicipality } from "../vt-figures/figure-scope-testing.ts";
import { type Constraint, solve } from "yalps";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { loadCurrentFigures } from "../vt-dashboard/load-figures.ts";
import { REPORTER_GROUPS, VIOLENCE_FORMS } from "../vt-figures/import-types.ts";
import { sumFigures, type Figure } from "../vt-figures/indicator.ts";
import type { CouncilCell, CouncilRate } from "../vt-figures/suppression.ts";
import type { CouncilOverview } from "./council-overview.ts";
import type { ComparisonRate } from "./council-comparison.ts";
import { COMPARISON_MEASURES, computeCouncilPattern, computeRegionPattern, cubePeriods, REGION_TOTAL } from "./council-pattern.ts";
import { DEFAULT_PROTECTION } from "./protect-cells.ts";

/*
 * Issue 14, finding 1: can the council recompute or narrow a hidden count by combining answers?
 *
 * The test plays the attacker. It asks council.overview every question a RAAD user can ask (every
 * period kind × every year range × every detail period × every target), collects every number and
 * every label it is shown, and then, for each hidden cell, computes the range an attacker can
 * derive: bounds propagation over all additive relations (half years to years, wijken to the
 * municipality, forms and reporter groups to their total), iterated to a fixed point, with
 * non-negative integers, with what the labels say ("< 10" is 0–9, "afgeschermd" for a
 * complementary cell is at least 10) and with what a shown percentage says of its count (times the
 * public number of children). This is written apart from the production code: it only sees the
 * answers, as the council does.
 *
 * Every sensitive cell (a count under 10, or a count the source withheld) must keep its protection
 * interval (docs/dashboard.md): the attacker's range must span at least 8 (9 of the 10 values
 * "< 10" allows), so no hidden count is recomputed or narrowed to a few values.
 */

const { threshold, minimumWidth } = DEFAULT_PROTECTION;

type Available = Extract<CouncilOverview, { available: true }>;
type Range = { lo: number; hi: number };

let demo: ApiTestDatabase;
let trap: ApiTestDatabase;

beforeAll(async () => {
  [demo, trap] = await Promise.all([createApiTestDatabase("council-protect-demo"), createApiTestDatabase("council-protect-trap")]);
  await seedVtFigures(demo.db);
  // The demo region has three municipalities: the users act for Zwijndrecht (issue 18).
  await linkTestUsersToMunicipality(demo, "GM0642");
  await seedTrap(trap);
}, 180_000);

afterAll(async () => {
  await Promise.all([demo?.drop(), trap?.drop()]);
});

/**
 * The year / half-year trap of the issue: wijk Aa has 12 reports of psychological abuse in the
 * first half of 2019 and 4 in the second, 16 in the year; 15 + 7 = 22 cases of confirmed abuse;
 * kinderopvang reported 5 + 12 = 17. Every other count is 10 or more, so per-answer suppression
 * shows the year and the first half and hides only the second: the difference.
 */
async function seedTrap(t: ApiTestDatabase): Promise<void> {
  const db = t.db;
  const municipality = await db.area.create({ data: { code: "GM9902", name: "Valdorp", kind: "MUNICIPALITY" } });
  const wijk = (code: string, name: string) => db.area.create({ data: { code, name, kind: "WIJK", parentId: municipality.id } });
  const wijken = await Promise.all([wijk("WK990201", "Aa"), wijk("WK990202", "Bb"), wijk("WK990203", "Cc")]);
  await db.areaPopulation.createMany({
    data: [
      ...wijken.map((w, i) => ({ areaId: w.id, year: 2019, children0to17: [1200, 2100, 1700][i] ?? 0, source: "Test" })),
      { areaId: municipality.id, year: 2019, children0to17: 5000, source: "Test" },
    ],
  });
  // Forms per wijk and half year, in VIOLENCE_FORMS order.
  const forms: Record<"H1" | "H2", number[][]> = {
    H1: [
      [20, 12, 15, 18, 11, 40],
      [30, 25, 20, 22, 15, 60],
      [25, 20, 18, 19, 13, 50],
    ],
    H2: [
      [22, 4, 14, 19, 12, 38],
      [31, 27, 21, 20, 16, 62],
      [24, 22, 17, 21, 14, 52],
    ],
  };
  const confirmed: Record<"H1" | "H2", number[]> = { H1: [15, 30, 25], H2: [7, 33, 26] };
  const kinderopvang = { H1: 5, H2: 12 };
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const periodValues = (half: "H1" | "H2" | "YEAR") => {
    const f = (w: number, k: number) => (half === "YEAR" ? (forms.H1[w]?.[k] ?? 0) + (forms.H2[w]?.[k] ?? 0) : (forms[half][w]?.[k] ?? 0));
    const c = (w: number) => (half === "YEAR" ? (confirmed.H1[w] ?? 0) + (confirmed.H2[w] ?? 0) : (confirmed[half][w] ?? 0));
    const rows: { areaId: string; measure: FigureMeasure; breakdownKind: "NONE" | "FORM" | "REPORTER_GROUP"; breakdownKey: string; value: number }[] = [];
    const municipalForms = VIOLENCE_FORMS.map((_, k) => sum(wijken.map((_, w) => f(w, k))));
    wijken.forEach((area, w) => {
      const wijkForms = VIOLENCE_FORMS.map((_, k) => f(w, k));
      rows.push({ areaId: area.id, measure: "CHILD_REPORTS", breakdownKind: "NONE", breakdownKey: "", value: sum(wijkForms) });
      rows.push({ areaId: area.id, measure: "ABUSE_CONFIRMED", breakdownKind: "NONE", breakdownKey: "", value: c(w) });
      VIOLENCE_FORMS.forEach((key, k) => rows.push({ areaId: area.id, measure: "CHILD_REPORTS", breakdownKind: "FORM", breakdownKey: key, value: wijkForms[k] ?? 0 }));
    });
    const total = sum(municipalForms);
    rows.push({ areaId: municipality.id, measure: "CHILD_REPORTS", breakdownKind: "NONE", breakdownKey: "", value: total });
    rows.push({ areaId: municipality.id, measure: "ABUSE_CONFIRMED", breakdownKind: "NONE", breakdownKey: "", value: sum(wijken.map((_, w) => c(w))) });
    rows.push({ areaId: municipality.id, measure: "REPORTS", breakdownKind: "NONE", breakdownKey: "", value: total + 150 });
    rows.push({ areaId: municipality.id, measure: "ADVICE_REQUESTS", breakdownKind: "NONE", breakdownKey: "", value: total + 90 });
    VIOLENCE_FORMS.forEach((key, k) => rows.push({ areaId: municipality.id, measure: "CHILD_REPORTS", breakdownKind: "FORM", breakdownKey: key, value: municipalForms[k] ?? 0 }));
    const small = half === "YEAR" ? kinderopvang.H1 + kinderopvang.H2 : kinderopvang[half];
    // The other groups share the rest: police first, the remainder spread evenly.
    const rest = total - small;
    const others = REPORTER_GROUPS.filter((g) => g !== "KINDEROPVANG");
    const share = Math.floor(rest / others.length);
    others.forEach((group, i) =>
      rows.push({ areaId: municipality.id, measure: "CHILD_REPORTS", breakdownKind: "REPORTER_GROUP", breakdownKey: group, value: i === 0 ? rest - share * (others.length - 1) : share }),
    );
    rows.push({ areaId: municipality.id, measure: "CHILD_REPORTS", breakdownKind: "REPORTER_GROUP", breakdownKey: "KINDEROPVANG", value: small });
    return rows;
  };
  // The year's reporter groups must be the sum of the halves' (the even split rounds per half).
  const h1 = periodValues("H1");
  const h2 = periodValues("H2");
  const year = periodValues("YEAR").map((row) => {
    const same = (r: typeof row) => r.areaId === row.areaId && r.measure === row.measure && r.breakdownKind === row.breakdownKind && r.breakdownKey === row.breakdownKey;
    return { ...row, value: (h1.find(same)?.value ?? 0) + (h2.find(same)?.value ?? 0) };
  });
  const periods: [string, "YEAR" | "HALF_YEAR", 1 | 2 | null, string, string, typeof h1][] = [
    ["2019-H1", "HALF_YEAR", 1, "2019-01-01", "2019-06-30", h1],
    ["2019-H2", "HALF_YEAR", 2, "2019-07-01", "2019-12-31", h2],
    ["2019", "YEAR", null, "2019-01-01", "2019-12-31", year],
  ];
  for (const [code, kind, half, startsOn, endsOn, values] of periods) {
    const period = await db.figurePeriod.create({
      data: { code, kind, year: 2019, half, label: half ? `2019 ${half}e halfjaar` : "2019", startsOn: new Date(`${startsOn}T00:00:00Z`), endsOn: new Date(`${endsOn}T00:00:00Z`) },
    });
    const delivery = await db.figureDelivery.create({
      data: { periodId: period.id, scopeAreaId: municipality.id, source: "Veilig Thuis Test", deliveredAt: new Date("2020-03-01T00:00:00Z"), version: 1, method: "SEED" },
    });
    await db.figureValue.createMany({ data: values.map((row) => ({ ...row, deliveryId: delivery.id, status: "VALUE" as const })) });
  }
}

/** Every filter a RAAD user can send that selects something different: kinds × year ranges × detail periods × targets. */
async function everyRequest(t: ApiTestDatabase, municipalityCode: string | null): Promise<{ filter: Record<string, unknown>; numerator: FigureMeasure }[]> {
  // Another municipality's target is "no such target" for this council member: its answers are the default's.
  const [periods, targets] = await Promise.all([
    t.db.figurePeriod.findMany({ select: { code: true, year: true } }),
    t.db.target.findMany({ where: municipalityCode ? { OR: [{ municipalityCode }, { areaId: null }] } : {}, select: { id: true, indicator: { select: { numeratorMeasure: true } } } }),
  ]);
  const years = [...new Set(periods.map((p) => p.year))].sort((a, b) => a - b);
  const ranges = [{}, ...years.map((year) => ({ fromYear: year, toYear: year }))];
  const codes = [undefined, ...periods.map((p) => p.code).sort()];
  const targetChoices: { targetId?: string; numerator: FigureMeasure }[] = [
    { numerator: targets[0]?.indicator.numeratorMeasure ?? "ABUSE_CONFIRMED" },
    ...targets.map((target) => ({ targetId: target.id, numerator: target.indicator.numeratorMeasure })),
  ];
  return (["YEAR", "HALF_YEAR"] as const).flatMap((periodKind) =>
    ranges.flatMap((range) =>
      codes.flatMap((periodCode) =>
        targetChoices.map(({ targetId, numerator }) => ({ filter: { periodKind, ...range, ...(periodCode ? { periodCode } : {}), ...(targetId ? { targetId } : {}) }, numerator })),
      ),
    ),
  );
}

interface Observations {
  ranges: Map<string, Range>;
  /** The comparison (issue 18): the municipalities shown beside each other, and the years. */
  comparisonCodes: Set<string>;
  comparisonYears: Set<string>;
  /** Cells shown as a number in one answer and hidden in another. */
  inconsistent: Set<string>;
  shownValues: Map<string, number>;
  hiddenSeen: Set<string>;
  scopeCode: string;
  wijkCodes: Set<string>;
  periodCodes: Set<string>;
  answers: number;
}

const key = (period: string, area: string, series: string) => `${period}|${area}|${series}`;

function cellRange(cell: CouncilCell): Range {
  if (cell.status === "VALUE") return { lo: cell.value, hi: cell.value };
  if (cell.status === "SUPPRESSED" && cell.reason === "PRIMARY") return { lo: 0, hi: threshold - 1 };
  if (cell.status === "SUPPRESSED" && cell.reason === "COMPLEMENTARY") return { lo: threshold, hi: Number.POSITIVE_INFINITY };
  return { lo: 0, hi: Number.POSITIVE_INFINITY };
}

/** What a shown percentage (rounded half up to two decimals) says of its count, given the public number of children. */
function rateRange(rate: CouncilRate, children: number | undefined): Range | null {
  if (rate.status !== "VALUE" || children === undefined) return null;
  return { lo: Math.ceil(((rate.percentage - 0.005) * children) / 100 - 1e-9), hi: Math.floor(((rate.percentage + 0.005) * children) / 100 - 1e-9) };
}

/** What a shown rate per 1,000 children (one decimal, rounded half up) says of its count. */
function perThousandRange(rate: ComparisonRate, children: number | null): Range | null {
  if (rate.status !== "VALUE" || children === null) return null;
  return { lo: Math.ceil(((rate.perThousand - 0.05) * children) / 1000 - 1e-9), hi: Math.floor(((rate.perThousand + 0.05) * children) / 1000 - 1e-9) };
}

async function observe(t: ApiTestDatabase, user = t.users.RAAD): Promise<Observations> {
  const raad = t.callerFor(user);
  const populations = await t.db.areaPopulation.findMany({ select: { area: { select: { code: true } }, year: true, children0to17: true } });
  const children = new Map(populations.map((p) => [`${p.area.code}|${p.year}`, p.children0to17]));
  const obs: Observations = {
    ranges: new Map(),
    comparisonCodes: new Set(),
    comparisonYears: new Set(),
    inconsistent: new Set(),
    shownValues: new Map(),
    hiddenSeen: new Set(),
    scopeCode: "",
    wijkCodes: new Set(),
    periodCodes: new Set(),
    answers: 0,
  };
  const see = (k: string, range: Range, cell?: CouncilCell) => {
    const seen = obs.ranges.get(k) ?? { lo: 0, hi: Number.POSITIVE_INFINITY };
    obs.ranges.set(k, { lo: Math.max(seen.lo, range.lo), hi: Math.min(seen.hi, range.hi) });
    if (cell?.status === "VALUE") obs.shownValues.set(k, cell.value);
    if (cell?.status === "SUPPRESSED") obs.hiddenSeen.add(k);
    if (obs.shownValues.has(k) && obs.hiddenSeen.has(k)) obs.inconsistent.add(k);
  };
  for (const { filter, numerator } of await everyRequest(t, user.municipalityCode)) {
    const result = await raad.council.overview(filter);
    if (!result.available) continue;
    obs.answers++;
    const r: Available = result;
    const scope = r.scope.code;
    obs.scopeCode = scope;
    const numeratorSeries = `NONE:${numerator}`;
    for (const row of r.outcome.rows) {
      obs.periodCodes.add(row.period.code);
      const fromRate = rateRange(row.rate, children.get(`${scope}|${row.period.year}`));
      if (fromRate) see(key(row.period.code, scope, numeratorSeries), fromRate);
    }
    for (const signal of r.signals) {
      for (const row of signal.rows) see(key(row.period.code, scope, `NONE:${signal.measure}`), cellRange(row.cell), row.cell);
    }
    const column = (columnKey: string, kind: "FORM" | "REPORTER_GROUP") => (columnKey === "TOTAAL" ? "NONE:CHILD_REPORTS" : `${kind}:${columnKey}`);
    if (r.wijkForms) {
      const period = r.wijkForms.period.code;
      obs.periodCodes.add(period);
      for (const row of r.wijkForms.rows) {
        if (!row.isTotal) obs.wijkCodes.add(row.key);
        row.cells.forEach((cell, c) => see(key(period, row.key, column(r.wijkForms?.columns[c]?.key ?? "?", "FORM")), cellRange(cell), cell));
      }
    }
    if (r.wijkRates) {
      const period = r.wijkRates.period;
      for (const row of r.wijkRates.rows) {
        see(key(period.code, row.key, numeratorSeries), cellRange(row.count), row.count);
        const fromRate = rateRange(row.rate, children.get(`${row.key}|${period.year}`));
        if (fromRate) see(key(period.code, row.key, numeratorSeries), fromRate);
      }
    }
    for (const table of r.breakdowns) {
      for (const row of table.rows) {
        obs.periodCodes.add(row.key);
        row.cells.forEach((cell, c) => see(key(row.key, scope, column(table.columns[c]?.key ?? "?", table.kind)), cellRange(cell), cell));
      }
    }
  }
  // The comparison (issue 18): every municipality of the region and the region total, per year.
  const comparison = await raad.council.comparison();
  if (comparison.available) {
    obs.answers++;
    for (const year of comparison.years) {
      obs.comparisonYears.add(year.label);
      for (const row of year.rows) {
        if (!row.isRegion) obs.comparisonCodes.add(row.key);
        row.cells.forEach(({ count, rate }, m) => {
          const k = key(year.label, row.key, `NONE:${comparison.measures[m]?.key ?? "?"}`);
          see(k, cellRange(count), count);
          const fromRate = perThousandRange(rate, row.children);
          if (fromRate) see(k, fromRate);
        });
      }
    }
  }
  return obs;
}

/** The additive relations the attacker uses, from the structure of the figures alone (total first). */
function attackerRelations(obs: Observations, numerators: readonly FigureMeasure[]): string[][] {
  const relations: string[][] = [];
  const scope = obs.scopeCode;
  const wijken = [...obs.wijkCodes];
  const wijkSeries = ["NONE:CHILD_REPORTS", ...VIOLENCE_FORMS.map((k) => `FORM:${k}`), ...numerators.map((m) => `NONE:${m}`)];
  const scopeSeries = [
    ...new Set([...wijkSeries, "NONE:ADVICE_REQUESTS", "NONE:REPORTS", ...REPORTER_GROUPS.map((k) => `REPORTER_GROUP:${k}`)]),
  ];
  for (const p of obs.periodCodes) {
    relations.push([key(p, scope, "NONE:CHILD_REPORTS"), ...REPORTER_GROUPS.map((k) => key(p, scope, `REPORTER_GROUP:${k}`))]);
    for (const area of [scope, ...wijken]) relations.push([key(p, area, "NONE:CHILD_REPORTS"), ...VIOLENCE_FORMS.map((k) => key(p, area, `FORM:${k}`))]);
    if (wijken.length > 0) for (const series of new Set(wijkSeries)) relations.push([key(p, scope, series), ...wijken.map((w) => key(p, w, series))]);
    if (/^\d{4}$/.test(p) && obs.periodCodes.has(`${p}-H1`) && obs.periodCodes.has(`${p}-H2`)) {
      for (const series of scopeSeries) relations.push([key(p, scope, series), key(`${p}-H1`, scope, series), key(`${p}-H2`, scope, series)]);
      for (const w of wijken) for (const series of new Set(wijkSeries)) relations.push([key(p, w, series), key(`${p}-H1`, w, series), key(`${p}-H2`, w, series)]);
    }
  }
  // The region total is the sum of the municipalities (issue 18).
  for (const year of obs.comparisonYears) {
    for (const measure of COMPARISON_MEASURES) relations.push([key(year, REGION_TOTAL, `NONE:${measure}`), ...[...obs.comparisonCodes].map((code) => key(year, code, `NONE:${measure}`))]);
  }
  return relations;
}

/** Bounds propagation to a fixed point over total = Σ parts, integers ≥ 0. */
function attack(obs: Observations, relations: readonly string[][]): Map<string, Range> {
  const ranges = new Map<string, Range>();
  const get = (k: string): Range => {
    let range = ranges.get(k);
    if (!range) {
      const seen = obs.ranges.get(k);
      range = seen ? { ...seen } : { lo: 0, hi: Number.POSITIVE_INFINITY };
      ranges.set(k, range);
    }
    return range;
  };
  for (let sweep = 0, changed = true; changed && sweep < 10_000; sweep++) {
    changed = false;
    for (const [totalKey, ...partKeys] of relations) {
      const total = get(totalKey ?? "");
      const parts = partKeys.map(get);
      const sumLo = parts.reduce((s, p) => s + p.lo, 0);
      const sumHi = parts.reduce((s, p) => s + p.hi, 0);
      if (sumLo > total.lo) [total.lo, changed] = [sumLo, true];
      if (sumHi < total.hi) [total.hi, changed] = [sumHi, true];
      for (const part of parts) {
        const othersLo = parts.reduce((s, p) => (p === part ? s : s + p.lo), 0);
        const othersHi = parts.reduce((s, p) => (p === part ? s : s + p.hi), 0);
        if (total.hi - othersLo < part.hi) [part.hi, changed] = [total.hi - othersLo, true];
        if (Number.isFinite(othersHi) && total.lo - othersHi > part.lo) [part.lo, changed] = [total.lo - othersHi, true];
      }
    }
  }
  return ranges;
}

/** The true figures, as the coordinator's loader reads them (a year without delivery as the sum of its halves), of every municipality; "REGIO" is their sum. */
async function truth(t: ApiTestDatabase): Promise<(k: string) => Figure | undefined> {
  const municipalities = await t.db.area.findMany({ where: { kind: "MUNICIPALITY" }, select: { id: true, name: true, code: true, kind: true, parentId: true } });
  const members = await Promise.all(municipalities.map((scope) => loadCurrentFigures(t.db, { scope })));
  const figuresOf = new Map(members.flatMap((figures) => figures.areas.map((a) => [a.code, figures] as const)));
  const read = (k: string): Figure | undefined => {
    const [periodCode = "", areaCode = "", series = ""] = k.split("|");
    if (areaCode === REGION_TOTAL) {
      const parts = members.map((m) => read(`${periodCode}|${m.scope.code}|${series}`));
      return parts.every((p) => p !== undefined) ? sumFigures(parts as Figure[]) : undefined;
    }
    const figures = figuresOf.get(areaCode);
    if (!figures) return undefined;
    const areaId = new Map(figures.areas.map((a) => [a.code, a.id]));
    const periods = new Map(figures.periods.map((p) => [p.code, p]));
    const [kind = "", name = ""] = series.split(":");
    const id = areaId.get(areaCode);
    const period = periods.get(periodCode);
    if (!id || !period) return undefined;
    const readIn = (code: string): Figure =>
      kind === "NONE" ? figures.figure(code, id, name as FigureMeasure) : figures.figure(code, id, "CHILD_REPORTS", kind as "FORM" | "REPORTER_GROUP", name);
    if (!period.delivery && period.kind === "YEAR" && periods.get(`${period.year}-H1`)?.delivery && periods.get(`${period.year}-H2`)?.delivery) {
      return sumFigures([readIn(`${period.year}-H1`), readIn(`${period.year}-H2`)]);
    }
    return readIn(periodCode);
  };
  return read;
}

/**
 * The exact audit (as tau-ARGUS audits a pattern): for each cell, its minimum and maximum over all
 * relations together, by linear programming (yalps), with the bounds the answers give. Shown cells
 * are constants. Bounds are rounded inwards to integers (the LP relaxation, as tau-ARGUS's audit).
 */
function lpRanges(obs: Observations, relations: readonly string[][], cells: readonly string[]): Map<string, Range> {
  const known = (k: string): Range => obs.ranges.get(k) ?? { lo: 0, hi: Number.POSITIVE_INFINITY };
  const isConstant = (k: string) => known(k).lo === known(k).hi;
  const constraints = new Map<string, Constraint>();
  const coefficients = new Map<string, [string, number][]>();
  const coefficient = (variable: string, constraint: string, value: number) => {
    const list = coefficients.get(variable) ?? [];
    list.push([constraint, value]);
    coefficients.set(variable, list);
  };
  relations.forEach(([total = "", ...parts], r) => {
    const terms: [string, number][] = [[total, 1], ...parts.map((part): [string, number] => [part, -1])];
    let rhs = 0;
    let variables = 0;
    for (const [cell, sign] of terms) {
      if (isConstant(cell)) rhs -= sign * known(cell).lo;
      else {
        coefficient(cell, `r${r}`, sign);
        variables++;
      }
    }
    if (variables > 0) constraints.set(`r${r}`, { equal: rhs });
  });
  for (const variable of coefficients.keys()) {
    const { lo, hi } = known(variable);
    if (lo > 0 || Number.isFinite(hi)) {
      constraints.set(`b:${variable}`, Number.isFinite(hi) ? { min: lo, max: hi } : { min: lo });
      coefficient(variable, `b:${variable}`, 1);
    }
  }
  const result = new Map<string, Range>();
  for (const cell of cells) {
    if (isConstant(cell) || !coefficients.has(cell)) {
      result.set(cell, known(cell));
      continue;
    }
    const variables = new Map(coefficients);
    variables.set(cell, [...(coefficients.get(cell) ?? []), ["objective", 1]]);
    const bound = (direction: "minimize" | "maximize"): number => {
      const solution = solve({ direction, objective: "objective", constraints, variables });
      if (solution.status === "unbounded") return direction === "maximize" ? Number.POSITIVE_INFINITY : 0;
      if (solution.status !== "optimal") return Number.NaN;
      return direction === "maximize" ? Math.floor(solution.result + 1e-6) : Math.ceil(solution.result - 1e-6);
    };
    result.set(cell, { lo: bound("minimize"), hi: bound("maximize") });
  }
  return result;
}

interface Finding {
  cell: string;
  value: number | null;
  range: Range;
}

async function audit(
  t: ApiTestDatabase,
  options: { exact?: boolean; user?: ApiTestDatabase["users"]["RAAD"] } = {},
): Promise<{ findings: Finding[]; lpFindings: Finding[]; narrowedToTwo: number; inconsistent: string[]; unsound: string[]; sensitive: number; answers: number; comparisonCells: number }> {
  const obs = await observe(t, options.user);
  const numerators = [...new Set<FigureMeasure>(["ABUSE_CONFIRMED", ...(await t.db.indicator.findMany({ select: { numeratorMeasure: true } })).map((i) => i.numeratorMeasure)])];
  const relations = attackerRelations(obs, numerators);
  const trueFigure = await truth(t);
  // The attacker's model must be sound, or the ranges below mean nothing: every true value lies in
  // what the answers said of it, and every relation holds where all its cells are known.
  const unsound: string[] = [];
  for (const [cell, range] of obs.ranges) {
    const figure = trueFigure(cell);
    if (figure?.status === "VALUE" && (figure.value < range.lo || figure.value > range.hi)) unsound.push(`${cell} = ${figure.value} outside ${range.lo}..${range.hi}`);
  }
  for (const [total, ...parts] of relations) {
    const values = [total, ...parts].map((cell) => trueFigure(cell ?? ""));
    if (values.every((f) => f?.status === "VALUE")) {
      const [t0, ...rest] = values.map((f) => (f?.status === "VALUE" ? f.value : 0));
      if (t0 !== rest.reduce((a, b) => a + b, 0)) unsound.push(`${total} = ${t0} but its parts add up to ${rest.reduce((a, b) => a + b, 0)}`);
    }
  }
  const ranges = attack(obs, relations);
  const findings: Finding[] = [];
  let narrowedToTwo = 0;
  let sensitive = 0;
  for (const [cell, range] of ranges) {
    const figure = trueFigure(cell);
    if (!figure) continue;
    if (figure.status === "VALUE" && figure.value < threshold) {
      sensitive++;
      if (range.hi - range.lo <= 1) narrowedToTwo++;
      if (range.hi - range.lo < minimumWidth) findings.push({ cell, value: figure.value, range });
    } else if (figure.status === "SUPPRESSED") {
      sensitive++;
      if (range.hi - range.lo < minimumWidth) findings.push({ cell, value: null, range });
    }
  }
  // The exact audit of the same cells: the LP range can only be narrower than the propagated one.
  const lpFindings: Finding[] = [];
  if (options.exact) {
    const sensitiveCells = [...ranges.keys()].filter((cell) => {
      const figure = trueFigure(cell);
      return (figure?.status === "VALUE" && figure.value < threshold) || figure?.status === "SUPPRESSED";
    });
    const exact = lpRanges(obs, relations, sensitiveCells);
    for (const cell of sensitiveCells) {
      const range = exact.get(cell) ?? { lo: Number.NaN, hi: Number.NaN };
      const figure = trueFigure(cell);
      if (!(range.hi - range.lo >= minimumWidth)) lpFindings.push({ cell, value: figure?.status === "VALUE" ? figure.value : null, range });
    }
  }
  const comparisonCells = [...obs.ranges.keys()].filter((cell) => obs.comparisonCodes.has(cell.split("|")[1] ?? "") || cell.split("|")[1] === REGION_TOTAL).length;
  return { findings, lpFindings, narrowedToTwo, inconsistent: [...obs.inconsistent], unsound, sensitive, answers: obs.answers, comparisonCells };
}

const describeFinding = (f: Finding) => `${f.cell} = ${f.value ?? "(withheld)"} narrowed to ${f.range.lo}..${f.range.hi}`;

describe("council suppression holds across every answer a RAAD user can get (issue 14, finding 1)", () => {
  it("on the year / half-year trap: no hidden count can be recomputed or narrowed", async () => {
    const result = await audit(trap, { exact: true });
    expect(result.answers).toBeGreaterThan(10);
    expect(result.sensitive).toBeGreaterThanOrEqual(3);
    expect(result.unsound, "the attacker's model").toEqual([]);
    expect(result.inconsistent, "cells shown in one answer and hidden in another").toEqual([]);
    expect(result.findings.map(describeFinding)).toEqual([]);
    expect(result.lpFindings.map(describeFinding), "exact (LP) audit").toEqual([]);
  }, 240_000);

  it("on the demo figures: every hidden count keeps its protection interval", async () => {
    const result = await audit(demo, { exact: true });
    expect(result.answers).toBeGreaterThan(50);
    expect(result.sensitive).toBeGreaterThan(50);
    expect(result.unsound, "the attacker's model").toEqual([]);
    expect(result.inconsistent, "cells shown in one answer and hidden in another").toEqual([]);
    expect({ narrowedToTwo: result.narrowedToTwo, findings: result.findings.map(describeFinding) }).toEqual({ narrowedToTwo: 0, findings: [] });
    expect(result.lpFindings.map(describeFinding), "exact (LP) audit").toEqual([]);
  }, 240_000);

  it("computes the demo pattern quickly and leaves no sensitive cell unprotected", async () => {
    const figures = await loadCurrentFigures(demo.db);
    const pattern = computeCouncilPattern(figures, ["ABUSE_CONFIRMED"]);
    console.info(
      `council pattern, demo figures: ${pattern.stats.cells} cells, ${pattern.stats.relations} relations, ${pattern.stats.primary} primary, ` +
        `${pattern.stats.secondary} secondary, ${pattern.stats.rounds} rounds, ${Math.round(pattern.stats.millis)} ms`,
    );
    expect(pattern.stats.unprotected).toEqual([]);
    expect(pattern.stats.primary).toBeGreaterThan(0);
  });
});

describe("the council comparison joins the same protection (issue 18, docs/adr/0025)", () => {
  const raadOf = async (code: string) => {
    const row = await demo.db.user.create({ data: { email: `raad-${code}@test.example`, name: `Raad ${code}`, role: "RAAD", municipalityCode: code } });
    return { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: null, municipalityCode: code };
  };

  it("hides Papendrecht's small count of 2014 in the comparison and the region total with it, keeping the others", async () => {
    const comparison = await demo.callerFor(demo.users.RAAD).council.comparison();
    if (!comparison.available) throw new Error(comparison.message);
    expect(comparison.own.name).toBe("Zwijndrecht");
    const y2014 = comparison.years.find((y) => y.year === 2014);
    const advice = comparison.measures.findIndex((m) => m.key === "ADVICE_REQUESTS");
    const cell = (rowKey: string) => y2014?.rows.find((r) => r.key === rowKey)?.cells[advice];
    expect(y2014?.rows.map((r) => r.label)).toEqual(["Dordrecht", "Papendrecht", "Zwijndrecht", "Regio totaal"]);
    expect(cell("GM0590")).toEqual({ count: { status: "SUPPRESSED", reason: "PRIMARY", provisional: false }, rate: { status: "SUPPRESSED", reason: "DERIVED", provisional: false } });
    expect(cell(REGION_TOTAL)?.count).toMatchObject({ status: "SUPPRESSED", reason: "COMPLEMENTARY" });
    expect(cell("GM0642")?.count.status).toBe("VALUE");
    expect(cell("GM0505")?.count.status).toBe("VALUE");
    // Rates per 1,000 children of shown counts, from the public number of children.
    const zwijndrecht = y2014?.rows.find((r) => r.key === "GM0642");
    const confirmed = zwijndrecht?.cells[comparison.measures.findIndex((m) => m.key === "ABUSE_CONFIRMED")];
    expect(confirmed?.rate).toEqual({ status: "VALUE", perThousand: 31.4, provisional: false });
  });

  // The Zwijndrecht council member's answers (the comparison included) are audited above; here the
  // member whose own municipality has the small count.
  it("as the Papendrecht council member too: every hidden count, a neighbour's included, keeps its interval", async () => {
    for (const user of [await raadOf("GM0590")]) {
      const result = await audit(demo, { exact: true, user });
      expect(result.comparisonCells, user.municipalityCode ?? "").toBeGreaterThan(40);
      expect(result.unsound, "the attacker's model").toEqual([]);
      expect(result.inconsistent, "cells shown in one answer and hidden in another").toEqual([]);
      expect({ narrowedToTwo: result.narrowedToTwo, findings: result.findings.map(describeFinding) }).toEqual({ narrowedToTwo: 0, findings: [] });
      expect(result.lpFindings.map(describeFinding), "exact (LP) audit").toEqual([]);
    }
  }, 480_000);

  it("would leak without secondary suppression: the naive comparison gives Papendrecht's hidden count back from the region total", async () => {
    // Naive: each cell on its own ("< 10" under the threshold, else the number), the region total shown.
    const trueFigure = await truth(demo);
    const codes = ["GM0505", "GM0590", "GM0642"];
    const obs: Observations = {
      ranges: new Map(),
      comparisonCodes: new Set(codes),
      comparisonYears: new Set(["2014", "2015", "2016", "2017", "2018"]),
      inconsistent: new Set(),
      shownValues: new Map(),
      hiddenSeen: new Set(),
      scopeCode: "GM0642",
      wijkCodes: new Set(),
      periodCodes: new Set(),
      answers: 1,
    };
    for (const year of obs.comparisonYears) {
      for (const measure of COMPARISON_MEASURES) {
        for (const area of [...codes, REGION_TOTAL]) {
          const figure = trueFigure(key(year, area, `NONE:${measure}`));
          if (figure?.status === "VALUE") obs.ranges.set(key(year, area, `NONE:${measure}`), figure.value < threshold ? { lo: 0, hi: threshold - 1 } : { lo: figure.value, hi: figure.value });
        }
      }
    }
    const relations = [...obs.comparisonYears].flatMap((year) => COMPARISON_MEASURES.map((m) => [key(year, REGION_TOTAL, `NONE:${m}`), ...codes.map((c) => key(year, c, `NONE:${m}`))]));
    const ranges = attack(obs, relations);
    expect(ranges.get(key("2014", "GM0590", "NONE:ADVICE_REQUESTS"))).toEqual({ lo: 8, hi: 8 });
  });

  it("computes the region pattern (three municipalities and the region totals) in well under a second, nothing unprotected", async () => {
    const municipalities = await demo.db.area.findMany({ where: { kind: "MUNICIPALITY" }, select: { id: true, name: true, code: true, kind: true, parentId: true } });
    const members = await Promise.all(municipalities.map((scope) => loadCurrentFigures(demo.db, { scope })));
    const pattern = computeRegionPattern(members, ["ABUSE_CONFIRMED"]);
    console.info(
      `council pattern, demo region: ${pattern.stats.cells} cells, ${pattern.stats.relations} relations, ${pattern.stats.primary} primary, ` +
        `${pattern.stats.secondary} secondary, ${pattern.stats.rounds} rounds, ${Math.round(pattern.stats.millis)} ms`,
    );
    expect(pattern.stats.unprotected).toEqual([]);
    expect(pattern.stats.millis).toBeLessThan(1_000);
    // Zwijndrecht's own council view is what it was before the neighbours joined: the region total takes the complement.
    const zwijndrecht = members.find((m) => m.scope.code === "GM0642");
    if (!zwijndrecht) throw new Error("no Zwijndrecht");
    const alone = computeCouncilPattern(zwijndrecht, ["ABUSE_CONFIRMED"]);
    const differences = cubePeriods(zwijndrecht.periods).flatMap(({ period }) =>
      zwijndrecht.areas.flatMap((area) =>
        COMPARISON_MEASURES.flatMap((measure) => {
          const a = JSON.stringify(alone.cell(period.code, area.id, measure));
          const b = JSON.stringify(pattern.cell(period.code, area.id, measure));
          return a === b ? [] : [`${period.code} ${area.code} ${measure}: ${a} → ${b}`];
        }),
      ),
    );
    expect(differences).toEqual([]);
  });
});

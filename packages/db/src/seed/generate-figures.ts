import { randomUUID } from "node:crypto";
import type { Db } from "../client.ts";
import type { FigureBreakdownKind, FigureMeasure, FigureValueStatus } from "../generated/prisma/enums.ts";
import { ABUSE_FORMS, apportion, INDICATOR_KEY_CONFIRMED_ABUSE, REPORTER_GROUPS } from "./demo-figures.ts";

/*
 * Made-up Veilig Thuis figures at scale, for the dashboard benchmark (`npm run bench -- dashboard`)
 * and load tests: one municipality with N wijken (default 40), Y years (default 10) with a year
 * delivery and two half-year deliveries each, every measure for the municipality and every wijk,
 * and both breakdowns (reporter group, form of violence) of the child-abuse reports for every
 * area. Consistent like the demo data: wijken add up to the municipality, reporter groups to their
 * total, a year to its half years; about 2% of the wijk values are MISSING or SUPPRESSED (never 0).
 * Deterministic for a given seed. Codes start with "GEN-" so the rows can be told apart.
 */

export interface GenerateFiguresOptions {
  years?: number;
  firstYear?: number;
  wijken?: number;
  /** Code of the generated municipality; its wijken get `${code}-W01` … */
  code?: string;
  seed?: number;
}

export interface GeneratedArea {
  code: string;
  name: string;
  kind: "MUNICIPALITY" | "WIJK";
}

export interface GeneratedValue {
  areaCode: string;
  measure: FigureMeasure;
  breakdownKind: FigureBreakdownKind;
  breakdownKey: string;
  value: number | null;
  status: FigureValueStatus;
}

export interface GeneratedPeriod {
  code: string;
  kind: "YEAR" | "HALF_YEAR";
  year: number;
  half: 1 | 2 | null;
  label: string;
  startsOn: string;
  endsOn: string;
}

export interface GeneratedFigureData {
  municipality: GeneratedArea;
  wijken: GeneratedArea[];
  populations: { areaCode: string; year: number; children0to17: number }[];
  periods: GeneratedPeriod[];
  deliveries: { periodCode: string; provisional: boolean; values: GeneratedValue[] }[];
}

const MEASURES: readonly FigureMeasure[] = ["ADVICE_REQUESTS", "REPORTS", "CHILD_REPORTS", "CHILDREN_INVOLVED", "INVESTIGATIONS_COMPLETED", "ABUSE_CONFIRMED"];
/** Per half year, per 10,000 children (roughly the demo municipality's rates). */
const RATE_PER_10K: Record<FigureMeasure, number> = {
  ADVICE_REQUESTS: 330,
  REPORTS: 350,
  CHILD_REPORTS: 200,
  CHILDREN_INVOLVED: 280,
  INVESTIGATIONS_COMPLETED: 220,
  ABUSE_CONFIRMED: 155,
};

/** mulberry32: a small deterministic PRNG. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function period(year: number, half: 1 | 2 | null): GeneratedPeriod {
  if (half === null) return { code: String(year), kind: "YEAR", year, half, label: String(year), startsOn: `${year}-01-01`, endsOn: `${year}-12-31` };
  return {
    code: `${year}-H${half}`,
    kind: "HALF_YEAR",
    year,
    half,
    label: `${year} ${half}e halfjaar`,
    startsOn: half === 1 ? `${year}-01-01` : `${year}-07-01`,
    endsOn: half === 1 ? `${year}-06-30` : `${year}-12-31`,
  };
}

/** The generated figures, without the database (tests check the sums). */
export function buildGeneratedFigures(options: GenerateFiguresOptions = {}): GeneratedFigureData {
  const years = options.years ?? 10;
  const firstYear = options.firstYear ?? 2009;
  const wijkCount = options.wijken ?? 40;
  const code = options.code ?? "GEN-GM01";
  const next = random(options.seed ?? 20_141_231);

  const municipality: GeneratedArea = { code, name: `Gemeente ${code}`, kind: "MUNICIPALITY" };
  const wijken: GeneratedArea[] = Array.from({ length: wijkCount }, (_, i) => {
    const n = String(i + 1).padStart(2, "0");
    return { code: `${code}-W${n}`, name: `Wijk ${n}`, kind: "WIJK" };
  });
  const shares = wijken.map(() => 0.5 + next());
  const risks = wijken.map(() => 0.7 + 0.6 * next());

  const populations: GeneratedFigureData["populations"] = [];
  const periods: GeneratedPeriod[] = [];
  const deliveries: GeneratedFigureData["deliveries"] = [];
  for (let y = 0; y < years; y++) {
    const year = firstYear + y;
    const children = 20_000 + Math.round(2_000 * next());
    const parts = apportion(children, shares);
    populations.push({ areaCode: code, year, children0to17: children });
    wijken.forEach((wijk, i) => populations.push({ areaCode: wijk.code, year, children0to17: parts[i] ?? 0 }));

    const halves = ([1, 2] as const).map((half) => {
      const totals = Object.fromEntries(MEASURES.map((m) => [m, Math.round((children / 10_000) * RATE_PER_10K[m] * (0.9 + 0.2 * next()))])) as Record<FigureMeasure, number>;
      return { half, values: generatePeriod(municipality, wijken, totals, shares.map((s, i) => s * (risks[i] ?? 1)), next) };
    });
    // The year is the sum of its half years (same rows, same order).
    const [first, second] = halves;
    const yearValues = (first?.values ?? []).map((v, i) => {
      const other = second?.values[i];
      const both = v.status === "VALUE" && other?.status === "VALUE";
      return { ...v, value: both ? (v.value ?? 0) + (other.value ?? 0) : null, status: both ? ("VALUE" as const) : v.status !== "VALUE" ? v.status : (other?.status ?? "MISSING") };
    });
    const provisional = y === years - 1;
    periods.push(period(year, 1), period(year, 2), period(year, null));
    for (const h of halves) deliveries.push({ periodCode: `${year}-H${h.half}`, provisional: provisional && h.half === 2, values: h.values });
    deliveries.push({ periodCode: String(year), provisional, values: yearValues });
  }
  return { municipality, wijken, populations, periods, deliveries };
}

function generatePeriod(municipality: GeneratedArea, wijken: readonly GeneratedArea[], totals: Record<FigureMeasure, number>, weights: number[], next: () => number): GeneratedValue[] {
  const values: GeneratedValue[] = [];
  const push = (areaCode: string, measure: FigureMeasure, breakdownKind: FigureBreakdownKind, breakdownKey: string, count: number) => {
    // Only wijk values go unknown, so the municipality's own totals stay complete.
    const roll = areaCode === municipality.code ? 1 : next();
    const status: FigureValueStatus = roll < 0.01 ? "MISSING" : roll < 0.02 ? "SUPPRESSED" : "VALUE";
    values.push({ areaCode, measure, breakdownKind, breakdownKey, value: status === "VALUE" ? count : null, status });
  };
  for (const measure of MEASURES) {
    const parts = apportion(totals[measure], weights);
    push(municipality.code, measure, "NONE", "", totals[measure]);
    wijken.forEach((wijk, i) => push(wijk.code, measure, "NONE", "", parts[i] ?? 0));
  }
  const childReports = apportion(totals.CHILD_REPORTS, weights);
  const areas = [{ code: municipality.code, total: totals.CHILD_REPORTS }, ...wijken.map((w, i) => ({ code: w.code, total: childReports[i] ?? 0 }))];
  for (const area of areas) {
    const groups = apportion(area.total, [0.38, 0.09, 0.08, 0.17, 0.02, 0.16, 0.1]);
    REPORTER_GROUPS.forEach((group, i) => push(area.code, "CHILD_REPORTS", "REPORTER_GROUP", group, groups[i] ?? 0));
    const forms = apportion(area.total, [0.14, 0.16, 0.08, 0.12, 0.04, 0.46]);
    ABUSE_FORMS.forEach((form, i) => push(area.code, "CHILD_REPORTS", "FORM", form, forms[i] ?? 0));
  }
  return values;
}

export interface GenerateFiguresResult {
  scopeAreaId: string;
  areas: number;
  deliveries: number;
  values: number;
}

const date = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

/**
 * Writes the generated figures: areas, populations, periods (shared with other data: existing
 * codes are reused), deliveries and values in chunks, and a target like the plan's for the
 * generated municipality (the indicator comes from the migration). Not idempotent: run it on a
 * fresh database, or with another `code`.
 */
export async function generateFigures(db: Db, options: GenerateFiguresOptions = {}): Promise<GenerateFiguresResult> {
  const data = buildGeneratedFigures(options);
  const municipality = await db.area.create({ data: { code: data.municipality.code, name: data.municipality.name, kind: "MUNICIPALITY" }, select: { id: true } });
  await db.area.createMany({ data: data.wijken.map((w) => ({ code: w.code, name: w.name, kind: "WIJK" as const, parentId: municipality.id })) });
  const areaIds = new Map((await db.area.findMany({ where: { code: { startsWith: data.municipality.code } }, select: { id: true, code: true } })).map((a) => [a.code, a.id]));
  const areaId = (code: string): string => areaIds.get(code) ?? "";
  await db.areaPopulation.createMany({ data: data.populations.map((p) => ({ areaId: areaId(p.areaCode), year: p.year, children0to17: p.children0to17, source: "gegenereerd" })) });
  await db.figurePeriod.createMany({ data: data.periods.map((p) => ({ ...p, startsOn: date(p.startsOn), endsOn: date(p.endsOn) })), skipDuplicates: true });
  const periodIds = new Map((await db.figurePeriod.findMany({ where: { code: { in: data.periods.map((p) => p.code) } }, select: { id: true, code: true } })).map((p) => [p.code, p.id]));

  const deliveries = data.deliveries.map((d) => ({
    id: randomUUID(),
    periodId: periodIds.get(d.periodCode) ?? "",
    scopeAreaId: municipality.id,
    version: 1,
    source: "Gegenereerd (benchmark)",
    deliveredAt: date(`${d.periodCode.slice(0, 4)}-12-31`),
    provisional: d.provisional,
    method: "SEED" as const,
  }));
  await db.figureDelivery.createMany({ data: deliveries });
  const values = data.deliveries.flatMap((d, i) =>
    d.values.map((v) => ({ deliveryId: deliveries[i]?.id ?? "", areaId: areaId(v.areaCode), measure: v.measure, breakdownKind: v.breakdownKind, breakdownKey: v.breakdownKey, value: v.value, status: v.status })),
  );
  for (let i = 0; i < values.length; i += 5_000) await db.figureValue.createMany({ data: values.slice(i, i + 5_000) });

  const indicator = await db.indicator.findUnique({ where: { key: INDICATOR_KEY_CONFIRMED_ABUSE }, select: { id: true } });
  if (indicator) {
    const last = data.periods.at(-1)?.year ?? 2018;
    await db.target.create({
      data: { indicatorId: indicator.id, areaId: municipality.id, threshold: 3, direction: "BELOW", deadline: date(`${last}-12-31`), baselineValue: 3.14, baselineYear: last - 4 },
    });
  }
  return { scopeAreaId: municipality.id, areas: data.wijken.length + 1, deliveries: deliveries.length, values: values.length };
}

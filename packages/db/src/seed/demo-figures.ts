import type { AreaKind, FigureBreakdownKind, FigureMeasure, FigurePeriodKind, FigureValueStatus } from "../generated/prisma/enums.ts";

/**
 * Demo Veilig Thuis figures (issue 6) for the demo municipality Zwijndrecht, 2014–2018: a year
 * delivery for every year and half-year deliveries for 2017 and 2018 (the plan's period), for the
 * municipality and its six wijken (the areas of the sociale kaart, which together cover the
 * municipality). Fictitious numbers shaped to the plan (domain.md, "The plan the portal serves"):
 * confirmed abuse 3.14% of children 0–17 in 2014 (the Kinderen in Tel baseline) falling to just
 * under 3% in 2018, while advice requests and reports rise (higher willingness to report).
 *
 * Everything is computed here, without the database, so tests can check the numbers: wijk counts
 * add up to the municipality's, breakdowns add up to their total, a 2017/2018 year is the sum of
 * its half years. A few values are MISSING or SUPPRESSED (never stored as 0), 2017-H2 was
 * corrected by a version 2 (the first version is kept) and the 2018 figures are provisional.
 */

export const REPORTER_GROUPS = ["POLITIE", "ONDERWIJS", "HUISARTS_MEDISCH", "JEUGDHULP_WIJKTEAM", "KINDEROPVANG", "BURGER_OMGEVING", "OVERIG"] as const;
export type ReporterGroup = (typeof REPORTER_GROUPS)[number];

/** The five forms of child abuse (domain.md) plus children witnessing domestic violence. */
export const ABUSE_FORMS = [
  "LICHAMELIJKE_MISHANDELING",
  "PSYCHISCHE_MISHANDELING",
  "LICHAMELIJKE_VERWAARLOZING",
  "PSYCHISCHE_VERWAARLOZING",
  "SEKSUEEL_MISBRUIK",
  "GETUIGE_HUISELIJK_GEWELD",
] as const;
export type AbuseForm = (typeof ABUSE_FORMS)[number];

export interface DemoArea {
  code: string;
  name: string;
  kind: AreaKind;
  parentCode: string | null;
}

export const DEMO_REGION_CODE = "VT-ZHZ";
export const DEMO_MUNICIPALITY_CODE = "GM0642";

/** Wijk, its share of the municipality's children and its relative risk (demo). */
interface DemoWijk {
  code: string;
  name: string;
  share: number;
  risk: number;
}

const WIJKEN: readonly DemoWijk[] = [
  { code: "WK064201", name: "Centrum", share: 0.11, risk: 1.15 },
  { code: "WK064202", name: "Walburg", share: 0.21, risk: 1.25 },
  { code: "WK064203", name: "Noord", share: 0.18, risk: 1.05 },
  { code: "WK064204", name: "Kort Ambacht", share: 0.22, risk: 0.8 },
  { code: "WK064205", name: "Heer Oudelands Ambacht", share: 0.16, risk: 0.85 },
  { code: "WK064206", name: "Oostendam", share: 0.12, risk: 0.95 },
];

/**
 * The neighbours in the demo region (issue 18): Dordrecht and Papendrecht, CBS gemeentecodes real,
 * wijk codes CBS-style, names and every figure fictitious (demo). Their figures are Zwijndrecht's
 * shaped to their number of children and a relative risk, so the comparison has three different
 * sizes; Papendrecht's 2014 advice requests are a small count, so suppression has work across
 * the comparison.
 */
export interface DemoNeighbour {
  code: string;
  name: string;
  wijken: readonly DemoWijk[];
  /** Children 0–17 on 1 January. */
  children: Readonly<Record<number, number>>;
  /** Risk relative to Zwijndrecht (per child). */
  risk: number;
}

export const DEMO_NEIGHBOURS: readonly DemoNeighbour[] = [
  {
    code: "GM0505",
    name: "Dordrecht",
    wijken: [
      { code: "WK050501", name: "Binnenstad", share: 0.09, risk: 1.2 },
      { code: "WK050502", name: "Krispijn", share: 0.14, risk: 1.35 },
      { code: "WK050503", name: "Wielwijk", share: 0.12, risk: 1.3 },
      { code: "WK050504", name: "Sterrenburg", share: 0.18, risk: 0.85 },
      { code: "WK050505", name: "Stadspolders", share: 0.21, risk: 0.8 },
      { code: "WK050506", name: "Dubbeldam", share: 0.26, risk: 0.75 },
    ],
    children: { 2014: 25_300, 2015: 25_180, 2016: 25_050, 2017: 24_960, 2018: 24_900 },
    risk: 1.1,
  },
  {
    code: "GM0590",
    name: "Papendrecht",
    wijken: [
      { code: "WK059001", name: "Oud-Papendrecht", share: 0.22, risk: 1.1 },
      { code: "WK059002", name: "Westpolder", share: 0.3, risk: 1 },
      { code: "WK059003", name: "Oostpolder", share: 0.28, risk: 0.9 },
      { code: "WK059004", name: "Kraaihoek", share: 0.2, risk: 0.95 },
    ],
    children: { 2014: 7_080, 2015: 7_050, 2016: 7_020, 2017: 7_000, 2018: 6_980 },
    risk: 0.85,
  },
];

/** The demo region's municipality codes: Zwijndrecht first, then the neighbours. */
export const DEMO_REGION_MUNICIPALITY_CODES: readonly string[] = ["GM0642", ...DEMO_NEIGHBOURS.map((n) => n.code)];

export const DEMO_AREAS: readonly DemoArea[] = [
  { code: DEMO_REGION_CODE, name: "Veilig Thuis Zuid-Holland Zuid", kind: "VT_REGION", parentCode: null },
  { code: DEMO_MUNICIPALITY_CODE, name: "Zwijndrecht", kind: "MUNICIPALITY", parentCode: DEMO_REGION_CODE },
  ...WIJKEN.map((wijk) => ({ code: wijk.code, name: wijk.name, kind: "WIJK" as const, parentCode: DEMO_MUNICIPALITY_CODE })),
  ...DEMO_NEIGHBOURS.flatMap((n): DemoArea[] => [
    { code: n.code, name: n.name, kind: "MUNICIPALITY", parentCode: DEMO_REGION_CODE },
    ...n.wijken.map((wijk) => ({ code: wijk.code, name: wijk.name, kind: "WIJK" as const, parentCode: n.code })),
  ]),
];

export interface DemoPopulation {
  areaCode: string;
  year: number;
  children0to17: number;
  source: string;
}

const MUNICIPAL_CHILDREN: Readonly<Record<number, number>> = { 2014: 8920, 2015: 8880, 2016: 8850, 2017: 8830, 2018: 8800 };
const POPULATION_SOURCE = "CBS StatLine 03759ned, bevolking op 1 januari (demo)";

function populationsOf(code: string, wijken: readonly DemoWijk[], children: Readonly<Record<number, number>>): DemoPopulation[] {
  return Object.entries(children).flatMap(([yearText, total]) => {
    const year = Number(yearText);
    const parts = apportion(total, wijken.map((w) => w.share));
    return [
      { areaCode: code, year, children0to17: total, source: POPULATION_SOURCE },
      ...wijken.map((wijk, i) => ({ areaCode: wijk.code, year, children0to17: parts[i] ?? 0, source: POPULATION_SOURCE })),
    ];
  });
}

/** Children 0–17 of every municipality of the demo region and its wijken. */
export const DEMO_POPULATIONS: readonly DemoPopulation[] = [
  ...populationsOf(DEMO_MUNICIPALITY_CODE, WIJKEN, MUNICIPAL_CHILDREN),
  ...DEMO_NEIGHBOURS.flatMap((n) => populationsOf(n.code, n.wijken, n.children)),
];

export interface DemoPeriod {
  code: string;
  kind: FigurePeriodKind;
  year: number;
  half: 1 | 2 | null;
  label: string;
  startsOn: string;
  endsOn: string;
}

function yearPeriod(year: number): DemoPeriod {
  return { code: String(year), kind: "YEAR", year, half: null, label: String(year), startsOn: `${year}-01-01`, endsOn: `${year}-12-31` };
}

function halfYearPeriod(year: number, half: 1 | 2): DemoPeriod {
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

export const DEMO_PERIODS: readonly DemoPeriod[] = [
  ...[2014, 2015, 2016, 2017, 2018].map(yearPeriod),
  halfYearPeriod(2017, 1),
  halfYearPeriod(2017, 2),
  halfYearPeriod(2018, 1),
  halfYearPeriod(2018, 2),
];

export interface DemoFigureValue {
  areaCode: string;
  measure: FigureMeasure;
  breakdownKind: FigureBreakdownKind;
  /** "" for NONE. */
  breakdownKey: string;
  value: number | null;
  status: FigureValueStatus;
}

export interface DemoDelivery {
  periodCode: string;
  scopeAreaCode: string;
  version: number;
  source: string;
  deliveredAt: string;
  provisional: boolean;
  note: string;
  values: DemoFigureValue[];
}

type Totals = Record<FigureMeasure, number>;

/** Municipal totals per period; 2017 and 2018 are the sums of their half years. */
const TOTALS: Readonly<Record<string, Totals>> = {
  "2014": { ADVICE_REQUESTS: 520, REPORTS: 560, CHILD_REPORTS: 330, CHILDREN_INVOLVED: 470, INVESTIGATIONS_COMPLETED: 395, ABUSE_CONFIRMED: 280 },
  "2015": { ADVICE_REQUESTS: 560, REPORTS: 600, CHILD_REPORTS: 352, CHILDREN_INVOLVED: 495, INVESTIGATIONS_COMPLETED: 405, ABUSE_CONFIRMED: 282 },
  "2016": { ADVICE_REQUESTS: 610, REPORTS: 650, CHILD_REPORTS: 371, CHILDREN_INVOLVED: 520, INVESTIGATIONS_COMPLETED: 400, ABUSE_CONFIRMED: 274 },
  "2017-H1": { ADVICE_REQUESTS: 320, REPORTS: 341, CHILD_REPORTS: 191, CHILDREN_INVOLVED: 267, INVESTIGATIONS_COMPLETED: 194, ABUSE_CONFIRMED: 131 },
  "2017-H2": { ADVICE_REQUESTS: 345, REPORTS: 369, CHILD_REPORTS: 207, CHILDREN_INVOLVED: 289, INVESTIGATIONS_COMPLETED: 210, ABUSE_CONFIRMED: 137 },
  "2018-H1": { ADVICE_REQUESTS: 346, REPORTS: 374, CHILD_REPORTS: 206, CHILDREN_INVOLVED: 287, INVESTIGATIONS_COMPLETED: 197, ABUSE_CONFIRMED: 128 },
  "2018-H2": { ADVICE_REQUESTS: 374, REPORTS: 406, CHILD_REPORTS: 224, CHILDREN_INVOLVED: 311, INVESTIGATIONS_COMPLETED: 213, ABUSE_CONFIRMED: 133 },
};

const MEASURES: readonly FigureMeasure[] = ["ADVICE_REQUESTS", "REPORTS", "CHILD_REPORTS", "CHILDREN_INVOLVED", "INVESTIGATIONS_COMPLETED", "ABUSE_CONFIRMED"];
const REPORTER_GROUP_SHARES: Readonly<Record<ReporterGroup, number>> = {
  POLITIE: 0.38,
  ONDERWIJS: 0.09,
  HUISARTS_MEDISCH: 0.08,
  JEUGDHULP_WIJKTEAM: 0.17,
  KINDEROPVANG: 0.02,
  BURGER_OMGEVING: 0.16,
  OVERIG: 0.1,
};
const FORM_SHARES: Readonly<Record<AbuseForm, number>> = {
  LICHAMELIJKE_MISHANDELING: 0.14,
  PSYCHISCHE_MISHANDELING: 0.16,
  LICHAMELIJKE_VERWAARLOZING: 0.08,
  PSYCHISCHE_VERWAARLOZING: 0.12,
  SEKSUEEL_MISBRUIK: 0.04,
  GETUIGE_HUISELIJK_GEWELD: 0.46,
};

/** Walburg's risk falls over the years (the plan's extra effort there); the others stay. */
function wijkWeights(year: number): number[] {
  return WIJKEN.map((wijk) => wijk.share * (wijk.name === "Walburg" ? wijk.risk - 0.03 * (year - 2014) : wijk.risk));
}

/** Integers proportional to `weights` that add up to `total` exactly (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

function value(areaCode: string, measure: FigureMeasure, breakdownKind: FigureBreakdownKind, breakdownKey: string, count: number): DemoFigureValue {
  return { areaCode, measure, breakdownKind, breakdownKey, value: count, status: "VALUE" };
}

/** All values of one period, consistent: wijken add up to the municipality, breakdowns to their total. */
function generate(year: number, totals: Totals, code: string = DEMO_MUNICIPALITY_CODE, wijken: readonly DemoWijk[] = WIJKEN, weights: readonly number[] = wijkWeights(year)): DemoFigureValue[] {
  const values: DemoFigureValue[] = [];
  const wijkChildReports: number[] = [];
  for (const measure of MEASURES) {
    const parts = apportion(totals[measure], weights);
    values.push(value(code, measure, "NONE", "", totals[measure]));
    wijken.forEach((wijk, i) => values.push(value(wijk.code, measure, "NONE", "", parts[i] ?? 0)));
    if (measure === "CHILD_REPORTS") wijkChildReports.push(...parts);
  }
  const groups = apportion(totals.CHILD_REPORTS, REPORTER_GROUPS.map((g) => REPORTER_GROUP_SHARES[g]));
  REPORTER_GROUPS.forEach((group, i) => values.push(value(code, "CHILD_REPORTS", "REPORTER_GROUP", group, groups[i] ?? 0)));
  const formTotals = ABUSE_FORMS.map(() => 0);
  wijken.forEach((wijk, w) => {
    const forms = apportion(wijkChildReports[w] ?? 0, ABUSE_FORMS.map((f) => FORM_SHARES[f]));
    ABUSE_FORMS.forEach((form, f) => {
      values.push(value(wijk.code, "CHILD_REPORTS", "FORM", form, forms[f] ?? 0));
      formTotals[f] = (formTotals[f] ?? 0) + (forms[f] ?? 0);
    });
  });
  ABUSE_FORMS.forEach((form, f) => values.push(value(code, "CHILD_REPORTS", "FORM", form, formTotals[f] ?? 0)));
  return values;
}

const keyOf = (v: Pick<DemoFigureValue, "areaCode" | "measure" | "breakdownKind" | "breakdownKey">): string => `${v.areaCode}|${v.measure}|${v.breakdownKind}|${v.breakdownKey}`;

function sumValues(a: readonly DemoFigureValue[], b: readonly DemoFigureValue[]): DemoFigureValue[] {
  const other = new Map(b.map((v) => [keyOf(v), v.value ?? 0]));
  return a.map((v) => ({ ...v, value: (v.value ?? 0) + (other.get(keyOf(v)) ?? 0), status: "VALUE" }));
}

function adjust(values: DemoFigureValue[], areaCode: string, measure: FigureMeasure, change: (v: DemoFigureValue) => Partial<DemoFigureValue>, breakdown: [FigureBreakdownKind, string] = ["NONE", ""]): void {
  const index = values.findIndex((v) => keyOf(v) === keyOf({ areaCode, measure, breakdownKind: breakdown[0], breakdownKey: breakdown[1] }));
  const current = values[index];
  if (!current) throw new Error(`No demo value ${areaCode} ${measure} ${breakdown.join(" ")}`);
  values[index] = { ...current, ...change(current) };
}

const suppressed = (): Partial<DemoFigureValue> => ({ value: null, status: "SUPPRESSED" });
const missing = (): Partial<DemoFigureValue> => ({ value: null, status: "MISSING" });
const WALBURG = "WK064202";
const CENTRUM = "WK064201";
const OOSTENDAM = "WK064206";
const VEILIG_THUIS = "Veilig Thuis Zuid-Holland Zuid";

function buildDeliveries(): DemoDelivery[] {
  const halves = Object.fromEntries(["2017-H1", "2017-H2", "2018-H1", "2018-H2"].map((code) => [code, generate(Number(code.slice(0, 4)), TOTALS[code] as Totals)]));
  const full = (code: string): DemoFigureValue[] => halves[code] ?? [];
  const years: Record<string, DemoFigureValue[]> = {
    "2014": generate(2014, TOTALS["2014"] as Totals),
    "2015": generate(2015, TOTALS["2015"] as Totals),
    "2016": generate(2016, TOTALS["2016"] as Totals),
    "2017": sumValues(full("2017-H1"), full("2017-H2")),
    "2018": sumValues(full("2018-H1"), full("2018-H2")),
  };

  // 2014, before Veilig Thuis: the AMK did not register advice requests per wijk, nor
  // kinderopvang as a separate reporter group (counted under "overig").
  const y2014 = years["2014"] ?? [];
  for (const wijk of WIJKEN) adjust(y2014, wijk.code, "ADVICE_REQUESTS", missing);
  const kinderopvang = y2014.find((v) => v.areaCode === DEMO_MUNICIPALITY_CODE && v.breakdownKey === "KINDEROPVANG")?.value ?? 0;
  adjust(y2014, DEMO_MUNICIPALITY_CODE, "CHILD_REPORTS", missing, ["REPORTER_GROUP", "KINDEROPVANG"]);
  adjust(y2014, DEMO_MUNICIPALITY_CODE, "CHILD_REPORTS", (v) => ({ value: (v.value ?? 0) + kinderopvang }), ["REPORTER_GROUP", "OVERIG"]);

  // Small counts that Veilig Thuis does not pass on per wijk in a half year.
  const halfYearValues = (code: string): DemoFigureValue[] => (halves[code] ?? []).map((v) => ({ ...v }));
  const delivered = Object.fromEntries(Object.keys(halves).map((code) => [code, halfYearValues(code)]));
  for (const code of Object.keys(delivered)) {
    for (const wijk of [CENTRUM, OOSTENDAM]) adjust(delivered[code] ?? [], wijk, "CHILD_REPORTS", suppressed, ["FORM", "SEKSUEEL_MISBRUIK"]);
  }
  // After Veilig Thuis changed its registration system, Oostendam's confirmed cases could not be
  // placed in time for the 2018-H1 delivery (the year delivery has them).
  adjust(delivered["2018-H1"] ?? [], OOSTENDAM, "ABUSE_CONFIRMED", missing);

  // 2017-H2 was first delivered before four investigations in Walburg had been completed.
  const firstVersion = (delivered["2017-H2"] ?? []).map((v) => ({ ...v }));
  for (const area of [WALBURG, DEMO_MUNICIPALITY_CODE]) {
    for (const measure of ["INVESTIGATIONS_COMPLETED", "ABUSE_CONFIRMED"] as const) adjust(firstVersion, area, measure, (v) => ({ value: (v.value ?? 0) - 4 }));
  }

  const delivery = (periodCode: string, values: DemoFigureValue[], rest: Partial<DemoDelivery> & Pick<DemoDelivery, "deliveredAt">): DemoDelivery => ({
    periodCode,
    scopeAreaCode: DEMO_MUNICIPALITY_CODE,
    version: 1,
    source: VEILIG_THUIS,
    provisional: false,
    note: "",
    values,
    ...rest,
  });
  return [
    delivery("2014", y2014, { deliveredAt: "2015-04-15", source: "AMK en SHG Zuid-Holland Zuid (voorgangers van Veilig Thuis)" }),
    delivery("2015", years["2015"] ?? [], { deliveredAt: "2016-04-15" }),
    delivery("2016", years["2016"] ?? [], { deliveredAt: "2017-04-14" }),
    delivery("2017-H1", delivered["2017-H1"] ?? [], { deliveredAt: "2017-09-15" }),
    delivery("2017-H2", firstVersion, { deliveredAt: "2018-02-15", provisional: true, note: "Eerste levering; vier onderzoeken in Walburg liepen nog." }),
    delivery("2017-H2", delivered["2017-H2"] ?? [], {
      deliveredAt: "2018-04-16",
      version: 2,
      note: "Correctie van Veilig Thuis: vier onderzoeken in Walburg zijn afgerond met bevestigde kindermishandeling.",
    }),
    delivery("2017", years["2017"] ?? [], { deliveredAt: "2018-04-16" }),
    delivery("2018-H1", delivered["2018-H1"] ?? [], {
      deliveredAt: "2018-09-14",
      note: "Bevestigde kindermishandeling in Oostendam ontbreekt: na de overgang op een nieuw registratiesysteem waren de adressen nog niet aan wijken gekoppeld.",
    }),
    delivery("2018-H2", delivered["2018-H2"] ?? [], { deliveredAt: "2019-02-15", provisional: true, note: "Voorlopige cijfers." }),
    delivery("2018", years["2018"] ?? [], { deliveredAt: "2019-02-15", provisional: true, note: "Voorlopige cijfers; de definitieve volgen na afronding van de lopende onderzoeken." }),
  ];
}

/** Zwijndrecht's deliveries (the plan's municipality). */
export const DEMO_DELIVERIES: readonly DemoDelivery[] = buildDeliveries();

/** Zwijndrecht's totals scaled to a neighbour: its children against Zwijndrecht's, times its relative risk. */
function neighbourTotals(neighbour: DemoNeighbour, code: string): Totals {
  const year = Number(code.slice(0, 4));
  const factor = ((neighbour.children[year] ?? 0) / (MUNICIPAL_CHILDREN[year] ?? 1)) * neighbour.risk;
  const zwijndrecht = TOTALS[code] as Totals;
  return Object.fromEntries(MEASURES.map((m) => [m, Math.round(zwijndrecht[m] * factor)])) as Totals;
}

/** A neighbour's small count, so the comparison has a cell to hide (demo): Papendrecht's advice requests in 2014. */
const SMALL_ADVICE_2014: Readonly<Record<string, number>> = { GM0590: 8 };

/**
 * A neighbour's deliveries: a year for 2014–2016, half years for 2017 and 2018 and the years as
 * their sums, 2018 provisional; in 2014 (the AMK) no advice requests per wijk and no kinderopvang
 * as a reporter group, as for Zwijndrecht. One version each.
 */
function buildNeighbourDeliveries(neighbour: DemoNeighbour): DemoDelivery[] {
  const weights = neighbour.wijken.map((w) => w.share * w.risk);
  const of = (code: string): DemoFigureValue[] => generate(Number(code.slice(0, 4)), neighbourTotals(neighbour, code), neighbour.code, neighbour.wijken, weights);
  const halves = Object.fromEntries(["2017-H1", "2017-H2", "2018-H1", "2018-H2"].map((code) => [code, of(code)]));
  const y2014 = of("2014");
  for (const wijk of neighbour.wijken) adjust(y2014, wijk.code, "ADVICE_REQUESTS", missing);
  const small = SMALL_ADVICE_2014[neighbour.code];
  if (small !== undefined) adjust(y2014, neighbour.code, "ADVICE_REQUESTS", () => ({ value: small }));
  const kinderopvang = y2014.find((v) => v.areaCode === neighbour.code && v.breakdownKey === "KINDEROPVANG")?.value ?? 0;
  adjust(y2014, neighbour.code, "CHILD_REPORTS", missing, ["REPORTER_GROUP", "KINDEROPVANG"]);
  adjust(y2014, neighbour.code, "CHILD_REPORTS", (v) => ({ value: (v.value ?? 0) + kinderopvang }), ["REPORTER_GROUP", "OVERIG"]);
  const delivery = (periodCode: string, values: DemoFigureValue[], deliveredAt: string, provisional = false, note = ""): DemoDelivery => ({
    periodCode,
    scopeAreaCode: neighbour.code,
    version: 1,
    source: periodCode === "2014" ? "AMK en SHG Zuid-Holland Zuid (voorgangers van Veilig Thuis)" : VEILIG_THUIS,
    deliveredAt,
    provisional,
    note,
    values,
  });
  return [
    delivery("2014", y2014, "2015-04-15", false, small === undefined ? "" : "Het AMK registreerde adviesvragen uit deze gemeente in 2014 grotendeels onder Dordrecht (demo)."),
    delivery("2015", of("2015"), "2016-04-15"),
    delivery("2016", of("2016"), "2017-04-14"),
    delivery("2017-H1", halves["2017-H1"] ?? [], "2017-09-15"),
    delivery("2017-H2", halves["2017-H2"] ?? [], "2018-04-16"),
    delivery("2017", sumValues(halves["2017-H1"] ?? [], halves["2017-H2"] ?? []), "2018-04-16"),
    delivery("2018-H1", halves["2018-H1"] ?? [], "2018-09-14"),
    delivery("2018-H2", halves["2018-H2"] ?? [], "2019-02-15", true, "Voorlopige cijfers."),
    delivery("2018", sumValues(halves["2018-H1"] ?? [], halves["2018-H2"] ?? []), "2019-02-15", true, "Voorlopige cijfers."),
  ];
}

/** Every delivery of the demo region: Zwijndrecht's, then the neighbours'. */
export const DEMO_REGION_DELIVERIES: readonly DemoDelivery[] = [...DEMO_DELIVERIES, ...DEMO_NEIGHBOURS.flatMap(buildNeighbourDeliveries)];

export const INDICATOR_KEY_CONFIRMED_ABUSE = "bevestigde-kindermishandeling";

/** Reference data: also inserted by the migration *_vt_indicator_reference (same key and text). */
export const CONFIRMED_ABUSE_INDICATOR = {
  key: INDICATOR_KEY_CONFIRMED_ABUSE,
  name: "Bevestigde kindermishandeling",
  definition:
    "Percentage kinderen van 0 tot en met 17 jaar bij wie na een melding en onderzoek kindermishandeling is bevestigd. " +
    "Teller: het aantal kinderen met bevestigde kindermishandeling na onderzoek in de periode. " +
    "Noemer: het aantal kinderen van 0 tot en met 17 jaar in het gebied op 1 januari van het jaar. " +
    "Definitie van Kinderen in Tel (Verwey-Jonker Instituut); niet te verwarren met het aantal meldingen of het aantal gemelde kinderen.",
  numeratorMeasure: "ABUSE_CONFIRMED",
  denominator: "CHILDREN_0_17",
  unit: "PERCENT",
  source: "Kinderen in Tel (Verwey-Jonker Instituut)",
} as const;

/** The plan's target (domain.md): below 3% by the end of 2018, baseline 3.14% in 2014. */
export const DEMO_TARGET = {
  indicatorKey: INDICATOR_KEY_CONFIRMED_ABUSE,
  areaCode: DEMO_MUNICIPALITY_CODE,
  threshold: 3,
  direction: "BELOW",
  deadline: "2018-12-31",
  baselineValue: 3.14,
  baselineYear: 2014,
  description:
    "Eind 2018 is het percentage kinderen dat wordt mishandeld in Zwijndrecht gedaald tot onder de 3% " +
    "(Geïntensiveerde aanpak kindermishandeling 2017-2018). Nulmeting: 3,14% in 2014 (Kinderen in Tel).",
} as const;

export interface DemoTarget {
  indicatorKey: string;
  areaCode: string;
  threshold: number;
  direction: "BELOW" | "ABOVE";
  deadline: string;
  baselineValue: number;
  baselineYear: number;
  description: string;
}

/** The confirmed-abuse percentage of a neighbour in 2014 (its baseline), two decimals. */
function neighbourBaseline(neighbour: DemoNeighbour): number {
  const y2014 = DEMO_REGION_DELIVERIES.find((d) => d.scopeAreaCode === neighbour.code && d.periodCode === "2014");
  const confirmed = y2014?.values.find((v) => v.areaCode === neighbour.code && v.measure === "ABUSE_CONFIRMED" && v.breakdownKind === "NONE")?.value ?? 0;
  return Math.round((confirmed / (neighbour.children[2014] ?? 1)) * 10_000) / 100;
}

/** Every municipality's own target (issue 18: targets per municipality): Zwijndrecht's plan, and the neighbours' (demo). */
export const DEMO_TARGETS: readonly DemoTarget[] = [
  DEMO_TARGET,
  ...DEMO_NEIGHBOURS.map((n): DemoTarget => {
    const baselineValue = neighbourBaseline(n);
    const threshold = Math.floor((baselineValue - 0.1) * 10) / 10;
    const text = (x: number) => x.toLocaleString("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 2 });
    return {
      indicatorKey: INDICATOR_KEY_CONFIRMED_ABUSE,
      areaCode: n.code,
      threshold,
      direction: "BELOW",
      deadline: "2018-12-31",
      baselineValue,
      baselineYear: 2014,
      description: `Eind 2018 is het percentage kinderen dat wordt mishandeld in ${n.name} gedaald tot onder de ${text(threshold)}% (demo). Nulmeting: ${text(baselineValue)}% in 2014.`,
    };
  }),
];

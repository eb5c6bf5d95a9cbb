/*
 * Plain TypeScript mirrors of the issue 6 data model (prisma/schema.prisma, section "Veilig Thuis
 * figures"), so the import parsers stay pure and need no database. The names match the Prisma enums.
 */

export const FIGURE_MEASURES = [
  "ADVICE_REQUESTS",
  "REPORTS",
  "CHILD_REPORTS",
  "CHILDREN_INVOLVED",
  "INVESTIGATIONS_COMPLETED",
  "ABUSE_CONFIRMED",
] as const;
export type FigureMeasure = (typeof FIGURE_MEASURES)[number];

export const BREAKDOWN_KINDS = ["NONE", "REPORTER_GROUP", "FORM"] as const;
export type BreakdownKind = (typeof BREAKDOWN_KINDS)[number];

export const REPORTER_GROUPS = [
  "POLITIE",
  "ONDERWIJS",
  "HUISARTS_MEDISCH",
  "JEUGDHULP_WIJKTEAM",
  "KINDEROPVANG",
  "BURGER_OMGEVING",
  "OVERIG",
] as const;
export type ReporterGroup = (typeof REPORTER_GROUPS)[number];

export const VIOLENCE_FORMS = [
  "LICHAMELIJKE_MISHANDELING",
  "PSYCHISCHE_MISHANDELING",
  "LICHAMELIJKE_VERWAARLOZING",
  "PSYCHISCHE_VERWAARLOZING",
  "SEKSUEEL_MISBRUIK",
  "GETUIGE_HUISELIJK_GEWELD",
] as const;
export type ViolenceForm = (typeof VIOLENCE_FORMS)[number];

export const FIGURE_STATUSES = ["VALUE", "MISSING", "SUPPRESSED"] as const;
/** VALUE: a number; MISSING: not delivered; SUPPRESSED: unknown or secret at the source ("." in CBS tables). Never 0. */
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

export type PeriodKind = "HALF_YEAR" | "YEAR";

export interface FigurePeriodRef {
  kind: PeriodKind;
  year: number;
  /** 1 or 2 for a half year, null for a year. */
  half: 1 | 2 | null;
}

/** The breakdowns whose parts exclude each other: every report has one reporter group, so the parts add up to at most the total. */
export const EXCLUSIVE_BREAKDOWNS: ReadonlySet<BreakdownKind> = new Set(["REPORTER_GROUP"]);

/** Dutch names, for messages. */
export const MEASURE_LABELS: Record<FigureMeasure, string> = {
  ADVICE_REQUESTS: "adviezen",
  REPORTS: "meldingen",
  CHILD_REPORTS: "meldingen kindermishandeling",
  CHILDREN_INVOLVED: "betrokken kinderen",
  INVESTIGATIONS_COMPLETED: "afgeronde onderzoeken",
  ABUSE_CONFIRMED: "bevestigde kindermishandeling",
};

export const BREAKDOWN_LABELS: Record<BreakdownKind, string> = {
  NONE: "geen (totaal)",
  REPORTER_GROUP: "melder",
  FORM: "vorm van geweld",
};

export const KEY_LABELS: Record<ReporterGroup | ViolenceForm, string> = {
  POLITIE: "politie",
  ONDERWIJS: "onderwijs",
  HUISARTS_MEDISCH: "huisarts en medisch",
  JEUGDHULP_WIJKTEAM: "jeugdhulp en wijkteam",
  KINDEROPVANG: "kinderopvang",
  BURGER_OMGEVING: "burger en omgeving",
  OVERIG: "overig",
  LICHAMELIJKE_MISHANDELING: "lichamelijke mishandeling",
  PSYCHISCHE_MISHANDELING: "psychische mishandeling",
  LICHAMELIJKE_VERWAARLOZING: "lichamelijke verwaarlozing",
  PSYCHISCHE_VERWAARLOZING: "psychische verwaarlozing",
  SEKSUEEL_MISBRUIK: "seksueel misbruik",
  GETUIGE_HUISELIJK_GEWELD: "getuige van huiselijk geweld",
};

/**
 * Text for matching names: lower case, no accents or apostrophes, "&" as "en", "(aantal)" and other
 * unit notes dropped, every other non-letter as one space. "Regio's" → "regios", "HUISARTS_MEDISCH" →
 * "huisarts medisch", "Huisarts/medisch (aantal)" → "huisarts medisch".
 */
export function normaliseName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/\((aantal|x ?1 ?000|%|procent)\)/g, " ")
    .replace(/&/g, " en ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function aliasTable<T extends string>(entries: Record<T, string[]>): Map<string, T> {
  const table = new Map<string, T>();
  for (const [value, aliases] of Object.entries(entries) as Array<[T, string[]]>) {
    table.set(normaliseName(value), value);
    for (const alias of aliases) table.set(normaliseName(alias), value);
  }
  return table;
}

export const MEASURE_ALIASES = aliasTable<FigureMeasure>({
  ADVICE_REQUESTS: ["adviezen", "totaal adviezen", "adviesvragen", "adviesaanvragen", "advies", "advice requests"],
  REPORTS: ["meldingen", "totaal meldingen", "ontvangen meldingen", "reports"],
  CHILD_REPORTS: [
    "meldingen kindermishandeling",
    "meldingen over kindermishandeling",
    "kindermishandeling meldingen",
    "ontvangen meldingen kindermishandeling",
    "child reports",
  ],
  CHILDREN_INVOLVED: ["betrokken kinderen", "kinderen betrokken bij melding", "kinderen betrokken bij meldingen", "kinderen in meldingen", "children involved"],
  INVESTIGATIONS_COMPLETED: ["afgeronde onderzoeken", "onderzoeken afgerond", "afgesloten onderzoeken", "investigations completed"],
  ABUSE_CONFIRMED: ["bevestigde kindermishandeling", "kindermishandeling bevestigd", "vastgestelde kindermishandeling", "abuse confirmed"],
});

export const BREAKDOWN_ALIASES = aliasTable<BreakdownKind>({
  NONE: ["geen", "totaal", "geen uitsplitsing", "none"],
  REPORTER_GROUP: ["melder", "melders", "meldergroep", "soort melder", "type melder", "reporter group"],
  FORM: ["vorm", "vorm van geweld", "vormen van geweld", "vorm van kindermishandeling", "aard van het geweld", "soort geweld", "form"],
});

export const KEY_ALIASES = aliasTable<ReporterGroup | ViolenceForm>({
  POLITIE: ["politie"],
  ONDERWIJS: ["onderwijs", "school"],
  HUISARTS_MEDISCH: ["huisarts en medisch", "huisarts/medisch", "huisarts", "medisch", "medische beroepsgroep"],
  JEUGDHULP_WIJKTEAM: ["jeugdhulp en wijkteam", "jeugdhulp/wijkteam", "jeugdhulp", "wijkteam", "sociaal wijkteam"],
  KINDEROPVANG: ["kinderopvang"],
  BURGER_OMGEVING: ["burger en omgeving", "burger/omgeving", "burger", "omgeving", "familie buren omgeving"],
  OVERIG: ["overig", "overige", "overige melders", "anders"],
  LICHAMELIJKE_MISHANDELING: ["lichamelijke mishandeling", "fysieke mishandeling"],
  PSYCHISCHE_MISHANDELING: ["psychische mishandeling", "emotionele mishandeling"],
  LICHAMELIJKE_VERWAARLOZING: ["lichamelijke verwaarlozing", "fysieke verwaarlozing"],
  PSYCHISCHE_VERWAARLOZING: ["psychische verwaarlozing", "emotionele verwaarlozing"],
  SEKSUEEL_MISBRUIK: ["seksueel misbruik", "seksuele mishandeling"],
  GETUIGE_HUISELIJK_GEWELD: ["getuige van huiselijk geweld", "getuige huiselijk geweld", "getuige zijn van huiselijk geweld"],
});

/** Names that stand for "all parts together" in a breakdown column ("Totaal vormen van geweld"). */
export function isTotalName(text: string): boolean {
  const name = normaliseName(text);
  return name === "" || name === "totaal" || name.startsWith("totaal ") || name === "alle vormen" || name === "alle melders";
}

export function breakdownKindOfKey(key: ReporterGroup | ViolenceForm): BreakdownKind {
  return (REPORTER_GROUPS as readonly string[]).includes(key) ? "REPORTER_GROUP" : "FORM";
}

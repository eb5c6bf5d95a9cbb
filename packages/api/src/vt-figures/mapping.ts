import { createHash } from "node:crypto";
import type { ImportTable } from "../directory-import/read-table.ts";
import {
  type BreakdownKind,
  type FigureMeasure,
  KEY_ALIASES,
  MEASURE_ALIASES,
  normaliseName,
  breakdownKindOfKey,
  type ReporterGroup,
  type ViolenceForm,
} from "./import-types.ts";
import { FIGURE_FIELDS, type FigureField } from "./template.ts";

/*
 * The column-mapping step between reading a file and validating it. A column is mapped to
 * - one of our fields (long format: "periode", "gebied", "waarde", … — our template, or a CBS
 *   dimension column such as "Regio's" → gebied, "Vorm van geweld" → sleutel), or
 * - a measure with an optional breakdown key (wide format: a CBS topic column such as
 *   "Meldingen kindermishandeling naar melder/Politie (aantal)": every cell is one value), or
 * - nothing (ignored).
 * The proposal is made by name; the coordinator can change it; a confirmed mapping is remembered by
 * the header's fingerprint (storage comes later) and applied to the next file with the same header.
 */

export type ColumnTarget =
  | { kind: "field"; field: FigureField }
  | { kind: "measure"; measure: FigureMeasure; breakdownKey: ReporterGroup | ViolenceForm | null }
  | { kind: "ignore" };

export type MatchQuality = "exact" | "similar" | "none";

export interface ColumnMapping {
  /** headerFingerprint(header) of the file the mapping was made for. */
  fingerprint: string;
  /** One entry per column, in the file's order. */
  columns: Array<{ header: string; target: ColumnTarget }>;
}

export interface MappingProposal extends ColumnMapping {
  quality: MatchQuality[];
  /** Dutch: what is still missing before the mapping can be applied (empty when complete). */
  problems: string[];
}

const FIELD_ALIASES: Record<FigureField, string[]> = {
  periode: ["periode", "perioden", "period", "tijdvak", "jaar", "verslagperiode"],
  gebied: ["gebied", "gebieden", "regio", "regios", "wijk", "gemeente", "gemeentenaam", "area", "region", "regiocode"],
  maatregel: ["maatregel", "measure", "maat", "cijfer", "soort cijfer", "indicator", "onderwerp", "onderwerpen"],
  uitsplitsing: ["uitsplitsing", "breakdown", "soort uitsplitsing", "uitsplitsing naar"],
  sleutel: [
    "sleutel",
    "key",
    "categorie",
    "vorm van geweld",
    "vormen van geweld",
    "aard van het geweld",
    "soort geweld",
    "vorm van kindermishandeling",
    "melder",
    "melders",
    "soort melder",
    "type melder",
    "meldergroep",
  ],
  waarde: ["waarde", "value", "aantal", "waarden"],
  status: ["status", "statuscode", "waardestatus"],
  voorlopig: ["voorlopig", "provisional", "voorlopige cijfers", "definitief of voorlopig"],
};

const FIELD_LOOKUP = new Map<string, FigureField>();
for (const field of FIGURE_FIELDS) for (const alias of FIELD_ALIASES[field]) FIELD_LOOKUP.set(normaliseName(alias), field);

/** A fingerprint of a header row: the same column names in the same order (ignoring case, accents and spacing) give the same fingerprint. */
export function headerFingerprint(header: readonly string[]): string {
  const names = header.map((cell) => normaliseName(cell));
  while (names.length > 0 && names[names.length - 1] === "") names.pop();
  return `v1:${createHash("sha256").update(names.join("\u001f")).digest("hex").slice(0, 32)}`;
}

/**
 * 1 − edit distance / length of the longer text, where swapping two neighbouring letters counts as one
 * edit (optimal string alignment): "peirode" / "periode" ≈ 0.86, "meldingen" / "melder" ≈ 0.56.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  if (a.length === 0 || b.length === 0) return 0;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return 1 - d[a.length]![b.length]! / longest;
}

const SIMILAR = 0.8;

/** Keywords for topic titles that are not in the alias lists ("Bevestigd na onderzoek", "Onderzoeken, afgerond"). */
const MEASURE_KEYWORDS: Array<[RegExp, FigureMeasure]> = [
  [/bevestig|vastgesteld/, "ABUSE_CONFIRMED"],
  [/onderzoek/, "INVESTIGATIONS_COMPLETED"],
  [/\bkinderen\b|betrokken kind/, "CHILDREN_INVOLVED"],
  [/melding.*kindermishandeling|kindermishandeling.*melding/, "CHILD_REPORTS"],
  [/advie/, "ADVICE_REQUESTS"],
  [/melding/, "REPORTS"],
];

/** "Meldingen kindermishandeling naar melder/Politie (aantal)" → CHILD_REPORTS with key POLITIE. */
export function measureOfTopic(header: string): { measure: FigureMeasure; breakdownKey: ReporterGroup | ViolenceForm | null; quality: MatchQuality } | null {
  const segments = header.split("/").map(normaliseName).filter((s) => s !== "");
  if (segments.length === 0) return null;
  let measure: FigureMeasure | null = null;
  let measureSegment = -1;
  let quality: MatchQuality = "exact";
  // The most specific segment wins: "Meldingen/Meldingen kindermishandeling" is about child abuse.
  for (let index = segments.length - 1; index >= 0; index -= 1) {
    const segment = segments[index]!;
    const exact = MEASURE_ALIASES.get(segment) ?? MEASURE_ALIASES.get(segment.replace(/ naar (melder|vorm van geweld|soort melder)$/, ""));
    if (exact) {
      measure = exact;
      measureSegment = index;
      break;
    }
  }
  if (measure === null) {
    const text = segments.join(" ");
    measure = MEASURE_KEYWORDS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
    quality = "similar";
  }
  if (measure === null) return null;
  let breakdownKey: ReporterGroup | ViolenceForm | null = null;
  if (segments.length > 1) {
    // The key is the last segment, or the last two joined ("Huisarts/medisch").
    const last = segments[segments.length - 1]!;
    const lastTwo = segments.slice(-2).join(" ");
    breakdownKey = KEY_ALIASES.get(lastTwo) ?? KEY_ALIASES.get(last) ?? null;
    // Text after the measure names a breakdown ("…naar melder/Politie"). When it is not exactly a
    // key we know ("…naar melder/Polite"), the column is not the total: propose the nearest key,
    // if any is close, and mark the column uncertain so the coordinator checks it (finding 10).
    if (breakdownKey === null && measureSegment >= 0 && measureSegment < segments.length - 1) {
      breakdownKey = nearestKey([lastTwo, last]);
      quality = "similar";
    }
  }
  return { measure, breakdownKey, quality };
}

/** The breakdown key whose alias is most like one of the texts (at least SIMILAR), or null. */
function nearestKey(texts: readonly string[]): ReporterGroup | ViolenceForm | null {
  let best: { key: ReporterGroup | ViolenceForm; score: number } | null = null;
  for (const text of texts) {
    for (const [alias, key] of KEY_ALIASES) {
      const score = similarity(text, alias);
      if (score >= SIMILAR && (best === null || score > best.score)) best = { key, score };
    }
  }
  return best?.key ?? null;
}

function proposeColumn(header: string): { target: ColumnTarget; quality: MatchQuality } {
  const name = normaliseName(header);
  if (name === "" || name === "id") return { target: { kind: "ignore" }, quality: "none" };
  const field = FIELD_LOOKUP.get(name);
  if (field) return { target: { kind: "field", field }, quality: "exact" };
  const topic = measureOfTopic(header);
  if (topic?.quality === "exact") return { target: { kind: "measure", measure: topic.measure, breakdownKey: topic.breakdownKey }, quality: "exact" };
  let best: { field: FigureField; score: number } | null = null;
  for (const [alias, candidate] of FIELD_LOOKUP) {
    const score = similarity(name, alias);
    if (score >= SIMILAR && (best === null || score > best.score)) best = { field: candidate, score };
  }
  if (best) return { target: { kind: "field", field: best.field }, quality: "similar" };
  if (topic) return { target: { kind: "measure", measure: topic.measure, breakdownKey: topic.breakdownKey }, quality: "similar" };
  return { target: { kind: "ignore" }, quality: "none" };
}

/** What is missing or double in a mapping, in Dutch. Empty: the mapping can be applied. */
export function mappingProblems(columns: ColumnMapping["columns"]): string[] {
  const problems: string[] = [];
  const fields = columns.flatMap((c) => (c.target.kind === "field" ? [c.target.field] : []));
  const measures = columns.filter((c) => c.target.kind === "measure");
  for (const field of FIGURE_FIELDS) {
    const n = fields.filter((f) => f === field).length;
    if (n > 1) problems.push(`Meer dan één kolom is gekoppeld aan ‘${field}’: kies er één.`);
  }
  for (const field of ["periode", "gebied"] as const) {
    if (!fields.includes(field)) problems.push(`Koppel een kolom aan ‘${field}’.`);
  }
  if (measures.length === 0) {
    if (!fields.includes("maatregel")) problems.push("Koppel een kolom aan ‘maatregel’, of koppel kolommen met aantallen elk aan een maatregel.");
    if (!fields.includes("waarde")) problems.push("Koppel een kolom aan ‘waarde’, of koppel kolommen met aantallen elk aan een maatregel.");
  } else if (fields.includes("waarde") || fields.includes("maatregel")) {
    problems.push("Gebruik óf de kolommen ‘maatregel’ en ‘waarde’, óf kolommen die elk een maatregel bevatten, niet allebei.");
  }
  const seen = new Set<string>();
  for (const c of measures) {
    if (c.target.kind !== "measure") continue;
    const key = `${c.target.measure}/${c.target.breakdownKey ?? ""}`;
    if (seen.has(key)) problems.push(`De kolom ‘${c.header}’ is gekoppeld aan dezelfde maatregel en sleutel als een andere kolom.`);
    seen.add(key);
  }
  return problems;
}

/** Proposes a mapping for a header row by name (exact aliases first, then similar names, then topic keywords). */
export function proposeMapping(header: readonly string[]): MappingProposal {
  const proposals = header.map((h) => ({ header: h, ...proposeColumn(h) }));
  const columns = proposals.map(({ header: h, target }) => ({ header: h, target }));
  return { fingerprint: headerFingerprint(header), columns, quality: proposals.map((p) => p.quality), problems: mappingProblems(columns) };
}

/** A remembered mapping is reused only for a header with the same fingerprint; otherwise a new proposal. */
export function mappingFor(header: readonly string[], remembered: readonly ColumnMapping[]): { mapping: ColumnMapping; remembered: boolean } {
  const fingerprint = headerFingerprint(header);
  const known = remembered.find((m) => m.fingerprint === fingerprint);
  return known ? { mapping: known, remembered: true } : { mapping: proposeMapping(header), remembered: false };
}

/**
 * One value of the file, still as text, with where it came from. Wide columns fill measure and key
 * with enum names (which the validator reads like any other name).
 */
export interface MappedRow {
  rowNumber: number;
  /** The source column for wide files, to name it in messages. */
  column: string | null;
  values: Record<FigureField, string>;
}

export type MappingResult = { ok: true; rows: MappedRow[] } | { ok: false; errors: string[] };

/** Applies a mapping to a table: long files give one row per row, wide files one row per row and mapped measure column. */
export function applyMapping(table: ImportTable, mapping: ColumnMapping): MappingResult {
  if (headerFingerprint(table.header) !== mapping.fingerprint) {
    return { ok: false, errors: ["De kolommen van dit bestand komen niet overeen met de koppeling: controleer de koppeling opnieuw."] };
  }
  const problems = mappingProblems(mapping.columns);
  if (problems.length > 0) return { ok: false, errors: problems };
  const fieldIndex = new Map<FigureField, number>();
  mapping.columns.forEach((c, index) => {
    if (c.target.kind === "field") fieldIndex.set(c.target.field, index);
  });
  const measureColumns = mapping.columns.flatMap((c, index) => (c.target.kind === "measure" ? [{ index, header: c.header, target: c.target }] : []));
  const rows: MappedRow[] = [];
  for (const row of table.rows) {
    const cell = (field: FigureField) => {
      const index = fieldIndex.get(field);
      return index === undefined ? "" : (row.cells[index] ?? "").trim();
    };
    const base = Object.fromEntries(FIGURE_FIELDS.map((field) => [field, cell(field)])) as Record<FigureField, string>;
    if (measureColumns.length === 0) {
      rows.push({ rowNumber: row.rowNumber, column: null, values: base });
      continue;
    }
    for (const m of measureColumns) {
      const values = { ...base, maatregel: m.target.measure, waarde: (row.cells[m.index] ?? "").trim() };
      if (m.target.breakdownKey !== null) {
        values.uitsplitsing = breakdownKindOfKey(m.target.breakdownKey) satisfies BreakdownKind;
        values.sleutel = m.target.breakdownKey;
      }
      rows.push({ rowNumber: row.rowNumber, column: m.header, values });
    }
  }
  return { ok: true, rows };
}

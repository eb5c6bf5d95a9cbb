import { type FigurePeriodRef, type FigureStatus, normaliseName } from "./import-types.ts";

/*
 * Cell values of a figures import: periods, counts and value statuses, written the way CBS StatLine
 * and Dutch spreadsheets write them. Messages are Dutch and are completed with the row by the caller.
 */

export interface ParsedPeriod {
  period: FigurePeriodRef;
  /** "*" (voorlopig) or "**" (nader voorlopig) after the period, as CBS marks provisional figures. */
  provisional: boolean;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const HALF_WORDS: Record<string, 1 | 2> = { "1e": 1, "2e": 2, eerste: 1, tweede: 2, "1ste": 1, "2de": 2 };

/**
 * "2023", "2023*", "2023 1e halfjaar", "2023 2e halfjaar*", "1e halfjaar 2023", "eerste halfjaar 2023",
 * "2023-H1", "2023 H2" and the CBS period codes "2023JJ00" / "2023HJ01". Quarters and months are refused:
 * the portal keeps half years and years.
 */
export function parsePeriod(text: string): Parsed<ParsedPeriod> {
  const trimmed = text.trim();
  const provisional = /\*+$/.test(trimmed);
  const bare = trimmed.replace(/\*+$/, "").trim().toLowerCase().replace(/\s+/g, " ");
  if (bare === "") return { ok: false, message: "vul een periode in, bijvoorbeeld 2023 of 2023 1e halfjaar" };
  let year: number | null = null;
  let half: 1 | 2 | null = null;
  let match: RegExpMatchArray | null;
  if ((match = bare.match(/^(\d{4})(?:jj00)?$/))) year = Number(match[1]);
  else if ((match = bare.match(/^(\d{4}) (1e|2e|eerste|tweede|1ste|2de) halfjaar$/))) [year, half] = [Number(match[1]), HALF_WORDS[match[2]!]!];
  else if ((match = bare.match(/^(1e|2e|eerste|tweede|1ste|2de) halfjaar (\d{4})$/))) [year, half] = [Number(match[2]), HALF_WORDS[match[1]!]!];
  else if ((match = bare.match(/^(\d{4}) ?[- ]? ?h([12])$/))) [year, half] = [Number(match[1]), Number(match[2]) as 1 | 2];
  else if ((match = bare.match(/^(\d{4})hj0([12])$/))) [year, half] = [Number(match[1]), Number(match[2]) as 1 | 2];
  if (year === null) {
    const kind = /kw|kwartaal|q[1-4]|mm\d\d|maand|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december/.test(bare)
      ? " (kwartalen en maanden worden niet ondersteund: gebruik een halfjaar of een jaar)"
      : "";
    return { ok: false, message: `onbekende periode: gebruik bijvoorbeeld 2023, 2023 1e halfjaar of 2023 2e halfjaar${kind}` };
  }
  if (year < 2000 || year > 2100) return { ok: false, message: `het jaar ${year} valt buiten 2000–2100` };
  return { ok: true, value: { period: { kind: half === null ? "YEAR" : "HALF_YEAR", year, half }, provisional } };
}

/** "2023" or "2023 1e halfjaar": the label CBS uses and the portal shows. */
export function periodLabel(period: FigurePeriodRef): string {
  return period.half === null ? String(period.year) : `${period.year} ${period.half}e halfjaar`;
}

/** A stable key for grouping and comparing periods: "2023", "2023-H1". */
export function periodKey(period: FigurePeriodRef): string {
  return period.half === null ? String(period.year) : `${period.year}-H${period.half}`;
}

export interface ParsedCount {
  value: number | null;
  status: FigureStatus;
}

/**
 * A count cell. "." (CBS: unknown or secret) and "x" (older CBS tables: secret) → SUPPRESSED, never 0;
 * empty → MISSING; "-" (CBS: nil) → 0. Whole numbers, also with Dutch thousands separators ("1.250").
 * Negative and fractional numbers are refused. CBS rounds counts to multiples of five: taken as they are.
 */
export function parseCount(text: string): Parsed<ParsedCount> {
  const cell = text.trim();
  if (cell === "") return { ok: true, value: { value: null, status: "MISSING" } };
  if (cell === "." || cell.toLowerCase() === "x") return { ok: true, value: { value: null, status: "SUPPRESSED" } };
  if (cell === "-" || cell === "–") return { ok: true, value: { value: 0, status: "VALUE" } };
  const compact = cell.replace(/\s+/g, "");
  if (/^-\d+([.,]\d+)*$/.test(compact)) return { ok: false, message: "een aantal kan niet negatief zijn" };
  if (/^\d+$/.test(compact)) return { ok: true, value: { value: Number(compact), status: "VALUE" } };
  if (/^\d{1,3}(\.\d{3})+$/.test(compact)) return { ok: true, value: { value: Number(compact.replace(/\./g, "")), status: "VALUE" } };
  if (/^\d+[.,]\d+$/.test(compact) || /^\d{1,3}(\.\d{3})+,\d+$/.test(compact)) return { ok: false, message: "een aantal moet een geheel getal zijn" };
  return { ok: false, message: "geen getal: vul een geheel getal in, of . als de waarde geheim of onbekend is" };
}

const STATUS_WORDS = new Map<string, FigureStatus>([
  ["waarde", "VALUE"],
  ["value", "VALUE"],
  ["geheim", "SUPPRESSED"],
  ["onderdrukt", "SUPPRESSED"],
  ["afgeschermd", "SUPPRESSED"],
  ["suppressed", "SUPPRESSED"],
  ["ontbreekt", "MISSING"],
  ["onbekend", "MISSING"],
  ["niet geleverd", "MISSING"],
  ["missing", "MISSING"],
]);

/** The optional status column: empty → taken from the value cell. */
export function parseStatusWord(text: string): Parsed<FigureStatus | null> {
  const cell = text.trim();
  if (cell === "") return { ok: true, value: null };
  if (cell === ".") return { ok: true, value: "SUPPRESSED" };
  const status = STATUS_WORDS.get(normaliseName(cell));
  return status ? { ok: true, value: status } : { ok: false, message: "kies waarde, geheim of ontbreekt (of laat leeg)" };
}

const YES = new Set(["ja", "j", "true", "waar", "1", "yes", "voorlopig", "x"]);
const NO = new Set(["nee", "n", "false", "onwaar", "0", "no", "definitief"]);

/** The optional "voorlopig" column. */
export function parseYesNo(text: string): Parsed<boolean | null> {
  const cell = text.trim().toLowerCase();
  if (cell === "") return { ok: true, value: null };
  if (YES.has(cell)) return { ok: true, value: true };
  if (NO.has(cell)) return { ok: true, value: false };
  return { ok: false, message: "vul ja of nee in" };
}

import {
  type BreakdownKind,
  BREAKDOWN_ALIASES,
  BREAKDOWN_LABELS,
  breakdownKindOfKey,
  EXCLUSIVE_BREAKDOWNS,
  type FigureMeasure,
  type FigurePeriodRef,
  type FigureStatus,
  isTotalName,
  KEY_ALIASES,
  KEY_LABELS,
  MEASURE_ALIASES,
  MEASURE_LABELS,
  normaliseName,
  type ReporterGroup,
  type ViolenceForm,
} from "./import-types.ts";
import { parseCount, parsePeriod, parseStatusWord, parseYesNo, periodKey, periodLabel } from "./import-values.ts";
import type { MappedRow } from "./mapping.ts";

/*
 * Row-level validation of a figures import, after the mapping step. All or nothing: the result is
 * either every row ready to be written, or the list of errors (Dutch, with the row number as in Excel
 * and, for wide files, the column). Nothing here touches the database: the caller passes the known
 * areas and the deliveries that already exist.
 */

export type AreaKind = "VT_REGION" | "MUNICIPALITY" | "WIJK";

export interface KnownArea {
  id: string;
  name: string;
  /** CBS code: "GM0642", "WK064201", or our own ("VT-ZHZ"). */
  code: string | null;
  kind: AreaKind;
  parentId: string | null;
}

export interface ExistingDelivery {
  /** FigurePeriod.code: "2017", "2017-H1". */
  periodCode: string;
  scopeAreaId: string;
  version: number;
}

export interface ValidateOptions {
  areas: readonly KnownArea[];
  existingDeliveries: readonly ExistingDelivery[];
  /** The area the delivery covers (municipality or VT region); without it an existing delivery of any scope counts. */
  scopeAreaId?: string;
  /** CBS rounds counts to multiples of five: sums of rounded parts may exceed a rounded total by the rounding. */
  roundedToFive?: boolean;
  /** "skip": rows of areas the portal does not know are left out (listed in `skipped`) instead of refused. */
  unknownAreas?: "error" | "skip";
  /** At most this many messages (the rest is counted). */
  maxErrors?: number;
}

export interface ReadyFigureRow {
  rowNumber: number;
  column: string | null;
  period: FigurePeriodRef & { code: string; label: string };
  provisional: boolean;
  areaId: string;
  measure: FigureMeasure;
  breakdownKind: BreakdownKind;
  /** "" for NONE (as stored). */
  breakdownKey: "" | ReporterGroup | ViolenceForm;
  value: number | null;
  status: FigureStatus;
}

export interface PeriodPlan {
  code: string;
  label: string;
  provisional: boolean;
  rowCount: number;
  /** NEW: the first figures for this period; NEW_VERSION: figures exist → offer to import as a new version. */
  action: "NEW" | "NEW_VERSION";
  version: number;
  /** Dutch, shown in the preview for NEW_VERSION. */
  notice: string | null;
}

export type ValidationResult =
  | { ok: true; rows: ReadyFigureRow[]; periods: PeriodPlan[]; skipped: string[] }
  | { ok: false; errors: string[] };

function where(row: Pick<MappedRow, "rowNumber" | "column">): string {
  return row.column === null ? `Rij ${row.rowNumber}` : `Rij ${row.rowNumber}, kolom ‘${row.column}’`;
}

function quoted(value: string): string {
  return `‘${value.length > 40 ? `${value.slice(0, 40)}…` : value}’`;
}

/** Known areas by normalised name and code, for findArea. */
export function areaIndex(areas: readonly KnownArea[]): Map<string, KnownArea> {
  const index = new Map<string, KnownArea>();
  for (const area of areas) {
    index.set(normaliseName(area.name), area);
    if (area.code) index.set(normaliseName(area.code), area);
  }
  return index;
}

/** "Zwijndrecht", "Gemeente Zwijndrecht", "Zwijndrecht (GM)", "GM0642", "zwijndrecht" → the same area. */
export function findArea(text: string, index: ReadonlyMap<string, KnownArea>): KnownArea | null {
  const name = normaliseName(text);
  const candidates = [name, name.replace(/^gemeente /, ""), name.replace(/ (gm|wk|vt|pv|ld)$/, ""), name.replace(/^wijk \d* ?/, "")];
  for (const candidate of candidates) {
    const area = index.get(candidate);
    if (area) return area;
  }
  return null;
}

const MEASURE_CHOICES = "adviezen, meldingen, meldingen kindermishandeling, betrokken kinderen, afgeronde onderzoeken, bevestigde kindermishandeling";

/** Validates mapped rows; see the file comment. */
export function validateFigureRows(rows: readonly MappedRow[], options: ValidateOptions): ValidationResult {
  const errors: Array<{ rowNumber: number; message: string }> = [];
  const error = (row: Pick<MappedRow, "rowNumber" | "column">, message: string) => errors.push({ rowNumber: row.rowNumber, message: `${where(row)}: ${message}` });
  const skipped: string[] = [];
  const areas = areaIndex(options.areas);
  const ready: ReadyFigureRow[] = [];

  if (rows.length === 0) return { ok: false, errors: ["Het bestand bevat geen cijfers: alleen de rij met kolomnamen."] };

  for (const row of rows) {
    const v = row.values;
    let ok = true;
    const fail = (message: string) => {
      error(row, message);
      ok = false;
    };

    const period = parsePeriod(v.periode);
    if (!period.ok) fail(`periode${v.periode ? ` ${quoted(v.periode)}` : ""}: ${period.message}.`);

    const area = v.gebied === "" ? null : findArea(v.gebied, areas);
    if (v.gebied === "") fail("gebied: vul de gemeente of de wijk in.");
    else if (area === null) {
      if (options.unknownAreas === "skip") {
        skipped.push(`${where(row)}: gebied ${quoted(v.gebied)} is niet bekend in het portaal en is overgeslagen.`);
        continue;
      }
      const names = options.areas.slice(0, 10).map((a) => a.name).join(", ");
      fail(`onbekend gebied ${quoted(v.gebied)}. Bekende gebieden: ${names}${options.areas.length > 10 ? ", …" : ""}.`);
    }

    const measure = MEASURE_ALIASES.get(normaliseName(v.maatregel)) ?? null;
    if (measure === null) fail(v.maatregel === "" ? `maatregel: vul een maatregel in (${MEASURE_CHOICES}).` : `maatregel ${quoted(v.maatregel)}: kies uit ${MEASURE_CHOICES}.`);

    // Breakdown: the kind may be left out when the key says it ("politie" is a reporter group).
    let breakdownKind: BreakdownKind | null = v.uitsplitsing === "" ? null : (BREAKDOWN_ALIASES.get(normaliseName(v.uitsplitsing)) ?? null);
    let breakdownKey: "" | ReporterGroup | ViolenceForm = "";
    if (v.uitsplitsing !== "" && breakdownKind === null) fail(`uitsplitsing ${quoted(v.uitsplitsing)}: kies geen, melder of vorm van geweld.`);
    else if (!isTotalName(v.sleutel)) {
      const key = KEY_ALIASES.get(normaliseName(v.sleutel)) ?? null;
      if (key === null) fail(`sleutel ${quoted(v.sleutel)}: onbekende melder of vorm van geweld.`);
      else if (breakdownKind !== null && breakdownKind !== breakdownKindOfKey(key)) {
        fail(`sleutel ${quoted(v.sleutel)} hoort niet bij de uitsplitsing ${BREAKDOWN_LABELS[breakdownKind]}.`);
      } else {
        breakdownKey = key;
        breakdownKind = breakdownKindOfKey(key);
      }
    } else if (breakdownKind !== null && breakdownKind !== "NONE" && v.sleutel === "") {
      fail(`uitsplitsing ${BREAKDOWN_LABELS[breakdownKind]} zonder sleutel: vul de melder of de vorm van geweld in.`);
    } else breakdownKind = "NONE";
    if (ok && breakdownKind !== "NONE" && measure !== "CHILD_REPORTS") {
      fail(`een uitsplitsing naar ${BREAKDOWN_LABELS[breakdownKind!]} kan alleen bij meldingen kindermishandeling.`);
    }

    const count = parseCount(v.waarde);
    if (!count.ok) fail(`waarde ${quoted(v.waarde)}: ${count.message}.`);
    const statusWord = parseStatusWord(v.status);
    if (!statusWord.ok) fail(`status ${quoted(v.status)}: ${statusWord.message}.`);
    let status: FigureStatus = "MISSING";
    let value: number | null = null;
    if (count.ok && statusWord.ok) {
      ({ status, value } = count.value);
      const declared = statusWord.value;
      if (declared === "VALUE" && count.value.status !== "VALUE") fail(`status waarde, maar er staat geen getal bij waarde.`);
      else if (declared !== null && declared !== "VALUE" && count.value.status === "VALUE") {
        fail(`status ${quoted(v.status)}, maar er staat een getal (${v.waarde}): laat de waarde leeg of vul . in.`);
      } else if (declared !== null) status = declared;
    }
    const yesNo = parseYesNo(v.voorlopig);
    if (!yesNo.ok) fail(`voorlopig ${quoted(v.voorlopig)}: ${yesNo.message}.`);

    if (!ok || !period.ok || area === null || measure === null || breakdownKind === null || !yesNo.ok) continue;
    const p = period.value.period;
    ready.push({
      rowNumber: row.rowNumber,
      column: row.column,
      period: { ...p, code: periodKey(p), label: periodLabel(p) },
      provisional: period.value.provisional || yesNo.value === true,
      areaId: area.id,
      measure,
      breakdownKind,
      breakdownKey,
      value,
      status,
    });
  }

  checkDuplicates(ready, error);
  checkProvisional(ready, error);
  checkParts(ready, options, error);
  checkAreas(ready, options, error);

  if (errors.length > 0) {
    const max = options.maxErrors ?? 200;
    const sorted = errors.sort((a, b) => a.rowNumber - b.rowNumber).map((e) => e.message);
    const unique = [...new Set(sorted)];
    return { ok: false, errors: unique.length > max ? [...unique.slice(0, max), `En nog ${unique.length - max} fouten.`] : unique };
  }
  if (ready.length === 0) return { ok: false, errors: ["Geen enkele rij hoort bij een gebied dat het portaal kent: er is niets te importeren.", ...skipped] };
  return { ok: true, rows: ready, periods: planPeriods(ready, options), skipped };
}

function push<T>(groups: Map<string, T[]>, key: string, item: T) {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

type ErrorAt = (row: Pick<MappedRow, "rowNumber" | "column">, message: string) => void;

function cellKey(r: ReadyFigureRow): string {
  return [r.period.code, r.areaId, r.measure, r.breakdownKind, r.breakdownKey].join("|");
}

function describe(r: ReadyFigureRow): string {
  const key = r.breakdownKey === "" ? "" : `, ${KEY_LABELS[r.breakdownKey]}`;
  return `${MEASURE_LABELS[r.measure]}${key}`;
}

function checkDuplicates(rows: readonly ReadyFigureRow[], error: ErrorAt) {
  const first = new Map<string, ReadyFigureRow>();
  for (const r of rows) {
    const earlier = first.get(cellKey(r));
    if (earlier) error(r, `dubbel: ${describe(r)} voor ${r.period.label} in dit gebied staat ook in ${where(earlier).toLowerCase()}.`);
    else first.set(cellKey(r), r);
  }
}

function checkProvisional(rows: readonly ReadyFigureRow[], error: ErrorAt) {
  const byPeriod = new Map<string, ReadyFigureRow[]>();
  for (const r of rows) push(byPeriod, r.period.code, r);
  for (const group of byPeriod.values()) {
    const provisional = group.find((r) => r.provisional);
    const final = group.find((r) => !r.provisional);
    if (provisional && final) {
      const later = provisional.rowNumber > final.rowNumber ? provisional : final;
      error(later, `${later.period.label} staat in dit bestand zowel voorlopig (${where(provisional).toLowerCase()}) als definitief (${where(final).toLowerCase()}); een levering is in zijn geheel voorlopig of definitief.`);
    }
  }
}

/** The largest amount by which rounded parts may exceed a rounded total (each cell is off by at most 2.5). */
function roundingSlack(parts: number, options: ValidateOptions): number {
  return options.roundedToFive ? Math.floor(2.5 * (parts + 1)) : 0;
}

/**
 * Parts larger than the total, for the same period, area and measure: every single part at most the
 * total; for exclusive breakdowns (reporter group) also their sum. Forms of violence are not exclusive
 * (one report can name several forms), so only each form on its own is checked. Reports of child abuse
 * are part of all reports.
 */
function checkParts(rows: readonly ReadyFigureRow[], options: ValidateOptions, error: ErrorAt) {
  const totals = new Map<string, ReadyFigureRow>();
  for (const r of rows) {
    const key = `${r.period.code}|${r.areaId}|${r.measure}`;
    // A duplicate is reported on its own; compare with the first occurrence.
    if (r.breakdownKind === "NONE" && r.status === "VALUE" && !totals.has(key)) totals.set(key, r);
  }
  const groups = new Map<string, ReadyFigureRow[]>();
  for (const r of rows) {
    if (r.breakdownKind === "NONE" || r.status !== "VALUE") continue;
    const key = `${r.period.code}|${r.areaId}|${r.measure}|${r.breakdownKind}`;
    push(groups, key, r);
  }
  for (const parts of groups.values()) {
    const sample = parts[0]!;
    const total = totals.get(`${sample.period.code}|${sample.areaId}|${sample.measure}`);
    if (!total) continue;
    const slack = roundingSlack(0, options);
    for (const part of parts) {
      if (part.value! > total.value! + slack) {
        error(part, `${KEY_LABELS[part.breakdownKey as ReporterGroup | ViolenceForm]} (${part.value}) is groter dan het totaal ${MEASURE_LABELS[part.measure]} (${total.value}) in ${where(total).toLowerCase()}.`);
      }
    }
    if (EXCLUSIVE_BREAKDOWNS.has(sample.breakdownKind)) {
      const sum = parts.reduce((s, p) => s + p.value!, 0);
      if (sum > total.value! + roundingSlack(parts.length, options) && parts.every((p) => p.value! <= total.value! + slack)) {
        const last = parts.reduce((a, b) => (b.rowNumber > a.rowNumber ? b : a));
        error(last, `de uitsplitsing naar ${BREAKDOWN_LABELS[sample.breakdownKind]} telt op tot ${sum}, meer dan het totaal ${MEASURE_LABELS[sample.measure]} (${total.value}) in ${where(total).toLowerCase()}.`);
      }
    }
  }
  for (const r of rows) {
    if (r.measure !== "CHILD_REPORTS" || r.breakdownKind !== "NONE" || r.status !== "VALUE") continue;
    const all = totals.get(`${r.period.code}|${r.areaId}|REPORTS`);
    if (all && r.value! > all.value! + roundingSlack(0, options)) {
      error(r, `meldingen kindermishandeling (${r.value}) is meer dan alle meldingen (${all.value}) in ${where(all).toLowerCase()}.`);
    }
  }
}

/** Wijken are parts of their municipality (and municipalities of their VT region): together at most its value. */
function checkAreas(rows: readonly ReadyFigureRow[], options: ValidateOptions, error: ErrorAt) {
  const byId = new Map(options.areas.map((a) => [a.id, a]));
  const values = new Map<string, ReadyFigureRow>();
  for (const r of rows) if (r.status === "VALUE" && !values.has(cellKey(r))) values.set(cellKey(r), r);
  const children = new Map<string, ReadyFigureRow[]>();
  for (const r of rows) {
    const parentId = byId.get(r.areaId)?.parentId;
    if (!parentId || r.status !== "VALUE") continue;
    const parentKey = cellKey({ ...r, areaId: parentId });
    push(children, parentKey, r);
  }
  for (const [parentKey, parts] of children) {
    const parent = values.get(parentKey);
    if (!parent) continue;
    const sum = parts.reduce((s, p) => s + p.value!, 0);
    if (sum > parent.value! + roundingSlack(parts.length, options)) {
      const last = parts.reduce((a, b) => (b.rowNumber > a.rowNumber ? b : a));
      const parentName = byId.get(parent.areaId)?.name ?? "";
      error(last, `de gebieden binnen ${parentName} tellen samen op tot ${sum} ${describe(parent)} in ${parent.period.label}, meer dan ${parentName} zelf (${parent.value}, ${where(parent).toLowerCase()}).`);
    }
  }
}

function planPeriods(rows: readonly ReadyFigureRow[], options: ValidateOptions): PeriodPlan[] {
  const byCode = new Map<string, ReadyFigureRow[]>();
  for (const r of rows) push(byCode, r.period.code, r);
  return [...byCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, group]) => {
      const existing = options.existingDeliveries.filter((d) => d.periodCode === code && (options.scopeAreaId === undefined || d.scopeAreaId === options.scopeAreaId));
      const latest = existing.reduce((max, d) => Math.max(max, d.version), 0);
      const label = group[0]!.period.label;
      return {
        code,
        label,
        provisional: group[0]!.provisional,
        rowCount: group.length,
        action: latest === 0 ? "NEW" : "NEW_VERSION",
        version: latest + 1,
        notice:
          latest === 0
            ? null
            : `Voor ${label} zijn al cijfers geïmporteerd (versie ${latest}). Dit bestand kan worden opgeslagen als nieuwe versie ${latest + 1}; de eerdere versie blijft bewaard en zichtbaar.`,
      } satisfies PeriodPlan;
    });
}

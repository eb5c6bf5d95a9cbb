import type { Figure } from "../vt-figures/indicator.ts";
import { type CouncilCell, SMALL_COUNT_THRESHOLD } from "../vt-figures/suppression.ts";

/*
 * Cell suppression over a set of linked tables (issue 14, finding 1; docs/dashboard.md,
 * "Suppression for the council"). The input is every cell the council can be shown, in every
 * table, and every additive relation between them (a total equals the sum of its parts: a year its
 * two half years, a municipality its wijken, a total its breakdown). The output is one pattern:
 * which cells are shown and which hidden, computed once over the whole set, so no combination of
 * answers can take back what one answer hides.
 *
 * Method (in tau-ARGUS terms): primary suppression by the minimum frequency rule (a count under
 * the threshold), then secondary suppression until every sensitive cell meets its protection
 * interval against an attacker who knows every shown value, the meaning of every label ("< 10" is
 * 0–9, "afgeschermd" for a complementary cell is at least 10) and every relation, and who computes
 * bounds by interval propagation over all relations to a fixed point (non-negative integers).
 */

export interface ProtectedCellInput {
  /** Unique, stable key; the order of the cells is the tie-break order. */
  id: string;
  figure: Figure;
  /**
   * Hide this cell before others when a complement is needed in one of its relations (and its
   * value leaves room): the region totals of the council comparison (issue 18, docs/adr/0025),
   * so a small count in one municipality costs the region total, not a neighbour's own figures.
   */
  preferAsComplement?: boolean;
}

/** total = Σ parts. */
export interface CellRelation {
  total: string;
  parts: readonly string[];
}

export interface ProtectionOptions {
  /** Counts below it are sensitive (primary suppression). */
  threshold: number;
  /** The protection interval: the attacker's range of a sensitive cell must span at least this (hi − lo). */
  minimumWidth: number;
}

/**
 * The protection interval. "< 10" already tells 0..9 (10 values); the attacker's range must keep
 * at least 9 of them (width 8). Not all 10: where a hidden total of at least 10 ("afgeschermd",
 * which only ever hides counts of 10 or more) is made of two parts under 10, each part is at least
 * 1, whatever else is hidden; that one value is the price of telling "< 10" and "afgeschermd"
 * apart (docs/dashboard.md, "Suppression for the council").
 */
export const DEFAULT_PROTECTION: ProtectionOptions = { threshold: SMALL_COUNT_THRESHOLD, minimumWidth: SMALL_COUNT_THRESHOLD - 2 };

export interface ProtectionResult {
  cells: Map<string, CouncilCell>;
  primary: number;
  secondary: number;
  /** Rounds of "propagate, then hide a complement for every cell still short of its interval". */
  rounds: number;
  /** Sensitive cells that could not be brought to their interval (no shown cell left to hide near them). */
  unprotected: string[];
}

export interface Interval {
  lo: number;
  hi: number;
}

/** What the attacker knows of one cell before combining relations. */
export type Knowledge = { kind: "SHOWN"; value: number } | { kind: "PRIMARY" } | { kind: "COMPLEMENTARY" } | { kind: "UNKNOWN" };

export function knowledgeInterval(knowledge: Knowledge, threshold: number): Interval {
  switch (knowledge.kind) {
    case "SHOWN":
      return { lo: knowledge.value, hi: knowledge.value };
    case "PRIMARY":
      return { lo: 0, hi: threshold - 1 };
    case "COMPLEMENTARY":
      return { lo: threshold, hi: Number.POSITIVE_INFINITY };
    case "UNKNOWN":
      return { lo: 0, hi: Number.POSITIVE_INFINITY };
  }
}

/**
 * Bounds propagation over total = Σ parts relations until nothing changes: the attacker's range of
 * every cell. Indices into `intervals`; it is narrowed in place. Integer bounds stay integers.
 */
export function propagateIntervals(intervals: Interval[], relations: readonly { total: number; parts: readonly number[] }[], maxSweeps = 10_000): void {
  const byCell = new Map<number, number[]>();
  relations.forEach((relation, r) => {
    for (const cell of [relation.total, ...relation.parts]) {
      const list = byCell.get(cell) ?? [];
      list.push(r);
      byCell.set(cell, list);
    }
  });
  let queue = relations.map((_, r) => r);
  for (let sweep = 0; sweep < maxSweeps && queue.length > 0; sweep++) {
    const next: number[] = [];
    const nextQueued = new Set<number>();
    const touch = (cell: number) => {
      for (const r of byCell.get(cell) ?? []) {
        if (!nextQueued.has(r)) {
          nextQueued.add(r);
          next.push(r);
        }
      }
    };
    for (const r of queue) {
      const relation = relations[r];
      if (!relation) continue;
      const total = intervals[relation.total] as Interval;
      const parts = relation.parts.map((p) => intervals[p] as Interval);
      let sumLo = 0;
      let finiteHi = 0;
      let unboundedParts = 0;
      for (const part of parts) {
        sumLo += part.lo;
        if (Number.isFinite(part.hi)) finiteHi += part.hi;
        else unboundedParts++;
      }
      const sumHi = unboundedParts > 0 ? Number.POSITIVE_INFINITY : finiteHi;
      if (sumLo > total.lo) {
        total.lo = sumLo;
        touch(relation.total);
      }
      if (sumHi < total.hi) {
        total.hi = sumHi;
        touch(relation.total);
      }
      relation.parts.forEach((cell, i) => {
        const part = parts[i] as Interval;
        const selfUnbounded = !Number.isFinite(part.hi);
        // The others' upper bound is finite only when no other part is unbounded.
        const othersUnbounded = unboundedParts - (selfUnbounded ? 1 : 0) > 0;
        const othersHi = othersUnbounded ? Number.POSITIVE_INFINITY : finiteHi - (selfUnbounded ? 0 : part.hi);
        const othersLo = sumLo - part.lo;
        const lo = othersUnbounded ? Number.NEGATIVE_INFINITY : total.lo - othersHi;
        const hi = Number.isFinite(total.hi) ? total.hi - othersLo : Number.POSITIVE_INFINITY;
        if (lo > part.lo) {
          part.lo = lo;
          touch(cell);
        }
        if (hi < part.hi) {
          part.hi = hi;
          touch(cell);
        }
      });
    }
    queue = next;
  }
}

type Need = { cell: number; side: "UP" | "DOWN"; amount: number };

/**
 * Primary suppression, then secondary suppression over all relations at once until every
 * sensitive cell meets its protection interval. Deterministic: same input, same pattern.
 *
 * Sensitive cells: a VALUE under the threshold (PRIMARY) and a cell the source withheld (SOURCE;
 * its value is unknown here); the attacker's range of each must span at least `minimumWidth`.
 * MISSING cells are unknown to the attacker and to us alike and get no protection of their own.
 *
 * Each round propagates the attacker's bounds and, for every sensitive cell still short, hides one
 * shown cell in a relation that binds the short side (the smallest whose value leaves enough room
 * above the threshold, else the largest), searching outward through hidden cells when every cell of
 * the binding relations is hidden already. Hiding only ever widens ranges, so rounds end.
 */
export function protectCells(inputs: readonly ProtectedCellInput[], relationsById: readonly CellRelation[], options: ProtectionOptions = DEFAULT_PROTECTION): ProtectionResult {
  const { threshold, minimumWidth } = options;
  const index = new Map(inputs.map((cell, i) => [cell.id, i]));
  const relations = relationsById.flatMap((relation) => {
    const total = index.get(relation.total);
    const parts = relation.parts.map((id) => index.get(id));
    if (total === undefined || parts.some((p) => p === undefined)) throw new RangeError(`Relation ${relation.total} names a cell that is not in the set`);
    return [{ total, parts: parts as number[] }];
  });
  const relationsOf: number[][] = inputs.map(() => []);
  relations.forEach((relation, r) => {
    for (const cell of [relation.total, ...relation.parts]) relationsOf[cell]?.push(r);
  });

  const knowledge: Knowledge[] = inputs.map(({ figure }) => {
    if (figure.status === "VALUE") return figure.value < threshold ? { kind: "PRIMARY" } : { kind: "SHOWN", value: figure.value };
    return { kind: "UNKNOWN" };
  });
  const valueOf = (cell: number): number | null => {
    const figure = inputs[cell]?.figure;
    return figure?.status === "VALUE" ? figure.value : null;
  };
  const sensitive = inputs.flatMap(({ figure }, cell) => ((figure.status === "VALUE" && figure.value < threshold) || figure.status === "SUPPRESSED" ? [cell] : []));
  const unprotected = new Set<number>();
  let rounds = 0;

  for (;;) {
    const intervals = knowledge.map((k) => knowledgeInterval(k, threshold));
    propagateIntervals(intervals, relations);
    const needs: Need[] = [];
    for (const cell of sensitive) {
      if (unprotected.has(cell)) continue;
      const range = intervals[cell] as Interval;
      const width = range.hi - range.lo;
      if (width >= minimumWidth) continue;
      // Widen upwards while the label allows it, else downwards.
      const labelTop = valueOf(cell) === null ? Number.POSITIVE_INFINITY : threshold - 1;
      needs.push({ cell, side: range.hi < labelTop ? "UP" : "DOWN", amount: minimumWidth - width });
    }
    if (needs.length === 0) break;
    rounds++;
    const chosen = new Set<number>();
    for (const need of needs) {
      const candidate = chooseComplement(need, intervals, relations, relationsOf, knowledge, valueOf, threshold, (cell) => inputs[cell]?.preferAsComplement === true);
      if (candidate === null) unprotected.add(need.cell);
      else chosen.add(candidate);
    }
    for (const cell of chosen) knowledge[cell] = { kind: "COMPLEMENTARY" };
    if (chosen.size === 0 && needs.every((need) => unprotected.has(need.cell))) break;
  }

  const cells = new Map<string, CouncilCell>();
  let primary = 0;
  let secondary = 0;
  inputs.forEach(({ id, figure }, cell) => {
    const k = knowledge[cell] as Knowledge;
    if (figure.status === "MISSING") cells.set(id, { status: "MISSING", provisional: figure.provisional });
    else if (figure.status === "SUPPRESSED") cells.set(id, { status: "SUPPRESSED", reason: "SOURCE", provisional: figure.provisional });
    else if (k.kind === "PRIMARY") {
      primary++;
      cells.set(id, { status: "SUPPRESSED", reason: "PRIMARY", provisional: figure.provisional });
    } else if (k.kind === "COMPLEMENTARY") {
      secondary++;
      cells.set(id, { status: "SUPPRESSED", reason: "COMPLEMENTARY", provisional: figure.provisional });
    } else cells.set(id, { status: "VALUE", value: figure.value, provisional: figure.provisional });
  });
  return { cells, primary, secondary, rounds, unprotected: [...unprotected].map((cell) => inputs[cell]?.id ?? "") };
}

/**
 * The shown cell to hide for one need. First the relations of the cell that bind the short side
 * (give exactly the current bound); when none of them has a shown cell, the relations of the hidden
 * cells in them, and so on outward. Among the shown cells found at the first level that has any:
 * one whose value leaves room for the need above the threshold (a preferred cell first, then the
 * smallest such, a part before a total), else the largest; ties in cell order.
 */
function chooseComplement(
  need: Need,
  intervals: readonly Interval[],
  relations: readonly { total: number; parts: readonly number[] }[],
  relationsOf: readonly number[][],
  knowledge: readonly Knowledge[],
  valueOf: (cell: number) => number | null,
  threshold: number,
  preferred: (cell: number) => boolean = () => false,
): number | null {
  const binding = (cell: number): number[] => {
    const range = intervals[cell] as Interval;
    const own = relationsOf[cell] ?? [];
    const tight = own.filter((r) => {
      const relation = relations[r];
      if (!relation) return false;
      const bound = impliedBound(relation, cell, intervals, need.side === "DOWN" ? "LO" : "HI");
      return need.side === "DOWN" ? bound === range.lo : bound === range.hi;
    });
    return tight.length > 0 ? tight : own;
  };
  const seenCells = new Set<number>([need.cell]);
  const seenRelations = new Set<number>();
  let frontier = [need.cell];
  for (let depth = 0; depth < 6 && frontier.length > 0; depth++) {
    const shown: { cell: number; isTotal: boolean }[] = [];
    const nextFrontier: number[] = [];
    for (const cell of frontier) {
      for (const r of depth === 0 ? binding(cell) : (relationsOf[cell] ?? [])) {
        if (seenRelations.has(r)) continue;
        seenRelations.add(r);
        const relation = relations[r];
        if (!relation) continue;
        for (const member of [relation.total, ...relation.parts]) {
          if (seenCells.has(member)) continue;
          seenCells.add(member);
          if (knowledge[member]?.kind === "SHOWN") shown.push({ cell: member, isTotal: member === relation.total });
          else nextFrontier.push(member);
        }
      }
    }
    if (shown.length > 0) {
      const room = (cell: number) => (valueOf(cell) ?? 0) - threshold;
      const enough = shown.filter((s) => room(s.cell) >= need.amount);
      const pool = enough.length > 0 ? enough : shown;
      const sorted = [...pool].sort((a, b) => {
        if (enough.length > 0 && preferred(a.cell) !== preferred(b.cell)) return preferred(a.cell) ? -1 : 1;
        const va = valueOf(a.cell) ?? 0;
        const vb = valueOf(b.cell) ?? 0;
        if (enough.length > 0 && va !== vb) return va - vb;
        if (enough.length === 0 && va !== vb) return vb - va;
        if (a.isTotal !== b.isTotal) return a.isTotal ? 1 : -1;
        return a.cell - b.cell;
      });
      return sorted[0]?.cell ?? null;
    }
    frontier = nextFrontier.sort((a, b) => a - b);
  }
  return null;
}

function impliedBound(relation: { total: number; parts: readonly number[] }, cell: number, intervals: readonly Interval[], side: "LO" | "HI"): number {
  const at = (c: number) => intervals[c] as Interval;
  if (cell === relation.total) return relation.parts.reduce((sum, p) => sum + (side === "LO" ? at(p).lo : at(p).hi), 0);
  const others = relation.parts.filter((p) => p !== cell);
  const total = at(relation.total);
  if (side === "HI") return total.hi - others.reduce((sum, p) => sum + at(p).lo, 0);
  const othersHi = others.reduce((sum, p) => sum + at(p).hi, 0);
  return othersHi === Number.POSITIVE_INFINITY ? Number.NEGATIVE_INFINITY : total.lo - othersHi;
}

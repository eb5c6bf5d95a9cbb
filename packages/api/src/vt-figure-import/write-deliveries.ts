import { randomUUID } from "node:crypto";
import type { SessionUser } from "@kk/auth/roles";
import type { Tx } from "@kk/db";
import { recordAudit } from "../audit/record-audit.ts";
import { MEASURE_LABELS, type FigureMeasure } from "../vt-figures/import-types.ts";
import type { ReadyFigureRow } from "../vt-figures/validate.ts";

/*
 * Storage of Veilig Thuis figures: one FigureDelivery per (period, scope) with its values. Used by
 * the import (template and CBS) and by hand entry, always with rows that validateFigureRows has
 * accepted, inside the caller's transaction (all periods or none).
 *
 * Versions: the first delivery of a (period, scope) is version 1; every later one is the next
 * version and supersedes the current one, which is kept. The period row is locked (SELECT … FOR
 * UPDATE) before the current version is read, so two concurrent writes of the same period get
 * consecutive versions and never the same one.
 *
 * A new version REPLACES the previous version's values for the (area, measure, breakdown) groups it
 * contains and CARRIES OVER the previous version's other values: a second CBS table with other
 * measures for the same period adds to the figures instead of wiping them. The carried-over values
 * are named in the delivery note ("Overgenomen uit versie N: …").
 */

export type FigureWriteMethod = "TEMPLATE_IMPORT" | "CBS_IMPORT" | "MANUAL";

export interface FigureDeliveriesInput {
  /** The area the deliveries cover: the municipality (with its wijken) or a Veilig Thuis region. */
  scopeAreaId: string;
  /** Validated rows (validateFigureRows); one delivery is written per period in them. */
  rows: readonly ReadyFigureRow[];
  method: FigureWriteMethod;
  /** Who delivered the figures, e.g. "Veilig Thuis Zuid-Holland Zuid" or "CBS StatLine 84849NED". */
  source: string;
  deliveredAt: Date;
  fileName?: string;
  /** Why this delivery (version) exists; the carry-over summary is appended. */
  note?: string;
}

export interface WrittenDelivery {
  id: string;
  periodCode: string;
  periodLabel: string;
  scopeAreaId: string;
  version: number;
  supersedesId: string | null;
  provisional: boolean;
  /** Values from the file (or form). */
  valueCount: number;
  /** Values taken over from the previous version. */
  carriedOverCount: number;
  note: string;
}

/** The group a new version replaces as a whole: an area's measure with one kind of breakdown. */
function groupKey(v: { areaId: string; measure: string; breakdownKind: string }): string {
  return `${v.areaId}|${v.measure}|${v.breakdownKind}`;
}

/** The previous version's values a new version with `rows` takes over: those of the (area, measure, breakdown) groups it does not contain. */
export function valuesCarriedOver<T extends { areaId: string; measure: string; breakdownKind: string }>(previous: readonly T[], rows: readonly ReadyFigureRow[]): T[] {
  const replaced = new Set(rows.map(groupKey));
  return previous.filter((v) => !replaced.has(groupKey(v)));
}

function dateOnly(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function periodDates(period: ReadyFigureRow["period"]): { startsOn: string; endsOn: string } {
  if (period.half === 2) return { startsOn: dateOnly(period.year, 7, 1), endsOn: dateOnly(period.year, 12, 31) };
  if (period.half === 1) return { startsOn: dateOnly(period.year, 1, 1), endsOn: dateOnly(period.year, 6, 30) };
  return { startsOn: dateOnly(period.year, 1, 1), endsOn: dateOnly(period.year, 12, 31) };
}

/** Creates the period when absent (safe against a concurrent insert) and locks its row until the transaction ends. */
async function lockPeriod(tx: Tx, period: ReadyFigureRow["period"]): Promise<string> {
  const { startsOn, endsOn } = periodDates(period);
  await tx.$executeRaw`
    INSERT INTO "FigurePeriod" ("id", "code", "kind", "year", "half", "label", "startsOn", "endsOn")
    VALUES (${randomUUID()}, ${period.code}, ${period.kind}::"FigurePeriodKind", ${period.year}, ${period.half}, ${period.label}, ${startsOn}::date, ${endsOn}::date)
    ON CONFLICT DO NOTHING`;
  const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "FigurePeriod" WHERE "code" = ${period.code} FOR UPDATE`;
  const id = locked[0]?.id;
  if (!id) throw new Error(`Period ${period.code} could not be created`);
  return id;
}

function list(items: readonly string[], max = 6): string {
  return items.length > max ? `${items.slice(0, max).join(", ")} en ${items.length - max} meer` : items.join(", ");
}

/** Writes one delivery per period in `rows` (see the file comment). Call inside a transaction. */
export async function writeFigureDeliveries(tx: Tx, actor: SessionUser | null, input: FigureDeliveriesInput): Promise<WrittenDelivery[]> {
  const byPeriod = new Map<string, ReadyFigureRow[]>();
  for (const row of input.rows) {
    const group = byPeriod.get(row.period.code);
    if (group) group.push(row);
    else byPeriod.set(row.period.code, [row]);
  }
  const method = input.method;
  const written: WrittenDelivery[] = [];
  // A fixed order of locks: two writes with the same periods cannot deadlock.
  for (const code of [...byPeriod.keys()].sort()) {
    const rows = byPeriod.get(code)!;
    const period = rows[0]!.period;
    const periodId = await lockPeriod(tx, period);
    const current = await tx.figureDelivery.findFirst({
      where: { periodId, scopeAreaId: input.scopeAreaId, supersededBy: null },
      orderBy: { version: "desc" },
      select: { id: true, version: true, values: { select: { areaId: true, measure: true, breakdownKind: true, breakdownKey: true, value: true, status: true } } },
    });
    const version = (current?.version ?? 0) + 1;

    const carried = valuesCarriedOver(current?.values ?? [], rows);
    let note = input.note?.trim() ?? "";
    if (current && carried.length > 0) {
      const areaNames = new Map(
        (await tx.area.findMany({ where: { id: { in: [...new Set(carried.map((v) => v.areaId))] } }, select: { id: true, name: true } })).map((a) => [a.id, a.name]),
      );
      const measures = [...new Set(carried.map((v) => MEASURE_LABELS[v.measure as FigureMeasure]))];
      const areas = [...new Set(carried.map((v) => areaNames.get(v.areaId) ?? v.areaId))];
      const summary = `Overgenomen uit versie ${current.version}: ${carried.length} ${carried.length === 1 ? "waarde" : "waarden"} die niet in deze levering staan (${list(measures)}; ${list(areas)}).`;
      note = note ? `${note}\n${summary}` : summary;
    }

    const provisional = rows.some((r) => r.provisional);
    const delivery = await tx.figureDelivery.create({
      data: {
        periodId,
        scopeAreaId: input.scopeAreaId,
        version,
        supersedesId: current?.id ?? null,
        source: input.source,
        deliveredAt: input.deliveredAt,
        provisional,
        note,
        method,
        fileName: input.fileName ?? "",
        importedById: actor?.id ?? null,
      },
      select: { id: true },
    });
    await tx.figureValue.createMany({
      data: [
        ...rows.map((r) => ({ deliveryId: delivery.id, areaId: r.areaId, measure: r.measure, breakdownKind: r.breakdownKind, breakdownKey: r.breakdownKey, value: r.value, status: r.status })),
        ...carried.map((v) => ({ deliveryId: delivery.id, ...v })),
      ],
    });
    const result: WrittenDelivery = {
      id: delivery.id,
      periodCode: code,
      periodLabel: period.label,
      scopeAreaId: input.scopeAreaId,
      version,
      supersedesId: current?.id ?? null,
      provisional,
      valueCount: rows.length,
      carriedOverCount: carried.length,
      note,
    };
    await recordAudit(tx, actor, {
      action: version === 1 ? "figureDelivery.create" : "figureDelivery.newVersion",
      entityType: "FigureDelivery",
      entityId: delivery.id,
      after: {
        period: code,
        scopeAreaId: input.scopeAreaId,
        version,
        supersedesId: result.supersedesId,
        valueCount: result.valueCount,
        carriedOverCount: result.carriedOverCount,
        provisional,
        method,
        source: input.source,
        deliveredAt: input.deliveredAt.toISOString().slice(0, 10),
        fileName: input.fileName ?? "",
      },
    });
    written.push(result);
  }
  return written;
}

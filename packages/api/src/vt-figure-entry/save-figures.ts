import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { TRPCError } from "@trpc/server";
import { recordAudit } from "../audit/record-audit.ts";
import { fieldConflict, notFound } from "../errors.ts";
import { areaInScopeOrNotFound, figureScopeOf } from "../vt-figures/figure-scope.ts";
import type { FieldErrors } from "../field-errors.ts";
import { writeFigureDeliveries, type WrittenDelivery } from "../vt-figure-import/write-deliveries.ts";
import { KEY_LABELS, MEASURE_LABELS, type ReporterGroup, type ViolenceForm } from "../vt-figures/import-types.ts";
import type { MappedRow } from "../vt-figures/mapping.ts";
import { validateFigureRows } from "../vt-figures/validate.ts";
import { areasOfScope, currentVersionOf } from "./read-figures.ts";
import { periodCodeOf, type SaveFiguresValues } from "./schemas.ts";

/*
 * Hand entry of Veilig Thuis figures (docs/dashboard.md, "Cijfers beheren"). The form's cells go
 * through the import's own validation (validateFigureRows), so the same Dutch rules apply: parts
 * above their total, wijken above their municipality, negative or fractional counts. The delivery is
 * written by the import's writeFigureDeliveries (method MANUAL): versions, supersedes, carry-over
 * and the audit event live there.
 */

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** The accessible name of a cell: "Meldingen, Centrum, 2021" or "Meldingen kindermishandeling, politie, Zwijndrecht, 2021". */
export function cellLabel(cell: { measure: keyof typeof MEASURE_LABELS; breakdownKey: string }, areaName: string, periodLabel: string): string {
  const key = cell.breakdownKey === "" ? "" : `, ${KEY_LABELS[cell.breakdownKey as ReporterGroup | ViolenceForm]}`;
  return `${capitalised(MEASURE_LABELS[cell.measure])}${key}, ${areaName}, ${periodLabel}`;
}

function breakdownWord(kind: string): string {
  return kind === "REPORTER_GROUP" ? "melder" : kind === "FORM" ? "vorm van geweld" : "";
}

export interface SaveFiguresResult {
  delivery: WrittenDelivery;
}

/** Saves the form as a new delivery (version 1, or the next version when confirmed); see the file comment. */
export async function saveFigures(db: Db, actor: SessionUser, input: SaveFiguresValues): Promise<SaveFiguresResult> {
  // Only into the caller's own municipality (issue 18): another's area is "not found".
  await areaInScopeOrNotFound(db, await figureScopeOf(db, actor), input.scopeAreaId);
  const { scope, areas } = await areasOfScope(db, input.scopeAreaId);
  if (scope.kind === "WIJK") {
    const message = "Cijfers worden per gemeente (met haar wijken) of per Veilig Thuis-regio geleverd: kies de gemeente.";
    throw fieldConflict(message, { scopeAreaId: [message] });
  }
  const period = { year: input.year, half: input.half };
  const code = periodCodeOf(period);
  const periodLabel = input.half === null ? String(input.year) : `${input.year} ${input.half}e halfjaar`;
  const areaById = new Map(areas.map((a) => [a.id, a]));

  // Every cell of the form is delivered, an empty one as "niet geleverd" (MISSING): the form starts
  // from the current version, so a cell emptied in a correction is no longer known, and nothing of
  // the previous version is carried over behind the user's back.
  const rows: MappedRow[] = input.cells.map((cell, index) => ({
    rowNumber: index + 1,
    column: null,
    values: {
      periode: code,
      gebied: areaById.get(cell.areaId)?.code ?? `onbekend gebied ${cell.areaId}`,
      maatregel: cell.measure,
      uitsplitsing: breakdownWord(cell.breakdownKind),
      sleutel: cell.breakdownKey,
      waarde: cell.value,
      status: "",
      voorlopig: input.provisional ? "ja" : "nee",
    },
  }));

  const current = await currentVersionOf(db, scope.id, period);
  const validation = validateFigureRows(rows, {
    areas: areas.map((a) => ({ id: a.id, name: a.name, code: a.code, kind: a.kind, parentId: a.parentId })),
    existingDeliveries: current > 0 ? [{ periodCode: code, scopeAreaId: scope.id, version: current }] : [],
    scopeAreaId: scope.id,
    maxErrors: 1000,
  });
  if (!validation.ok) {
    const labels = input.cells.map((cell) => cellLabel(cell, areaById.get(cell.areaId)?.name ?? "?", periodLabel));
    const named = (text: string) => text.replace(/\b[Rr]ij (\d+)\b/g, (match, n: string) => (labels[Number(n) - 1] ? `‘${labels[Number(n) - 1]}’` : match));
    const fieldErrors: FieldErrors = {};
    const loose: string[] = [];
    for (const message of validation.errors) {
      const at = /^Rij (\d+): (.*)$/s.exec(message);
      if (at && labels[Number(at[1]) - 1]) (fieldErrors[`cells.${Number(at[1]) - 1}.value`] ??= []).push(capitalised(named(at[2]!)));
      else loose.push(named(message));
    }
    if (loose.length > 0) fieldErrors._form = loose;
    throw fieldConflict("De cijfers kloppen niet: controleer de gemarkeerde cellen.", fieldErrors);
  }

  if (current !== input.startedFromVersion) throw newerVersion(periodLabel, current);
  if (current > 0 && !input.confirmNewVersion) {
    const message = `Voor ${periodLabel} zijn al cijfers opgeslagen (versie ${current}). Vink aan dat u ze wilt opslaan als nieuwe versie ${current + 1}; de eerdere versie blijft bewaard en zichtbaar.`;
    throw fieldConflict(message, { confirmNewVersion: [message] });
  }

  const [delivery] = await db.$transaction(async (tx) => {
    const written = await writeFigureDeliveries(tx, actor, {
      scopeAreaId: scope.id,
      rows: validation.rows,
      method: "MANUAL",
      source: input.source,
      deliveredAt: input.deliveredAt,
      note: input.note,
    });
    // The period row is locked now: a version saved since the check above shows here, and the
    // transaction is rolled back rather than stacking a version on figures the user never saw.
    if (written[0]?.version !== input.startedFromVersion + 1) throw newerVersion(periodLabel, (written[0]?.version ?? 1) - 1);
    return written;
  });
  if (!delivery) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Er is niets opgeslagen." });
  return { delivery };
}

function newerVersion(periodLabel: string, current: number): TRPCError {
  return new TRPCError({
    code: "CONFLICT",
    message: `Iemand anders heeft intussen cijfers voor ${periodLabel} opgeslagen (nu versie ${current}). Uw invoer is niet opgeslagen en staat nog in het formulier. Open de huidige versie om uw wijziging daarop opnieuw in te voeren.`,
  });
}

/** Children 0-17 of an area in a year (the denominator): create or change, audited with before and after. */
export async function setPopulation(db: Db, actor: SessionUser, input: { areaId: string; year: number; children0to17: number; source: string }) {
  const figureScope = await figureScopeOf(db, actor);
  return db.$transaction(async (tx) => {
    await areaInScopeOrNotFound(tx, figureScope, input.areaId);
    const area = await tx.area.findUnique({ where: { id: input.areaId }, select: { id: true, name: true } });
    if (!area) throw notFound("Het gebied");
    const select = { id: true, areaId: true, year: true, children0to17: true, source: true } as const;
    const before = await tx.areaPopulation.findUnique({ where: { areaId_year: { areaId: input.areaId, year: input.year } }, select });
    const after = await tx.areaPopulation.upsert({
      where: { areaId_year: { areaId: input.areaId, year: input.year } },
      create: { areaId: input.areaId, year: input.year, children0to17: input.children0to17, source: input.source },
      update: { children0to17: input.children0to17, source: input.source },
      select,
    });
    await recordAudit(tx, actor, {
      action: before ? "areaPopulation.update" : "areaPopulation.create",
      entityType: "AreaPopulation",
      entityId: after.id,
      before: before ? { ...before, areaName: area.name } : undefined,
      after: { ...after, areaName: area.name },
    });
    return { ...after, areaName: area.name, created: before === null };
  });
}

import { municipalityScopeOf } from "@kk/auth/policy";
import type { SessionUser } from "@kk/auth/roles";
import type { Db, Prisma, Tx } from "@kk/db";
import { TRPCError } from "@trpc/server";
import { recordAudit } from "../audit/record-audit.ts";
import { FieldErrorsCause } from "../field-errors.ts";
import { assertCan } from "../trpc.ts";
import { prepareFigureImport } from "../vt-figures/import-figures.ts";
import { type ColumnMapping, type ColumnTarget, type MatchQuality, proposeMapping } from "../vt-figures/mapping.ts";
import type { MunicipalityRestriction } from "../vt-figures/import-municipality.ts";
import type { KnownArea, ReadyFigureRow } from "../vt-figures/validate.ts";
import { FIGURE_IMPORT_MAX_BYTES, FIGURE_IMPORT_MAX_ERRORS, type FigureImportFormatName, type FigureImportValues } from "./schemas.ts";
import { valuesCarriedOver, writeFigureDeliveries, type WrittenDelivery } from "./write-deliveries.ts";

/*
 * The import of Veilig Thuis figures (issue 6): preview (stores nothing) and commit (validates again
 * and writes every period in one transaction, or nothing). The pure work is prepareFigureImport
 * (vt-figures/import-figures.ts); this file loads what it needs from the database (areas, current
 * deliveries, remembered mappings) and writes the result (write-deliveries.ts).
 *
 * Scope: every row belongs to the delivery of its area's scope — a wijk to its municipality, a
 * municipality and a VT region to themselves — so a CBS table with the region and the municipality
 * gives one delivery per period for each.
 *
 * Municipality (issue 18, docs/adr/0023): each row's municipality is its area's (a CBS gemeentecode
 * such as GM0505 or a name in the file finds the area); a coordinator imports only their own
 * municipality's rows and the region's (vt-figures/import-municipality.ts). Names are looked up with
 * the importer's own areas winning, so a wijk name that two municipalities share ("Centrum") is theirs.
 */

export interface MappingColumnView {
  header: string;
  target: ColumnTarget;
  /** How sure the proposal is; "similar" and "none" are shown as uncertain. */
  quality: MatchQuality;
}

export interface DeliveryPlan {
  periodCode: string;
  periodLabel: string;
  scopeAreaId: string;
  scopeName: string;
  provisional: boolean;
  valueCount: number;
  action: "NEW" | "NEW_VERSION";
  /** The version the import will get. */
  version: number;
  /** Values of the current version that this import does not replace and that are taken over. */
  carriedOverCount: number;
  /** Dutch, for NEW_VERSION. */
  notice: string | null;
}

export type FigureImportPreviewResult =
  | { stage: "FILE_ERROR"; fileName: string; errors: string[] }
  | { stage: "MAPPING"; fileName: string; fingerprint: string; columns: MappingColumnView[]; problems: string[]; remembered: boolean; notes: string[] }
  | { stage: "INVALID"; fileName: string; fingerprint: string; columns: MappingColumnView[]; remembered: boolean; errors: string[]; notes: string[] }
  | {
      stage: "READY";
      fileName: string;
      fingerprint: string;
      columns: MappingColumnView[];
      remembered: boolean;
      notes: string[];
      /** Rows of areas the portal does not know, left out (Dutch, one line each). */
      skipped: string[];
      deliveries: DeliveryPlan[];
      valueCount: number;
      /** Some period already has figures: the commit needs confirmNewVersion. */
      needsConfirmation: boolean;
      tableId: string | null;
    };

export type FigureImportCommitResult =
  | { committed: true; fileName: string; deliveries: Array<WrittenDelivery & { scopeName: string }>; valueCount: number }
  | { committed: false; preview: FigureImportPreviewResult };

export const CONFIRM_NEW_VERSION_MESSAGE = "Er zijn al cijfers voor een periode in dit bestand: vink ‘Importeer als nieuwe versie’ aan om ze als nieuwe versie op te slaan.";

function methodOf(format: FigureImportFormatName): "TEMPLATE_IMPORT" | "CBS_IMPORT" {
  return format === "CBS" ? "CBS_IMPORT" : "TEMPLATE_IMPORT";
}

function columnsView(columns: ColumnMapping["columns"]): MappingColumnView[] {
  const proposal = proposeMapping(columns.map((c) => c.header));
  return columns.map((c, i) => ({ header: c.header, target: c.target, quality: proposal.quality[i] ?? "none" }));
}

function scopeOf(area: KnownArea): string {
  return area.kind === "WIJK" ? (area.parentId ?? area.id) : area.id;
}

interface Prepared {
  view: FigureImportPreviewResult;
  rows: ReadyFigureRow[];
  scopes: Map<string, ReadyFigureRow[]>;
  mapping: ColumnMapping | null;
  areaNames: Map<string, string>;
}

/** Reads, maps and validates the file against the database as it is now (or inside the commit's transaction). */
async function prepare(db: Db | Tx, actor: SessionUser, input: FigureImportValues): Promise<Prepared> {
  const content = new Uint8Array(Buffer.from(input.contentBase64, "base64"));
  const empty = { rows: [], scopes: new Map(), mapping: null, areaNames: new Map() };
  if (content.byteLength > FIGURE_IMPORT_MAX_BYTES) {
    return { ...empty, view: { stage: "FILE_ERROR", fileName: input.fileName, errors: [`Het bestand is groter dan ${FIGURE_IMPORT_MAX_BYTES / 1024 / 1024} MB. Splits het in kleinere bestanden.`] } };
  }
  const scope = municipalityScopeOf(actor);
  const ownCode = scope.kind === "municipality" ? scope.code : null;
  const allAreas = await db.area.findMany({
    select: { id: true, name: true, code: true, kind: true, parentId: true, municipalityCode: true },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
  // The importer's own areas last: the name index (validate.ts, areaIndex) keeps the last area of a name.
  const areaRows = ownCode === null ? allAreas : [...allAreas.filter((a) => a.municipalityCode !== ownCode), ...allAreas.filter((a) => a.municipalityCode === ownCode)];
  const areas: KnownArea[] = areaRows.map(({ municipalityCode: _owner, ...area }) => area);
  const ownArea = ownCode === null ? undefined : allAreas.find((a) => a.code === ownCode);
  const restriction: MunicipalityRestriction | undefined =
    scope.kind === "region"
      ? undefined
      : { municipalityOf: new Map(allAreas.map((a) => [a.id, a.municipalityCode])), own: ownCode === null ? null : { code: ownCode, name: ownArea?.name ?? ownCode } };
  const areaNames = new Map(areaRows.map((a) => [a.id, a.name]));
  const current = await db.figureDelivery.findMany({
    where: { supersededBy: null },
    select: { id: true, scopeAreaId: true, version: true, period: { select: { code: true } } },
  });
  const remembered = (await db.figureImportMapping.findMany({ where: { format: input.format }, select: { fingerprint: true, columns: true } })).map((m) => ({
    fingerprint: m.fingerprint,
    columns: m.columns as unknown as ColumnMapping["columns"],
  }));

  const prepared = await prepareFigureImport({
    format: input.format,
    fileName: input.fileName,
    content,
    mapping: input.mapping,
    remembered,
    areas,
    existingDeliveries: current.map((d) => ({ periodCode: d.period.code, scopeAreaId: d.scopeAreaId, version: d.version })),
    unknownAreas: input.skipUnknownAreas ? "skip" : "error",
    maxErrors: FIGURE_IMPORT_MAX_ERRORS,
    restriction,
  });
  const fileName = input.fileName;
  if (prepared.stage === "FILE_ERROR") return { ...empty, view: { stage: "FILE_ERROR", fileName, errors: prepared.errors } };
  if (prepared.stage === "MAPPING") {
    const { proposal } = prepared;
    const quality = proposeMapping(proposal.columns.map((c) => c.header)).quality;
    return {
      ...empty,
      view: {
        stage: "MAPPING",
        fileName,
        fingerprint: proposal.fingerprint,
        columns: proposal.columns.map((c, i) => ({ header: c.header, target: c.target, quality: quality[i] ?? "none" })),
        problems: proposal.problems,
        remembered: prepared.remembered,
        notes: prepared.notes,
      },
    };
  }
  const { mapping, result, notes, remembered: wasRemembered } = prepared;
  const base = { fileName, fingerprint: mapping.fingerprint, columns: columnsView(mapping.columns), remembered: wasRemembered, notes };
  if (!result.ok) return { ...empty, mapping, view: { stage: "INVALID", ...base, errors: result.errors } };

  const byId = new Map(areas.map((a) => [a.id, a]));
  const scopes = new Map<string, ReadyFigureRow[]>();
  for (const row of result.rows) {
    const scope = scopeOf(byId.get(row.areaId)!);
    const group = scopes.get(scope);
    if (group) group.push(row);
    else scopes.set(scope, [row]);
  }
  const currentOf = new Map(current.map((d) => [`${d.period.code}|${d.scopeAreaId}`, d]));
  const deliveries: DeliveryPlan[] = [];
  for (const [scopeAreaId, rows] of scopes) {
    const byPeriod = new Map<string, ReadyFigureRow[]>();
    for (const row of rows) {
      const group = byPeriod.get(row.period.code);
      if (group) group.push(row);
      else byPeriod.set(row.period.code, [row]);
    }
    for (const [code, periodRows] of byPeriod) {
      const existing = currentOf.get(`${code}|${scopeAreaId}`);
      const label = periodRows[0]!.period.label;
      const scopeName = areaNames.get(scopeAreaId) ?? "";
      let carriedOverCount = 0;
      let notice: string | null = null;
      if (existing) {
        const previous = await db.figureValue.findMany({ where: { deliveryId: existing.id }, select: { areaId: true, measure: true, breakdownKind: true } });
        carriedOverCount = valuesCarriedOver(previous, periodRows).length;
        notice =
          `Voor ${label} (${scopeName}) zijn al cijfers geïmporteerd (versie ${existing.version}). Dit bestand kan worden opgeslagen als nieuwe versie ${existing.version + 1}; ` +
          `de eerdere versie blijft bewaard en zichtbaar. De waarden in dit bestand vervangen die van versie ${existing.version} voor dezelfde gebieden en maatregelen` +
          (carriedOverCount > 0
            ? `; de ${carriedOverCount} andere ${carriedOverCount === 1 ? "waarde" : "waarden"} van versie ${existing.version} ${carriedOverCount === 1 ? "wordt" : "worden"} overgenomen in versie ${existing.version + 1}.`
            : ".");
      }
      deliveries.push({
        periodCode: code,
        periodLabel: label,
        scopeAreaId,
        scopeName,
        provisional: periodRows.some((r) => r.provisional),
        valueCount: periodRows.length,
        action: existing ? "NEW_VERSION" : "NEW",
        version: (existing?.version ?? 0) + 1,
        carriedOverCount,
        notice,
      });
    }
  }
  deliveries.sort((a, b) => a.periodCode.localeCompare(b.periodCode) || a.scopeName.localeCompare(b.scopeName, "nl"));
  return {
    rows: result.rows,
    scopes,
    mapping,
    areaNames,
    view: {
      stage: "READY",
      ...base,
      // A wide (CBS) row is one value per column: name a skipped row once, not once per column.
      skipped: [...new Set(result.skipped.map((line) => line.replace(/^(Rij \d+), kolom ‘[^’]*’:/, "$1:")))],
      deliveries,
      valueCount: result.rows.length,
      needsConfirmation: deliveries.some((d) => d.action === "NEW_VERSION"),
      tableId: prepared.tableId,
    },
  };
}

/** What the import would do; stores nothing. */
export async function previewFigureImport(db: Db, actor: SessionUser, input: FigureImportValues): Promise<FigureImportPreviewResult> {
  assertCan(actor, "figures.manage");
  return (await prepare(db, actor, input)).view;
}

/**
 * Validates again and writes every period of every scope in one transaction: any error and nothing
 * is stored. A period that already has figures needs `confirmNewVersion`. The mapping used is
 * remembered for the next file with the same header.
 */
export async function commitFigureImport(db: Db, actor: SessionUser, input: FigureImportValues & { confirmNewVersion: boolean }): Promise<FigureImportCommitResult> {
  assertCan(actor, "figures.manage");
  return db.$transaction(
    async (tx) => {
      const prepared = await prepare(tx, actor, input);
      if (prepared.view.stage !== "READY" || !prepared.mapping) return { committed: false, preview: prepared.view };
      if (prepared.view.needsConfirmation && !input.confirmNewVersion) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: CONFIRM_NEW_VERSION_MESSAGE,
          cause: new FieldErrorsCause(CONFIRM_NEW_VERSION_MESSAGE, { confirmNewVersion: [CONFIRM_NEW_VERSION_MESSAGE] }),
        });
      }
      const written: Array<WrittenDelivery & { scopeName: string }> = [];
      for (const [scopeAreaId, rows] of [...prepared.scopes.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        const deliveries = await writeFigureDeliveries(tx, actor, {
          scopeAreaId,
          rows,
          method: methodOf(input.format),
          source: input.source,
          deliveredAt: input.deliveredAt,
          fileName: input.fileName,
          note: input.note,
        });
        written.push(...deliveries.map((d) => ({ ...d, scopeName: prepared.areaNames.get(scopeAreaId) ?? "" })));
      }
      const mapping = prepared.mapping;
      const columns = mapping.columns as unknown as Prisma.InputJsonValue;
      const before = await tx.figureImportMapping.findUnique({ where: { fingerprint: mapping.fingerprint }, select: { id: true, format: true, columns: true } });
      const saved = await tx.figureImportMapping.upsert({
        where: { fingerprint: mapping.fingerprint },
        create: { fingerprint: mapping.fingerprint, format: input.format, columns, updatedById: actor.id },
        update: { format: input.format, columns, updatedById: actor.id },
        select: { id: true, fingerprint: true, format: true, columns: true },
      });
      if (!before || JSON.stringify(before.columns) !== JSON.stringify(saved.columns) || before.format !== saved.format) {
        await recordAudit(tx, actor, { action: before ? "figureImportMapping.update" : "figureImportMapping.create", entityType: "FigureImportMapping", entityId: saved.id, before, after: saved });
      }
      written.sort((a, b) => a.periodCode.localeCompare(b.periodCode) || a.scopeName.localeCompare(b.scopeName, "nl"));
      return { committed: true, fileName: input.fileName, deliveries: written, valueCount: prepared.rows.length };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

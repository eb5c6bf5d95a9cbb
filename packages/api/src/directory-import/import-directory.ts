import type { SessionUser } from "@kk/auth/roles";
import { Prisma, type Db, type Tx } from "@kk/db";
import { recordAudit } from "../audit/record-audit.ts";
import { assertCan } from "../trpc.ts";
import { slugify, uniqueOrganisationSlug } from "../organisation/slug.ts";
import { defaultWorkingArea, normaliseWorkingArea, writeOrganisationWorkingArea, type WorkingArea } from "../organisation/working-area.ts";
import { parseImportTable, type ImportedContact, type ParsedRow } from "./import-rows.ts";
import { ImportFileError, readImportTable } from "./read-table.ts";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, type DirectoryImportInput } from "./schemas.ts";

/*
 * Import of organisations and contacts from CSV or XLSX (issue 3): a preview first, then a
 * commit that validates everything again and writes all rows in one transaction or nothing.
 * Matching: by slug when the row has one, else by name (case-insensitive). Contacts are matched
 * by name within their organisation; contacts missing from the file are left alone, as are
 * escalation routes. An import never touches verifiedAt: importing is not confirming.
 */

export type ImportAction = "create" | "update" | "unchanged";

export interface ImportPreviewRow {
  rowNumber: number;
  name: string;
  /** The existing slug for an update; the slug that will be used (or proposed) for a new one. */
  slug: string;
  action: ImportAction;
  contactsCreated: number;
  contactsUpdated: number;
  errors: string[];
}

export interface ImportSummary {
  organisationsCreated: number;
  organisationsUpdated: number;
  organisationsUnchanged: number;
  contactsCreated: number;
  contactsUpdated: number;
}

export interface ImportPreview {
  fileName: string;
  /** Problems with the file as a whole (no rows are shown then). */
  fileErrors: string[];
  rows: ImportPreviewRow[];
  /** Every error, file and row, in order: the error summary. */
  errors: string[];
  summary: ImportSummary;
  canImport: boolean;
}

export interface ImportResult extends ImportPreview {
  imported: boolean;
}

type ExistingOrganisation = Prisma.OrganisationGetPayload<{ include: { contacts: true; municipalities: true } }>;

interface PlannedRow {
  row: ParsedRow;
  preview: ImportPreviewRow;
  target: ExistingOrganisation | null;
}

async function decode(input: DirectoryImportInput): Promise<{ rows: ParsedRow[]; fileErrors: string[] }> {
  const content = Buffer.from(input.contentBase64, "base64");
  if (content.byteLength > IMPORT_MAX_BYTES) return { rows: [], fileErrors: [`Het bestand is groter dan ${IMPORT_MAX_BYTES / 1024 / 1024} MB. Splits het in kleinere bestanden.`] };
  try {
    const table = await readImportTable(input.fileName, new Uint8Array(content));
    if (table.rows.length > IMPORT_MAX_ROWS) {
      return { rows: [], fileErrors: [`Het bestand heeft ${table.rows.length} rijen; importeer hoogstens ${IMPORT_MAX_ROWS} organisaties tegelijk. Splits het bestand.`] };
    }
    return parseImportTable(table);
  } catch (error) {
    if (error instanceof ImportFileError) return { rows: [], fileErrors: [error.message] };
    throw error;
  }
}

/** Decides per row what would happen, against the database as it is now (or inside the commit's transaction). */
async function plan(db: Db | Tx, rows: ParsedRow[]): Promise<PlannedRow[]> {
  const existing: ExistingOrganisation[] = await db.organisation.findMany({ include: { contacts: true, municipalities: true } });
  const knownMunicipalities = new Set((await db.municipality.findMany({ select: { code: true } })).map((m) => m.code));
  const bySlug = new Map(existing.map((o) => [o.slug, o]));
  const byName = new Map<string, ExistingOrganisation[]>();
  for (const o of existing) {
    const key = o.name.trim().toLocaleLowerCase("nl");
    byName.set(key, [...(byName.get(key) ?? []), o]);
  }
  const claimed = new Map<string, number>();
  return rows.map((row) => {
    const errors = [...row.errors];
    const name = row.organisation?.name ?? row.displayName;
    const nameKey = name.trim().toLocaleLowerCase("nl");
    let target: ExistingOrganisation | null = null;
    if (row.slug !== "") {
      target = bySlug.get(row.slug) ?? null;
    } else if (nameKey !== "") {
      const matches = byName.get(nameKey) ?? [];
      if (matches.length > 1) {
        errors.push(`Rij ${row.rowNumber}: er zijn ${matches.length} organisaties met de naam ‘${name}’. Vul de slug in om aan te geven welke u bedoelt.`);
      }
      target = matches.length === 1 ? matches[0]! : null;
    }
    const slug = target?.slug ?? (row.slug !== "" ? row.slug : slugify(name));
    // Two rows for one organisation would overwrite each other: refuse the second.
    const claimKey = target ? `id:${target.id}` : row.slug !== "" ? `slug:${row.slug}` : `name:${nameKey}`;
    const earlier = claimed.get(claimKey);
    if (earlier !== undefined) errors.push(`Rij ${row.rowNumber}: dezelfde organisatie als rij ${earlier}. Zet elke organisatie in één rij.`);
    else claimed.set(claimKey, row.rowNumber);

    // Werkgebied (issue 18): every code must be a municipality of this install.
    const unknownCodes = (row.organisation?.municipalityCodes ?? []).filter((code) => !knownMunicipalities.has(code));
    if (unknownCodes.length > 0) {
      errors.push(
        `Rij ${row.rowNumber}, werkgebied: onbekende gemeente ${unknownCodes.join(", ")}. Gebruik ‘hele regio’ of de CBS-codes van gemeenten van deze regio (${[...knownMunicipalities].sort().join(", ") || "nog geen"}).`,
      );
    }
    const wantedArea = workingAreaOf(row);
    const workingAreaChanged = target !== null && wantedArea !== null && !sameWorkingArea(wantedArea, target);
    const existingContacts = new Map((target?.contacts ?? []).map((c) => [c.name.trim().toLocaleLowerCase("nl"), c]));
    const matched = row.contacts.map((c) => existingContacts.get(c.name.toLocaleLowerCase("nl")));
    const contactsCreated = matched.filter((c) => c === undefined).length;
    const contactsUpdated = row.contacts.filter((c, i) => matched[i] !== undefined && differs(c, matched[i]!)).length;
    const organisationChanged =
      target !== null && row.organisation !== null && (differs(pick(row.organisation, row.presentFields), target) || workingAreaChanged);
    const action: ImportAction = !target ? "create" : organisationChanged || contactsCreated + contactsUpdated > 0 ? "update" : "unchanged";
    return {
      row,
      target,
      preview: { rowNumber: row.rowNumber, name, slug, action, contactsCreated, contactsUpdated, errors },
    };
  });
}

function previewOf(fileName: string, fileErrors: string[], planned: PlannedRow[]): ImportPreview {
  const rows = planned.map((p) => p.preview);
  const errors = [...fileErrors, ...rows.flatMap((r) => r.errors)];
  const valid = errors.length === 0;
  return {
    fileName,
    fileErrors,
    rows,
    errors,
    summary: {
      organisationsCreated: rows.filter((r) => r.action === "create").length,
      organisationsUpdated: rows.filter((r) => r.action === "update").length,
      organisationsUnchanged: rows.filter((r) => r.action === "unchanged").length,
      contactsCreated: rows.reduce((n, r) => n + r.contactsCreated, 0),
      contactsUpdated: rows.reduce((n, r) => n + r.contactsUpdated, 0),
    },
    canImport: valid && rows.length > 0,
  };
}

/** The working area a row asks for, or null when its werkgebied cell is empty or absent. */
function workingAreaOf(row: ParsedRow): WorkingArea | null {
  const organisation = row.organisation;
  if (!organisation || organisation.regionWide === undefined) return null;
  return normaliseWorkingArea({ regionWide: organisation.regionWide, municipalityCodes: organisation.municipalityCodes ?? [] });
}

function sameWorkingArea(area: WorkingArea, target: ExistingOrganisation): boolean {
  const current = normaliseWorkingArea({ regionWide: target.regionWide, municipalityCodes: target.municipalities.map((m) => m.municipalityCode) });
  return JSON.stringify(current) === JSON.stringify(area);
}

function pick(organisation: Record<string, unknown>, fields: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(organisation).filter(([key]) => fields.has(key)));
}

/** True when a field of `wanted` has another value in `current`. */
function differs(wanted: Record<string, unknown>, current: Record<string, unknown>): boolean {
  return Object.entries(wanted).some(([key, value]) => JSON.stringify(value) !== JSON.stringify(current[key]));
}

/** Reads and validates the file and says what an import would do; stores nothing. */
export async function previewDirectoryImport(db: Db, actor: SessionUser, input: DirectoryImportInput): Promise<ImportPreview> {
  assertCan(actor, "directory.import");
  const { rows, fileErrors } = await decode(input);
  return previewOf(input.fileName, fileErrors, await plan(db, rows));
}

class ImportRefused extends Error {
  constructor(readonly preview: ImportPreview) {
    super("import refused");
  }
}

/**
 * Validates again and writes every row in one transaction: one error anywhere and nothing is
 * stored. One audit event per created or updated organisation.
 */
export async function commitDirectoryImport(db: Db, actor: SessionUser, input: DirectoryImportInput): Promise<ImportResult> {
  assertCan(actor, "directory.import");
  const { rows, fileErrors } = await decode(input);
  try {
    return await db.$transaction(
      async (tx) => {
        const planned = await plan(tx, rows);
        const preview = previewOf(input.fileName, fileErrors, planned);
        if (!preview.canImport) throw new ImportRefused(preview);
        for (const item of planned) await writeRow(tx, actor, item);
        return { ...preview, imported: true };
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof ImportRefused) return { ...error.preview, imported: false };
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const message = "Een organisatie in het bestand is intussen door iemand anders aangemaakt. Er is niets geïmporteerd; bekijk het voorbeeld opnieuw.";
      return { ...previewOf(input.fileName, [message], []), imported: false };
    }
    throw error;
  }
}

async function writeRow(tx: Tx, actor: SessionUser, { row, target, preview }: PlannedRow): Promise<void> {
  const organisation = row.organisation;
  if (!organisation) throw new Error(`Row ${row.rowNumber} has no valid organisation`);
  if (preview.action === "unchanged") return;
  if (target) {
    const { contacts: contactsBefore, ...before } = target;
    // verifiedAt is deliberately absent: importing is not confirming (issue 3).
    const area = workingAreaOf(row);
    const fields = pick(organisation, row.presentFields);
    const after = await tx.organisation.update({
      where: { id: target.id },
      data: { ...fields, ...(area ? { regionWide: area.regionWide } : {}), version: { increment: 1 } },
    });
    if (area) await writeOrganisationWorkingArea(tx, target.id, area);
    const contacts = await upsertContacts(tx, target.id, contactsBefore, row.contacts);
    await recordAudit(tx, actor, {
      action: "organisation.import",
      entityType: "Organisation",
      entityId: target.id,
      before: { ...withoutSearch(before), contacts: contactsBefore },
      after: { ...withoutSearch(after), ...(area ? { municipalities: area.municipalityCodes.map((municipalityCode) => ({ municipalityCode })) } : {}), contacts },
    });
    return;
  }
  const slug = row.slug !== "" ? row.slug : await uniqueOrganisationSlug(tx, organisation.name);
  // Without a werkgebied: the importing coordinator's municipality, else the whole region (as the form).
  const area = workingAreaOf(row) ?? defaultWorkingArea(actor);
  const { regionWide: _regionWide, municipalityCodes: _codes, ...fields } = organisation;
  const created = await tx.organisation.create({ data: { ...fields, regionWide: area.regionWide, slug } });
  await writeOrganisationWorkingArea(tx, created.id, area);
  const contacts = await upsertContacts(tx, created.id, [], row.contacts);
  await recordAudit(tx, actor, {
    action: "organisation.import",
    entityType: "Organisation",
    entityId: created.id,
    after: { ...withoutSearch(created), municipalities: area.municipalityCodes.map((municipalityCode) => ({ municipalityCode })), contacts },
  });
}

/** Contacts matched by name: changed ones updated, new ones created, others left alone. Returns the contacts written. */
async function upsertContacts(tx: Tx, organisationId: string, existing: Array<Prisma.ContactGetPayload<object>>, contacts: ImportedContact[]) {
  const byName = new Map(existing.map((c) => [c.name.trim().toLocaleLowerCase("nl"), c]));
  const written = [];
  for (const contact of contacts) {
    const current = byName.get(contact.name.toLocaleLowerCase("nl"));
    if (current && !differs(contact, current)) continue;
    written.push(
      current
        ? await tx.contact.update({ where: { id: current.id }, data: { ...contact, version: { increment: 1 } } })
        : await tx.contact.create({ data: { ...contact, organisationId } }),
    );
  }
  return written;
}

function withoutSearch<T extends { searchText: string }>(organisation: T): Omit<T, "searchText"> {
  const { searchText: _searchText, ...rest } = organisation;
  return rest;
}

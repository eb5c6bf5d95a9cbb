import type { z } from "zod";
import { createContactInput, CONTACT_VISIBILITIES } from "../contact/schemas.ts";
import {
  CONTACT_COLUMNS,
  contactHeader,
  ORGANISATION_COLUMNS,
  parseContactHeader,
  type ContactColumnKey,
  type OrganisationColumnKey,
} from "../directory-export/columns.ts";
import { CONTACT_ROLES, LEGAL_FRAMES, SECTORS } from "../directory/schemas.ts";
import { createOrganisationInput, ORGANISATION_STATUSES } from "../organisation/schemas.ts";
import { RESERVED_SLUGS } from "../organisation/slug.ts";
import type { ImportTable } from "./read-table.ts";

/*
 * One spreadsheet row → one organisation with its contacts, validated with the SAME zod schemas
 * as the management forms (organisation/schemas.ts, contact/schemas.ts), so an import can store
 * nothing a coordinator could not type in by hand. Errors name the row and column in Dutch.
 */

const importContactInput = createContactInput.omit({ organisationId: true });

export type ImportedOrganisation = z.output<typeof createOrganisationInput> & { status?: (typeof ORGANISATION_STATUSES)[number] };
export type ImportedContact = z.output<typeof importContactInput>;

export interface ParsedRow {
  rowNumber: number;
  /** As written in the file: empty when the import should find the organisation by name. */
  slug: string;
  organisation: ImportedOrganisation | null;
  /** The organisation columns present in the file: an update leaves the others as they are. */
  presentFields: ReadonlySet<OrganisationColumnKey>;
  contacts: ImportedContact[];
  /** The name as typed, also when the row is invalid (for the preview table). */
  displayName: string;
  errors: string[];
}

export interface ParsedTable {
  fileErrors: string[];
  rows: ParsedRow[];
}

const REQUIRED_COLUMNS: OrganisationColumnKey[] = ["name", "sector", "type", "legalFrame"];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type ColumnRef = { kind: "organisation"; key: OrganisationColumnKey } | { kind: "contact"; index: number; key: ContactColumnKey } | { kind: "ignored" };

function columnOf(header: string): ColumnRef | null {
  const organisation = ORGANISATION_COLUMNS.find((c) => c.header === header);
  if (organisation) return organisation.key === "verifiedAt" ? { kind: "ignored" } : { kind: "organisation", key: organisation.key };
  const contact = parseContactHeader(header);
  return contact ? { kind: "contact", ...contact } : null;
}

/** "Jeugdhulp & sociaal werk", "jeugdhulp en sociaal werk" → "JEUGDHULP_SOCIAAL_WERK". */
function enumKey(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/&/g, " ")
    .replace(/\bEN\b/g, " ")
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

const ALIASES: Record<string, string> = {
  // Legal frames in plain Dutch (the labels of apps/web/src/messages/nl/sociale-kaart.ts, shortened).
  VRIJWILLIG_KADER: "CONSENT_REQUIRED",
  MET_TOESTEMMING: "CONSENT_REQUIRED",
  ZONDER_TOESTEMMING: "WITHOUT_CONSENT",
  ZONDER_TOESTEMMING_TIJDENS_MAATREGEL: "WITHOUT_CONSENT_DURING_ORDER",
  TIJDENS_MAATREGEL: "WITHOUT_CONSENT_DURING_ORDER",
  ZONDER_TOESTEMMING_BIJ_GEDWONGEN_TOEZICHT: "WITHOUT_CONSENT_DURING_SUPERVISION",
  GEDWONGEN_TOEZICHT: "WITHOUT_CONSENT_DURING_SUPERVISION",
  ACTIEF: "ACTIVE",
  INACTIEF: "INACTIVE",
  OPGEHEVEN: "CLOSED",
  GESLOTEN: "CLOSED",
  INGELOGD: "SIGNED_IN",
  ALLE_INGELOGDE_GEBRUIKERS: "SIGNED_IN",
  COORDINATOREN: "COORDINATORS",
  ALLEEN_COORDINATOREN: "COORDINATORS",
  FG: "PRIVACY_OFFICER",
  FUNCTIONARIS_GEGEVENSBESCHERMING: "PRIVACY_OFFICER",
  ESCALATIEAANSPREEKPUNT: "ESCALATIE_AANSPREEKPUNT",
  INFORMATIEVERZOEK: "INFORMATIEVERZOEKEN",
};

function toEnum<T extends string>(value: string, allowed: readonly T[]): T | null {
  const key = enumKey(value);
  const candidate = ALIASES[key] ?? key;
  return (allowed as readonly string[]).includes(candidate) ? (candidate as T) : null;
}

const TRUE = new Set(["ja", "j", "true", "waar", "1", "yes", "y", "x"]);
const FALSE = new Set(["nee", "n", "false", "onwaar", "0", "no"]);

function toBoolean(value: string): boolean | null | undefined {
  const v = value.trim().toLowerCase();
  if (v === "") return undefined;
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return null;
}

function quoted(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `‘${short}’`;
}

function headerOf(key: OrganisationColumnKey): string {
  return ORGANISATION_COLUMNS.find((c) => c.key === key)?.header ?? key;
}

export function parseImportTable(table: ImportTable): ParsedTable {
  const fileErrors: string[] = [];
  const columns = table.header.map((header) => ({ header, ref: columnOf(header) }));
  const unknown = columns.filter((c) => c.ref === null && c.header !== "").map((c) => `‘${c.header}’`);
  if (unknown.length > 0) fileErrors.push(`Onbekende kolom${unknown.length > 1 ? "men" : ""}: ${unknown.join(", ")}. Gebruik de kolomnamen uit het sjabloon.`);
  const present = new Set(columns.flatMap((c) => (c.ref?.kind === "organisation" ? [c.ref.key] : [])));
  const missing = REQUIRED_COLUMNS.filter((key) => !present.has(key)).map((key) => `‘${headerOf(key)}’`);
  if (missing.length > 0) fileErrors.push(`Verplichte kolom${missing.length > 1 ? "men ontbreken" : " ontbreekt"}: ${missing.join(", ")}.`);
  const seen = new Map<string, string>();
  for (const c of columns) {
    if (c.header === "") continue;
    if (seen.has(c.header)) fileErrors.push(`De kolom ‘${c.header}’ staat er twee keer in.`);
    seen.set(c.header, c.header);
  }
  if (table.rows.length === 0) fileErrors.push("Het bestand bevat geen organisaties: alleen de rij met kolomnamen.");
  if (fileErrors.length > 0) return { fileErrors, rows: [] };
  return { fileErrors, rows: table.rows.map((row) => parseRow(row.rowNumber, row.cells, columns, present)) };
}

function parseRow(
  rowNumber: number,
  cells: string[],
  columns: Array<{ header: string; ref: ColumnRef | null }>,
  present: ReadonlySet<OrganisationColumnKey>,
): ParsedRow {
  const errors: string[] = [];
  const prefix = `Rij ${rowNumber}`;
  const raw = new Map<OrganisationColumnKey, string>();
  const contactCells = new Map<number, Map<ContactColumnKey, string>>();
  columns.forEach((column, index) => {
    const value = (cells[index] ?? "").trim();
    if (column.ref?.kind === "organisation") raw.set(column.ref.key, value);
    if (column.ref?.kind === "contact") {
      const group = contactCells.get(column.ref.index) ?? new Map<ContactColumnKey, string>();
      group.set(column.ref.key, value);
      contactCells.set(column.ref.index, group);
    }
  });

  const candidate: Record<string, unknown> = {};
  const conversionFailed = new Set<string>();
  for (const [key, value] of raw) {
    if (key === "slug" || key === "verifiedAt") continue;
    if (key === "sector" || key === "legalFrame" || key === "status") {
      const allowed = key === "sector" ? SECTORS : key === "legalFrame" ? LEGAL_FRAMES : ORGANISATION_STATUSES;
      if (value === "" && key === "status") continue;
      const parsed = toEnum(value, allowed);
      if (parsed === null) {
        errors.push(value === "" ? `${prefix}, ${headerOf(key)}: vul een waarde in (${allowed.join(", ")}).` : `${prefix}, ${headerOf(key)} ${quoted(value)}: kies uit ${allowed.join(", ")}.`);
        conversionFailed.add(key);
      } else candidate[key] = parsed;
    } else if (key === "workingArea") {
      // Werkgebied (issue 18): "hele regio", or CBS codes separated by commas; empty = leave as it is.
      if (value === "") continue;
      if (/^(hele\s+)?regio$/i.test(value)) {
        candidate.regionWide = true;
        candidate.municipalityCodes = [];
      } else {
        candidate.regionWide = false;
        candidate.municipalityCodes = value.split(/[,;\s]+/).filter((code) => code !== "");
      }
    } else if (key === "meldcodeApplies" || key === "keurmerkMeldcode" || key === "isPublic") {
      const parsed = toBoolean(value);
      if (parsed === null) {
        errors.push(`${prefix}, ${headerOf(key)} ${quoted(value)}: vul ja of nee in.`);
        conversionFailed.add(key);
      } else if (parsed !== undefined) candidate[key] = parsed;
    } else {
      candidate[key] = value;
    }
  }

  const slug = (raw.get("slug") ?? "").toLowerCase();
  if (slug !== "" && (!SLUG.test(slug) || RESERVED_SLUGS.has(slug))) {
    errors.push(`${prefix}, slug ${quoted(slug)}: gebruik alleen kleine letters, cijfers en streepjes (bijvoorbeeld wijkteam-noord), of laat de slug leeg.`);
  }

  let organisation: ImportedOrganisation | null = null;
  const result = createOrganisationInput.safeParse(candidate);
  if (result.success) {
    organisation = { ...result.data, ...(candidate.status ? { status: candidate.status as ImportedOrganisation["status"] } : {}) };
  } else {
    for (const issue of result.error.issues) {
      const path = String(issue.path[0] ?? "");
      const key = (path === "regionWide" || path === "municipalityCodes" ? "workingArea" : path) as OrganisationColumnKey;
      if (conversionFailed.has(key)) continue;
      const value = raw.get(key) ?? "";
      errors.push(`${prefix}, ${headerOf(key)}${value === "" ? "" : ` ${quoted(value)}`}: ${issue.message}`);
    }
  }

  const contacts: ImportedContact[] = [];
  for (const [index, group] of [...contactCells.entries()].sort(([a], [b]) => a - b)) {
    if ([...group.values()].every((v) => v === "")) continue;
    const contactPrefix = `${prefix}, contact ${index}`;
    const contactCandidate: Record<string, unknown> = {};
    let ok = true;
    for (const [key, value] of group) {
      if (key === "roles") {
        const parts = value.split(/[,;]/).map((p) => p.trim()).filter((p) => p !== "");
        const roles = parts.map((p) => toEnum(p, CONTACT_ROLES));
        const bad = parts.filter((_, i) => roles[i] === null);
        if (bad.length > 0) {
          errors.push(`${contactPrefix} rollen ${quoted(bad.join(", "))}: kies uit ${CONTACT_ROLES.join(", ")}.`);
          ok = false;
        }
        contactCandidate.roles = [...new Set(roles.filter((r) => r !== null))];
      } else if (key === "visibility") {
        if (value === "") continue;
        const visibility = toEnum(value, CONTACT_VISIBILITIES);
        if (visibility === null) {
          errors.push(`${contactPrefix} zichtbaarheid ${quoted(value)}: kies SIGNED_IN (alle ingelogde gebruikers) of COORDINATORS (alleen coördinatoren).`);
          ok = false;
        } else contactCandidate.visibility = visibility;
      } else contactCandidate[key] = value;
    }
    const parsed = importContactInput.safeParse(contactCandidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "") as ContactColumnKey;
        const header = CONTACT_COLUMNS.find((c) => c.key === key)?.header ?? key;
        const value = group.get(key) ?? "";
        errors.push(`${prefix}, ${contactHeader(index, header)}${value === "" ? "" : ` ${quoted(value)}`}: ${issue.message}`);
      }
    } else if (ok) contacts.push(parsed.data);
  }
  const names = new Set<string>();
  for (const contact of contacts) {
    const key = contact.name.toLocaleLowerCase("nl");
    if (names.has(key)) errors.push(`${prefix}: de contactpersoon ${quoted(contact.name)} staat twee keer in deze rij.`);
    names.add(key);
  }

  return {
    rowNumber,
    slug,
    organisation: errors.length === 0 ? organisation : null,
    presentFields: new Set([...present].filter((key) => key !== "slug" && key !== "verifiedAt")),
    contacts,
    displayName: raw.get("name") ?? "",
    errors,
  };
}

import type { ContactRole, ContactVisibility, LegalFrame, OrganisationStatus, Sector } from "@kk/db";

/*
 * The spreadsheet layout of the sociale kaart, shared by export and import so that an exported
 * file can be imported again unchanged (docs/data-import.md). One row per organisation; its
 * contacts follow in repeated column groups "contact 1 …", "contact 2 …", as many as needed.
 * Headers are Dutch (the coordinator edits the file); enum values are the codes, which the import
 * also accepts in plain Dutch.
 */

export interface DirectoryOrganisationRow {
  slug: string;
  name: string;
  description: string;
  sector: Sector;
  type: string;
  legalFrame: LegalFrame;
  legalBasis: string;
  meldcodeApplies: boolean;
  keurmerkMeldcode: boolean;
  address: string;
  postcode: string;
  area: string;
  phone: string;
  email: string;
  website: string;
  openingHours: string;
  services: string[];
  targetGroups: string[];
  isPublic: boolean;
  status: OrganisationStatus;
  verifiedAt: Date | null;
  /** Werkgebied (issue 18): "hele regio", or the municipalities' CBS codes ("GM0505, GM0642"); "" = none set. */
  workingArea: string;
  contacts: DirectoryContactRow[];
}

export interface DirectoryContactRow {
  name: string;
  jobTitle: string;
  roles: ContactRole[];
  phone: string;
  email: string;
  availability: string;
  visibility: ContactVisibility;
}

export type OrganisationColumnKey = Exclude<keyof DirectoryOrganisationRow, "contacts">;
export type ContactColumnKey = keyof DirectoryContactRow;

export const ORGANISATION_COLUMNS: ReadonlyArray<{ key: OrganisationColumnKey; header: string }> = [
  { key: "slug", header: "slug" },
  { key: "name", header: "naam" },
  { key: "description", header: "omschrijving" },
  { key: "sector", header: "sector" },
  { key: "type", header: "soort" },
  { key: "legalFrame", header: "wettelijk kader" },
  { key: "legalBasis", header: "wettelijke grondslag" },
  { key: "meldcodeApplies", header: "meldcode van toepassing" },
  { key: "keurmerkMeldcode", header: "keurmerk meldcode" },
  { key: "address", header: "adres" },
  { key: "postcode", header: "postcode" },
  { key: "area", header: "wijk" },
  { key: "phone", header: "telefoon" },
  { key: "email", header: "e-mail" },
  { key: "website", header: "website" },
  { key: "openingHours", header: "openingstijden" },
  { key: "services", header: "diensten" },
  { key: "targetGroups", header: "doelgroepen" },
  { key: "isPublic", header: "openbaar" },
  { key: "status", header: "status" },
  { key: "workingArea", header: "werkgebied" },
  // Export only: the import never changes verifiedAt (issue 3), so it ignores this column.
  { key: "verifiedAt", header: "gecontroleerd op" },
];

export const CONTACT_COLUMNS: ReadonlyArray<{ key: ContactColumnKey; header: string }> = [
  { key: "name", header: "naam" },
  { key: "jobTitle", header: "functie" },
  { key: "roles", header: "rollen" },
  { key: "phone", header: "telefoon" },
  { key: "email", header: "e-mail" },
  { key: "availability", header: "bereikbaarheid" },
  { key: "visibility", header: "zichtbaarheid" },
];

export function contactHeader(index: number, header: string): string {
  return `contact ${index} ${header}`;
}

/** "contact 2 e-mail" → { index: 2, key: "email" }. */
export function parseContactHeader(header: string): { index: number; key: ContactColumnKey } | null {
  const match = /^contact\s*(\d{1,2})\s+(.+)$/.exec(header);
  if (!match) return null;
  const column = CONTACT_COLUMNS.find((c) => c.header === match[2]);
  return column ? { index: Number(match[1]), key: column.key } : null;
}

/** The werkgebied cell's value for the whole region. */
export const WHOLE_REGION_CELL = "hele regio";

/** The werkgebied cell of an organisation (issue 18). */
export function workingAreaCell(organisation: { regionWide: boolean; municipalities: ReadonlyArray<{ municipalityCode: string }> }): string {
  return organisation.regionWide ? WHOLE_REGION_CELL : organisation.municipalities.map((m) => m.municipalityCode).join(", ");
}

/** Separator inside one cell for lists (services, target groups, roles). */
export const LIST_SEPARATOR = ", ";

export interface DirectoryTable {
  header: string[];
  rows: string[][];
}

function formatDate(date: Date): string {
  // The calendar date in the Netherlands, as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

export function cellValue(value: DirectoryOrganisationRow[OrganisationColumnKey] | DirectoryContactRow[ContactColumnKey]): string {
  if (value === null) return "";
  if (value instanceof Date) return formatDate(value);
  if (typeof value === "boolean") return value ? "ja" : "nee";
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  return value;
}

/** The rows of the table: as many contact column groups as the organisation with the most contacts. */
export function directoryTable(organisations: readonly DirectoryOrganisationRow[], minContactGroups = 1): DirectoryTable {
  const groups = Math.max(minContactGroups, ...organisations.map((o) => o.contacts.length));
  const header = ORGANISATION_COLUMNS.map((c) => c.header);
  for (let i = 1; i <= groups; i += 1) header.push(...CONTACT_COLUMNS.map((c) => contactHeader(i, c.header)));
  const rows = organisations.map((organisation) => {
    const row = ORGANISATION_COLUMNS.map((c) => cellValue(organisation[c.key]));
    for (let i = 0; i < groups; i += 1) {
      const contact = organisation.contacts[i];
      row.push(...CONTACT_COLUMNS.map((c) => (contact ? cellValue(contact[c.key]) : "")));
    }
    return row;
  });
  return { header, rows };
}

/** The calendar date for a download's file name, in the Netherlands. */
export function exportDate(now: Date): string {
  return formatDate(now);
}

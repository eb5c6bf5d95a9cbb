import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { TRPCError } from "@trpc/server";
import { recordAudit } from "../audit/record-audit.ts";
import { assertCan } from "../trpc.ts";
import { directoryTable, exportDate, type DirectoryOrganisationRow } from "./columns.ts";
import { toCsv } from "./csv.ts";
import { hsdsPage, organisationToHsds } from "./hsds.ts";
import { loadDirectoryForViewer, loadPublicDirectory } from "./load-directory.ts";
import { toXlsx } from "./xlsx.ts";

export const EXPORT_FORMATS = ["csv", "xlsx", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: string | Uint8Array;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
};

export function isExportFormat(value: string | null): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value ?? "");
}

/**
 * The sociale kaart as a file, with exactly what this user may see on the organisation pages.
 * The download itself is recorded in the audit log: it is a bulk copy of personal data (names
 * and numbers of contacts) leaving the portal.
 */
export async function exportDirectory(db: Db, actor: SessionUser | null, format: ExportFormat, now: Date): Promise<ExportFile> {
  if (!actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "U bent niet ingelogd." });
  assertCan(actor, "directory.export");
  const organisations = await loadDirectoryForViewer(db, actor);
  const fileName = `sociale-kaart-${exportDate(now)}.${format}`;
  const body =
    format === "csv"
      ? toCsv(directoryTable(organisations))
      : format === "xlsx"
        ? await toXlsx(directoryTable(organisations))
        : JSON.stringify(hsdsPage(organisations.map(organisationToHsds)), null, 2);
  await db.$transaction((tx) =>
    recordAudit(tx, actor, {
      action: "directory.export",
      entityType: "Organisation",
      entityId: "*",
      after: { format, organisations: organisations.length, contacts: organisations.reduce((n, o) => n + o.contacts.length, 0) },
    }),
  );
  return { fileName, contentType: CONTENT_TYPES[format], body };
}

/** The public, anonymous HSDS list: public active organisations, no contacts. */
export async function publicDirectory(db: Db) {
  const organisations = await loadPublicDirectory(db);
  return hsdsPage(organisations.map(organisationToHsds));
}

/** An empty file with the import columns and one example row (the import page links to it). */
export async function importTemplate(format: "csv" | "xlsx"): Promise<ExportFile> {
  const table = directoryTable([TEMPLATE_EXAMPLE], 2);
  const body = format === "csv" ? toCsv(table) : await toXlsx(table, "Organisaties");
  return { fileName: `sociale-kaart-importsjabloon.${format}`, contentType: CONTENT_TYPES[format], body };
}

const TEMPLATE_EXAMPLE: DirectoryOrganisationRow = {
  slug: "",
  name: "Voorbeeldorganisatie (vervang of verwijder deze rij)",
  description: "Korte omschrijving van wat de organisatie doet.",
  sector: "JEUGDHULP_SOCIAAL_WERK",
  type: "Wijkteam",
  legalFrame: "CONSENT_REQUIRED",
  legalBasis: "Jeugdwet (vrijwillig kader)",
  meldcodeApplies: true,
  keurmerkMeldcode: false,
  address: "Voorbeeldstraat 1",
  postcode: "3331 AB",
  area: "Centrum",
  phone: "078 700 00 00",
  email: "info@voorbeeld.demo.nl",
  website: "https://www.voorbeeld.demo.nl",
  openingHours: "ma–vr 9.00–17.00 uur",
  services: ["opvoedondersteuning", "KOPP/KVO"],
  targetGroups: ["ouders", "jongeren"],
  isPublic: true,
  status: "ACTIVE",
  verifiedAt: null,
  workingArea: "hele regio",
  contacts: [
    { name: "Voornaam Achternaam", jobTitle: "Aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"], phone: "078 700 00 01", email: "a.achternaam@voorbeeld.demo.nl", availability: "ma–do", visibility: "SIGNED_IN" },
  ],
};

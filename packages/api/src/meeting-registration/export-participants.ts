import type { SessionUser } from "@kk/auth/roles";
import type { Db, RegistrationStatus, Sector } from "@kk/db";
import { recordAudit } from "../audit/record-audit.ts";
import { toCsv } from "../directory-export/csv.ts";
import type { ExportFile } from "../directory-export/export-directory.ts";
import { toXlsx } from "../directory-export/xlsx.ts";
import { assertCan } from "../trpc.ts";
import { listParticipants, type ParticipantRow } from "./read-registrations.ts";
import { PARTICIPANT_EXPORT_FORMATS, type ParticipantExportFormat } from "./schemas.ts";

export const PARTICIPANT_STATUS_LABELS: Record<RegistrationStatus, string> = {
  AANGEMELD: "Aangemeld",
  WACHTLIJST: "Wachtlijst",
  AFGEMELD: "Afgemeld",
  AANWEZIG: "Aanwezig",
  AFWEZIG: "Afwezig",
};

const SECTOR_LABELS: Record<Sector, string> = {
  MEDISCH: "Medisch",
  JEUGDHULP_SOCIAAL_WERK: "Jeugdhulp en sociaal werk",
  ONDERWIJS: "Onderwijs",
  BESCHERMINGSKETEN: "Beschermingsketen",
  GEMEENTE: "Gemeente",
  VOLWASSENENZORG: "Volwassenenzorg",
  OVERIG: "Overig",
};

const CONTENT_TYPES: Record<ParticipantExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function isParticipantExportFormat(value: string | null): value is ParticipantExportFormat {
  return (PARTICIPANT_EXPORT_FORMATS as readonly string[]).includes(value ?? "");
}

const stamp = new Intl.DateTimeFormat("nl-NL", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Amsterdam" });

function row(p: ParticipantRow, position: number | null): string[] {
  return [
    p.name,
    p.email,
    p.organisationName,
    SECTOR_LABELS[p.sector],
    position ? `${PARTICIPANT_STATUS_LABELS[p.status]} (${position})` : PARTICIPANT_STATUS_LABELS[p.status],
    p.remark,
    stamp.format(p.registeredAt),
  ];
}

/**
 * The participant list of one meeting as CSV or XLSX (the sociale kaart's writers: BOM, ";",
 * formula-safe cells). Coordinators only; the download is audited as a read of personal data.
 */
export async function exportParticipants(db: Db, actor: SessionUser, meetingId: string, format: ParticipantExportFormat, now: Date): Promise<ExportFile> {
  assertCan(actor, "meeting.participants");
  const list = await listParticipants(db, meetingId);
  const table = {
    header: ["Naam", "E-mail", "Organisatie", "Sector", "Status", "Opmerking", "Aangemeld op"],
    rows: [...list.attendees.map((p) => row(p, null)), ...list.waitlist.map((p, i) => row(p, i + 1)), ...list.cancelled.map((p) => row(p, null))],
  };
  const body = format === "csv" ? toCsv(table) : await toXlsx(table, "Deelnemers");
  await db.$transaction((tx) =>
    recordAudit(tx, actor, {
      action: "meetingRegistration.export",
      entityType: "Meeting",
      entityId: meetingId,
      after: { format, rows: table.rows.length, at: now },
    }),
  );
  const day = list.meeting.startsAt.toISOString().slice(0, 10);
  return { fileName: `deelnemers-${day}-${meetingId}.${format}`, contentType: CONTENT_TYPES[format], body };
}

import { createHash } from "node:crypto";
import type { SessionUser } from "@kk/auth/roles";
import { Prisma, type Db } from "@kk/db";
import { TRPCError } from "@trpc/server";
import { recordAudit } from "../audit/record-audit.ts";
import { notFound } from "../errors.ts";
import { FieldErrorsCause, type FieldErrors } from "../field-errors.ts";
import { assertCan } from "../trpc.ts";
import { agreementDocumentFields, type AgreementDocumentRow } from "./list-agreement-documents.ts";
import { checkPdfContent, type PdfProblem } from "./pdf-content.ts";
import { AGREEMENT_DOCUMENT_MAX_BYTES, AGREEMENT_DOCUMENT_MAX_MB, uploadAgreementDocumentFields, type UploadAgreementDocumentFields } from "./schemas.ts";

export type UploadAgreementDocumentInput = UploadAgreementDocumentFields & { bytes: Uint8Array };

/** The form field the file comes in; content errors are shown there. */
export const FILE_FIELD = "file";

const PROBLEM_MESSAGES: Record<PdfProblem, string> = {
  empty: "Het bestand is leeg. Kies het PDF-bestand met de tekst van de afspraak.",
  executable: "Dit bestand is een programma, geen PDF, ook al eindigt de naam misschien op .pdf. Kies een PDF-bestand.",
  archive: "Dit bestand is geen PDF maar een zip- of Office-bestand (zoals .docx). Sla het document op als PDF en kies dat bestand.",
  image: "Dit bestand is een afbeelding, geen PDF. Sla het document op als PDF en kies dat bestand.",
  "not-pdf": "Dit bestand is geen PDF. We kijken naar de inhoud, niet naar de naam. Kies een PDF-bestand.",
  truncated: "Het PDF-bestand is niet compleet: het einde ontbreekt. Sla het opnieuw op als PDF en probeer het nog eens.",
  structure:
    "Het PDF-bestand is beschadigd of onvolledig: de inhoudsopgave van het bestand (xref en trailer) klopt niet. Sla het document opnieuw op als PDF en probeer het nog eens.",
  "active-content":
    "Dit PDF-bestand bevat actieve inhoud (JavaScript, een actie die een programma start, een ingesloten bestand of een automatische actie). Zo'n PDF nemen we niet aan. Sla het document opnieuw op als PDF zonder die onderdelen, bijvoorbeeld met ‘Afdrukken als PDF’, en probeer het nog eens.",
};

function badInput(fieldErrors: FieldErrors): TRPCError {
  const message = Object.values(fieldErrors)[0]?.[0] ?? "Controleer de gemarkeerde velden.";
  return new TRPCError({ code: "BAD_REQUEST", message, cause: new FieldErrorsCause(message, fieldErrors) });
}

/** Only the last path segment, no control characters, always ending in .pdf (the content is PDF). */
export function storedFileName(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/\p{Cc}/gu, "").trim() || "document";
  return /\.pdf$/i.test(base) ? base : `${base}.pdf`;
}

/**
 * A new version of the agreement text (coordinator only). Checks, in this order: the fields,
 * the size (10 MB), the content (a PDF by its bytes, pdf-content.ts), and that it is not the
 * same file as the newest version. Nothing is stored when any check fails.
 *
 * The version number is the previous highest plus one. The agreement row is locked for the
 * transaction, so two uploads at once queue up and get consecutive numbers; the unique
 * (agreementId, versionNumber) index is the backstop. Uploads only add a row, they never
 * overwrite one, so no `version` of the agreement is needed and an open edit form of the
 * agreement stays valid.
 */
export async function uploadAgreementDocument(db: Db, actor: SessionUser, input: UploadAgreementDocumentInput): Promise<AgreementDocumentRow> {
  assertCan(actor, "agreementDocument.upload");
  const parsed = uploadAgreementDocumentFields.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] === "fileName" ? FILE_FIELD : issue.path.map(String).join(".") || "_form";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    throw badInput(fieldErrors);
  }
  const fields = parsed.data;
  const { bytes } = input;
  if (bytes.length > AGREEMENT_DOCUMENT_MAX_BYTES) {
    throw badInput({
      [FILE_FIELD]: [
        `Het bestand is groter dan ${AGREEMENT_DOCUMENT_MAX_MB} MB. Verklein de PDF, bijvoorbeeld door afbeeldingen kleiner op te slaan, en probeer het opnieuw.`,
      ],
    });
  }
  const check = checkPdfContent(bytes);
  if (!check.ok) throw badInput({ [FILE_FIELD]: [PROBLEM_MESSAGES[check.problem]] });

  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const fileName = storedFileName(fields.fileName);

  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(async (tx) => {
        const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Agreement" WHERE id = ${fields.agreementId} FOR UPDATE`;
        if (locked.length === 0) throw notFound("De afspraak");
        const latest = await tx.agreementDocument.findFirst({
          where: { agreementId: fields.agreementId },
          orderBy: { versionNumber: "desc" },
          select: { versionNumber: true, sha256: true },
        });
        // The same bytes again is nearly always a double click or the wrong file chosen; a
        // second identical "version" would only make the history harder to read.
        if (latest?.sha256 === sha256) {
          const message = `Dit document is al de nieuwste versie (versie ${latest.versionNumber}). Er is niets opgeslagen.`;
          throw new TRPCError({ code: "CONFLICT", message, cause: new FieldErrorsCause(message, { [FILE_FIELD]: [message] }) });
        }
        const document = await tx.agreementDocument.create({
          data: {
            agreementId: fields.agreementId,
            versionNumber: (latest?.versionNumber ?? 0) + 1,
            fileName,
            contentType: "application/pdf",
            sizeBytes: bytes.length,
            sha256,
            content: new Uint8Array(bytes),
            documentDate: fields.documentDate ? new Date(`${fields.documentDate}T00:00:00Z`) : null,
            note: fields.note,
            uploadedById: actor.id,
          },
          select: agreementDocumentFields,
        });
        const { uploadedBy: _uploadedBy, ...audited } = document;
        await recordAudit(tx, actor, {
          action: "agreementDocument.upload",
          entityType: "AgreementDocument",
          entityId: document.id,
          // Metadata and checksum only: the bytes are in the row itself, the log stays small.
          after: { ...audited, agreementId: fields.agreementId },
        });
        return document;
      });
    } catch (error) {
      const duplicate = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!duplicate || attempt >= 3) throw error;
    }
  }
}

import { z } from "../zod-dutch.ts";

/**
 * Largest agreement text we store. A signed convenant of 30 pages scanned at office quality is
 * 2–5 MB; 10 MB leaves room without letting the database fill up with image dumps.
 */
export const AGREEMENT_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
export const AGREEMENT_DOCUMENT_MAX_MB = AGREEMENT_DOCUMENT_MAX_BYTES / 1024 / 1024;
export const AGREEMENT_DOCUMENT_NOTE_MAX = 500;

const agreementId = z.string("Het kenmerk van de afspraak ontbreekt.").trim().min(1, "Het kenmerk van de afspraak ontbreekt.");

/** Calendar date as sent by `<input type="date">`: empty, or YYYY-MM-DD that exists. */
const documentDate = z
  .string()
  .trim()
  .default("")
  .refine((value) => value === "" || isCalendarDate(value), { message: "Vul een bestaande datum in, bijvoorbeeld 15-03-2026." });

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Everything about an upload except the bytes; the bytes are checked by content in
 * upload-agreement-document.ts (they arrive as multipart form data, not as JSON).
 */
export const uploadAgreementDocumentFields = z.object({
  agreementId,
  fileName: z.string("Kies een bestand.").trim().min(1, "Kies een bestand.").max(200, "De bestandsnaam heeft hoogstens 200 tekens."),
  documentDate,
  note: z
    .string()
    .trim()
    .max(AGREEMENT_DOCUMENT_NOTE_MAX, `De toelichting heeft hoogstens ${AGREEMENT_DOCUMENT_NOTE_MAX} tekens.`)
    .default(""),
});
export type UploadAgreementDocumentFields = z.input<typeof uploadAgreementDocumentFields>;

export const listAgreementDocumentsInput = z.object({ agreementId });

export const agreementDocumentIdInput = z.object({
  agreementId,
  documentId: z.string("Het kenmerk van het document ontbreekt.").trim().min(1, "Het kenmerk van het document ontbreekt."),
});

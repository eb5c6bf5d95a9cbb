"use server";

import { AGREEMENT_DOCUMENT_FILE_FIELD, FieldErrorsCause, uploadAgreementDocument } from "@kk/api";
import { AGREEMENT_DOCUMENT_MAX_BYTES, AGREEMENT_DOCUMENT_MAX_MB } from "@kk/api/schemas";
import { can } from "@kk/auth/policy";
import { getDb } from "@kk/db";
import { TRPCError } from "@trpc/server";
import { revalidatePath } from "next/cache";
import { currentUser } from "@/lib/session";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import type { UploadFieldKey, UploadState } from "./upload-state";

const t = messages.convenantenDocumenten.upload;

function fieldKeyOf(apiKey: string): UploadFieldKey | null {
  if (apiKey === AGREEMENT_DOCUMENT_FILE_FIELD) return "file";
  if (apiKey === "documentDate" || apiKey === "note") return apiKey;
  return null;
}

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * The upload behind the documents form: multipart form data, so a 10 MB PDF travels as bytes
 * (not as base64 in JSON) and the form works without JavaScript. It only unpacks the form:
 * who may upload and what counts as a PDF are decided in uploadAgreementDocument
 * (packages/api/src/agreement-document), the same function the integration tests call.
 */
export async function uploadAgreementDocumentAction(previous: UploadState, formData: FormData): Promise<UploadState> {
  const attempt = previous.status === "idle" ? 1 : previous.attempt + 1;
  const refuse = (fieldErrors: Partial<Record<UploadFieldKey, string>>, formError: string | null = null): UploadState => ({
    status: "error",
    fieldErrors,
    formError,
    attempt,
    values: { documentDate: text(formData, "documentDatum"), note: text(formData, "toelichting") },
  });

  const user = await currentUser();
  // The policy gate (app/route-rules.ts); uploadAgreementDocument checks it again with the record.
  if (!user || !can(user, "agreementDocument.upload")) return refuse({}, messages.forms.forbidden);
  const agreementId = text(formData, "agreementId");
  const file = formData.get("bestand");
  // No file chosen: browsers still send the field, as an empty file without a name.
  if (!(file instanceof File) || (file.name === "" && file.size === 0)) return refuse({ file: t.fileRequired });
  // Refused before reading it into memory; the domain function checks the limit again.
  if (file.size > AGREEMENT_DOCUMENT_MAX_BYTES) return refuse({ file: format(t.fileTooLarge, { mb: AGREEMENT_DOCUMENT_MAX_MB }) });

  try {
    const document = await uploadAgreementDocument(getDb(), user, {
      agreementId,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      documentDate: text(formData, "documentDatum"),
      note: text(formData, "toelichting"),
    });
    revalidatePath(`/convenanten/${agreementId}`);
    return { status: "saved", versionNumber: document.versionNumber, fileName: document.fileName, attempt };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === "FORBIDDEN" || error.code === "UNAUTHORIZED") return refuse({}, messages.forms.forbidden);
    if (error.cause instanceof FieldErrorsCause) {
      const fieldErrors: Partial<Record<UploadFieldKey, string>> = {};
      let formError: string | null = null;
      for (const [key, list] of Object.entries(error.cause.fieldErrors)) {
        const field = fieldKeyOf(key);
        if (field) fieldErrors[field] ??= list[0];
        else formError ??= list[0] ?? null;
      }
      return refuse(fieldErrors, formError);
    }
    return refuse({}, error.message || t.failed);
  }
}

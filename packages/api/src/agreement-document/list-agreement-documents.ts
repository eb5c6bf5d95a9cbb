import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import type { z } from "zod";
import { loadReadableAgreement } from "./agreement-document-access.ts";
import type { listAgreementDocumentsInput } from "./schemas.ts";

export interface AgreementDocumentRow {
  id: string;
  versionNumber: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  documentDate: Date | null;
  note: string;
  uploadedBy: { name: string } | null;
  createdAt: Date;
}

/** Metadata of every version, newest first; never the bytes (download-agreement-document.ts). */
export const agreementDocumentFields = {
  id: true,
  versionNumber: true,
  fileName: true,
  contentType: true,
  sizeBytes: true,
  sha256: true,
  documentDate: true,
  note: true,
  uploadedBy: { select: { name: true } },
  createdAt: true,
} as const;

export async function listAgreementDocuments(
  db: Db,
  actor: SessionUser,
  input: z.output<typeof listAgreementDocumentsInput>,
): Promise<AgreementDocumentRow[]> {
  const agreement = await loadReadableAgreement(db, actor, input.agreementId);
  return db.agreementDocument.findMany({
    where: { agreementId: agreement.id },
    select: agreementDocumentFields,
    orderBy: { versionNumber: "desc" },
  });
}

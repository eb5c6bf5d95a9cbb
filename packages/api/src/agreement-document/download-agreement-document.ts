import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import type { z } from "zod";
import { notFound } from "../errors.ts";
import { loadReadableAgreement } from "./agreement-document-access.ts";
import type { agreementDocumentIdInput } from "./schemas.ts";

export interface AgreementDocumentFile {
  fileName: string;
  contentType: string;
  sha256: string;
  versionNumber: number;
  bytes: Uint8Array;
}

/** The stored bytes of one version, exactly as uploaded, for whoever may read the agreement. */
export async function downloadAgreementDocument(
  db: Db,
  actor: SessionUser,
  input: z.output<typeof agreementDocumentIdInput>,
): Promise<AgreementDocumentFile> {
  const agreement = await loadReadableAgreement(db, actor, input.agreementId);
  const document = await db.agreementDocument.findFirst({
    where: { id: input.documentId, agreementId: agreement.id },
    select: { fileName: true, contentType: true, sha256: true, versionNumber: true, content: true },
  });
  if (!document) throw notFound("Het document");
  return {
    fileName: document.fileName,
    contentType: document.contentType,
    sha256: document.sha256,
    versionNumber: document.versionNumber,
    bytes: new Uint8Array(document.content),
  };
}

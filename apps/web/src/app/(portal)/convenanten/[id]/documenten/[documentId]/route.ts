import { downloadAgreementDocument } from "@kk/api";
import { getDb } from "@kk/db";
import { authoriseRoute, fileResponse, signInRedirect, trpcErrorResponse } from "@/lib/route-response";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ id: string; documentId: string }>;
}

/**
 * One version of an agreement's text, exactly the stored bytes. The policy gate is agreement.read;
 * which agreement the user may read is the record rule (downloadAgreementDocument →
 * canReadAgreement): a draft the user may not read is 404.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { id, documentId } = await params;
  const user = await authoriseRoute("agreement.read", { signedOut: () => signInRedirect(`/convenanten/${id}`) });
  if (user instanceof Response) return user;
  try {
    const file = await downloadAgreementDocument(getDb(), user, { agreementId: id, documentId });
    // Stored only after the content check (packages/api/src/agreement-document/pdf-content.ts).
    return fileResponse(
      { contentType: "application/pdf", fileName: file.fileName, body: file.bytes },
      { "Content-Length": String(file.bytes.length), ETag: `"${file.sha256}"` },
    );
  } catch (error) {
    return trpcErrorResponse(error, { status: { BAD_REQUEST: 404 } });
  }
}

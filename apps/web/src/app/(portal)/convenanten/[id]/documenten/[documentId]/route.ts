import { downloadAgreementDocument } from "@kk/api";
import { getDb } from "@kk/db";
import { TRPCError } from "@trpc/server";
import { currentUser } from "@/lib/session";
import { messages } from "@/messages";
import { contentDisposition } from "@/components/agreement-documents/content-disposition";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ id: string; documentId: string }>;
}

function textResponse(status: number, body: string): Response {
  return new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * One version of an agreement's text, exactly the stored bytes. Access is the agreement's read
 * rule (downloadAgreementDocument → canReadAgreement): a draft the user may not read is 404.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { id, documentId } = await params;
  const user = await currentUser();
  if (!user) {
    return new Response(null, { status: 303, headers: { Location: `/inloggen?callbackUrl=${encodeURIComponent(`/convenanten/${id}`)}` } });
  }
  try {
    const file = await downloadAgreementDocument(getDb(), user, { agreementId: id, documentId });
    return new Response(Buffer.from(file.bytes), {
      status: 200,
      headers: {
        // Stored only after the content check (packages/api/src/agreement-document/pdf-content.ts).
        "Content-Type": "application/pdf",
        "Content-Length": String(file.bytes.length),
        "Content-Disposition": contentDisposition(file.fileName),
        "X-Content-Type-Options": "nosniff",
        // Drafts and signed agreements between organisations: never kept by shared caches.
        "Cache-Control": "private, no-store",
        ETag: `"${file.sha256}"`,
      },
    });
  } catch (error) {
    if (error instanceof TRPCError) {
      if (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST") return textResponse(404, messages.errors.notFoundTitle);
      if (error.code === "FORBIDDEN") return textResponse(403, messages.errors.forbiddenTitle);
      if (error.code === "UNAUTHORIZED") return textResponse(401, messages.signIn.title);
    }
    throw error;
  }
}

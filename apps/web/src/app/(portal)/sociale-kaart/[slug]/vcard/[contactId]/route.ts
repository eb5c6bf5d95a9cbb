import { TRPCError } from "@trpc/server";
import { currentUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { messages } from "@/messages";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ slug: string; contactId: string }>;
}

const STATUS_BY_CODE: Partial<Record<TRPCError["code"], number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 404,
};

function textResponse(status: number, body: string): Response {
  return new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * One contact as a vCard file. The same procedure (and so the same visibility rules) as the
 * organisation page: a contact the user may not see there does not exist here either.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const user = await currentUser();
  if (!user) {
    const { slug } = await params;
    return new Response(null, { status: 303, headers: { Location: `/inloggen?callbackUrl=${encodeURIComponent(`/sociale-kaart/${slug}`)}` } });
  }
  const { slug, contactId } = await params;
  try {
    const card = await (await serverApi()).organisation.contactCard({ slug, contactId });
    return new Response(card.vcard, {
      status: 200,
      headers: {
        "Content-Type": "text/vcard; charset=utf-8",
        "Content-Disposition": `attachment; filename="${card.fileName}"`,
        // Contact details of people: never kept by shared caches.
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError) {
      const status = STATUS_BY_CODE[error.code];
      if (status === 404) return textResponse(404, messages.errors.notFoundTitle);
      if (status === 403) return textResponse(403, messages.errors.forbiddenTitle);
      if (status === 401) return textResponse(401, messages.signIn.title);
    }
    throw error;
  }
}

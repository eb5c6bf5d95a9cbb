import { currentUser } from "@/lib/session";
import { fileResponse, signInRedirect, trpcErrorResponse } from "@/lib/route-response";
import { serverApi } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ slug: string; contactId: string }>;
}

/**
 * One contact as a vCard file. The same procedure (organisation.contactCard: organisation.read, and
 * so the same visibility rules) as the organisation page: a contact the user may not see there does
 * not exist here either.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { slug, contactId } = await params;
  if (!(await currentUser())) return signInRedirect(`/sociale-kaart/${slug}`);
  try {
    const card = await (await serverApi()).organisation.contactCard({ slug, contactId });
    return fileResponse({ contentType: "text/vcard; charset=utf-8", fileName: card.fileName, body: card.vcard });
  } catch (error) {
    return trpcErrorResponse(error, { status: { BAD_REQUEST: 404 } });
  }
}

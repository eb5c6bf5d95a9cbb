import { currentUser } from "@/lib/session";
import { fileResponse, signInRedirect, trpcErrorResponse } from "@/lib/route-response";
import { serverApi } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ id: string }>;
}

/**
 * One meeting as an iCalendar file (RFC 5545, Europe/Amsterdam). The same procedure and so the
 * same rule (meeting.read) as the detail page.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  if (!(await currentUser())) return signInRedirect(`/werkateliers/${id}`);
  try {
    const file = await (await serverApi()).meetingCalendar.meetingIcs({ meetingId: id });
    return fileResponse({ contentType: "text/calendar; charset=utf-8", fileName: file.fileName, body: file.ics });
  } catch (error) {
    return trpcErrorResponse(error, { status: { BAD_REQUEST: 404 } });
  }
}

import { TRPCError } from "@trpc/server";
import { currentUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { messages } from "@/messages";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ id: string }>;
}

function textResponse(status: number, body: string): Response {
  return new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * One meeting as an iCalendar file (RFC 5545, Europe/Amsterdam). The same procedure and so the
 * same rule (meeting.read) as the detail page.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  const user = await currentUser();
  if (!user) {
    return new Response(null, { status: 303, headers: { Location: `/inloggen?callbackUrl=${encodeURIComponent(`/werkateliers/${id}`)}` } });
  }
  try {
    const file = await (await serverApi()).meetingCalendar.meetingIcs({ meetingId: id });
    return new Response(file.ics, {
      status: 200,
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
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

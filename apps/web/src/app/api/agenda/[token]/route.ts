import { calendarFeedByToken, portalBaseUrl } from "@kk/api";
import { getDb } from "@kk/db";
import { plainError } from "@/lib/route-response";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ token: string }>;
}

/**
 * The personal iCal feed. Calendar apps fetch it without a session, so the secret token in the
 * path is the only credential (only its SHA-256 is stored; packages/api/src/meeting-calendar/
 * calendar-feed.ts). Unknown, revoked and malformed tokens all get the same 404. Under /api, so
 * the page CSP proxy is skipped and next.config.ts gives it the strict API policy.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  const ics = await calendarFeedByToken(getDb(), token, { baseUrl: portalBaseUrl(), now: new Date() });
  if (ics === null) {
    return plainError(404, "Agenda niet gevonden.");
  }
  return new Response(ics, {
    status: 200,
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="werkateliers.ics"',
      "X-Content-Type-Options": "nosniff",
      // Personal: never in a shared cache; calendar apps poll, so no long private cache either.
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}

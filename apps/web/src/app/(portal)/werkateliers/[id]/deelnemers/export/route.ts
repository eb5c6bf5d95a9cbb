import { exportParticipants, isParticipantExportFormat } from "@kk/api";
import { getDb } from "@kk/db";
import { authoriseRoute, fileResponse, plainError, trpcErrorResponse } from "@/lib/route-response";
import * as messages from "@/messages/catalogue";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ id: string }>;
}

/**
 * GET /werkateliers/[id]/deelnemers/export?formaat=csv|xlsx: the participant list for the
 * coordinator (meeting.participants). exportParticipants checks the role again and records the
 * download in the audit log.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  const user = await authoriseRoute("meeting.participants");
  if (user instanceof Response) return user;
  const format = new URL(request.url).searchParams.get("formaat") ?? "csv";
  if (!isParticipantExportFormat(format)) return plainError(400, messages.werkateliersAanmelding.export.formatError);
  try {
    return fileResponse(await exportParticipants(getDb(), user, id, format, new Date()));
  } catch (error) {
    return trpcErrorResponse(error);
  }
}

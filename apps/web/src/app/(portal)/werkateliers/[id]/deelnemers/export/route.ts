import { exportParticipants, isParticipantExportFormat } from "@kk/api";
import { can } from "@kk/auth/policy";
import { getDb } from "@kk/db";
import { TRPCError } from "@trpc/server";
import { fileResponse, plainError } from "@/app/api/sociale-kaart/file-response";
import { currentUser } from "@/lib/session";
import { messages } from "@/messages";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ id: string }>;
}

/**
 * GET /werkateliers/[id]/deelnemers/export?formaat=csv|xlsx: the participant list for the
 * coordinator. exportParticipants checks the role again and records the download in the audit log.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  const user = await currentUser();
  if (!user) return plainError(401, messages.signIn.title);
  if (!can(user, "meeting.participants")) return plainError(403, messages.errors.forbiddenTitle);
  const format = new URL(request.url).searchParams.get("formaat") ?? "csv";
  if (!isParticipantExportFormat(format)) return plainError(400, messages.werkateliersAanmelding.export.formatError);
  try {
    return fileResponse(await exportParticipants(getDb(), user, id, format, new Date()));
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return plainError(404, messages.errors.notFoundTitle);
    throw error;
  }
}

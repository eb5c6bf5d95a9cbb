import { exportDirectory, isExportFormat } from "@kk/api";
import { getSessionUser } from "@kk/auth";
import { can } from "@kk/auth/policy";
import { getDb } from "@kk/db";
import { fileResponse, plainError } from "../file-response";

export const dynamic = "force-dynamic";

/** GET /api/sociale-kaart/export?format=csv|xlsx|json: the sociale kaart as the caller may see it. */
export async function GET(request: Request): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return plainError(401, "U bent niet ingelogd.");
  if (!can(user, "directory.export")) return plainError(403, "U heeft geen toegang tot deze functie.");
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (!isExportFormat(format)) return plainError(400, "Kies het formaat csv, xlsx of json.");
  return fileResponse(await exportDirectory(getDb(), user, format, new Date()));
}

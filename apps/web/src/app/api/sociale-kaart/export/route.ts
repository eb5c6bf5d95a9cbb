import { exportDirectory, isExportFormat } from "@kk/api";
import { getDb } from "@kk/db";
import { authoriseRoute, fileResponse, plainError } from "@/lib/route-response";

export const dynamic = "force-dynamic";

/** GET /api/sociale-kaart/export?format=csv|xlsx|json: the sociale kaart as the caller may see it (directory.export). */
export async function GET(request: Request): Promise<Response> {
  const user = await authoriseRoute("directory.export");
  if (user instanceof Response) return user;
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (!isExportFormat(format)) return plainError(400, "Kies het formaat csv, xlsx of json.");
  return fileResponse(await exportDirectory(getDb(), user, format, new Date()));
}

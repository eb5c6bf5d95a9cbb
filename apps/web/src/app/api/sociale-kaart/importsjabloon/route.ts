import { importTemplate } from "@kk/api";
import { authoriseRoute, fileResponse, plainError } from "@/lib/route-response";

export const dynamic = "force-dynamic";

/** GET /api/sociale-kaart/importsjabloon?format=xlsx|csv: the columns the import expects, with an example row (directory.import). */
export async function GET(request: Request): Promise<Response> {
  const user = await authoriseRoute("directory.import");
  if (user instanceof Response) return user;
  const format = new URL(request.url).searchParams.get("format") ?? "xlsx";
  if (format !== "csv" && format !== "xlsx") return plainError(400, "Kies het formaat csv of xlsx.");
  return fileResponse(await importTemplate(format));
}

import { importTemplate } from "@kk/api";
import { getSessionUser } from "@kk/auth";
import { can } from "@kk/auth/policy";
import { fileResponse, plainError } from "../file-response";

export const dynamic = "force-dynamic";

/** GET /api/sociale-kaart/importsjabloon?format=xlsx|csv: the columns the import expects, with an example row. */
export async function GET(request: Request): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return plainError(401, "U bent niet ingelogd.");
  if (!can(user, "directory.import")) return plainError(403, "U heeft geen toegang tot deze functie.");
  const format = new URL(request.url).searchParams.get("format") ?? "xlsx";
  if (format !== "csv" && format !== "xlsx") return plainError(400, "Kies het formaat csv of xlsx.");
  return fileResponse(await importTemplate(format));
}

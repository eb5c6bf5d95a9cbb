import { TRPCError } from "@trpc/server";
import { fileResponse, plainError } from "@/app/api/sociale-kaart/file-response";
import { serverApi } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

/** GET /beheer/cijfers/sjabloon/xlsx|csv: the figures template with example rows (figureImport.template, coordinator). */
export async function GET(_request: Request, { params }: { params: Promise<{ format: string }> }): Promise<Response> {
  const { format } = await params;
  if (format !== "csv" && format !== "xlsx") return plainError(404, "Kies het formaat csv of xlsx.");
  try {
    const api = await serverApi();
    return fileResponse(await api.figureImport.template({ format }));
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return plainError(401, "U bent niet ingelogd.");
    if (error instanceof TRPCError && error.code === "FORBIDDEN") return plainError(403, "U heeft geen toegang tot deze functie.");
    throw error;
  }
}

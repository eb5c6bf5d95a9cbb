import { fileResponse, plainError, trpcErrorResponse } from "@/lib/route-response";
import { serverApi } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

/** GET /beheer/cijfers/sjabloon/xlsx|csv: the figures template with example rows (figureImport.template: figures.manage). */
export async function GET(_request: Request, { params }: { params: Promise<{ format: string }> }): Promise<Response> {
  const { format } = await params;
  if (format !== "csv" && format !== "xlsx") return plainError(404, "Kies het formaat csv of xlsx.");
  try {
    return fileResponse(await (await serverApi()).figureImport.template({ format }));
  } catch (error) {
    return trpcErrorResponse(error);
  }
}

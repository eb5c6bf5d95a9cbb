import { TRPCError } from "@trpc/server";
import { plainError } from "@/app/api/sociale-kaart/file-response";
import { parseDashboardParams, type DashboardDataset } from "@/components/vt-dashboard/search-params";
import { serverApi } from "@/lib/trpc/server";
import { messages } from "@/messages";

export const dynamic = "force-dynamic";

const DATASETS: readonly DashboardDataset[] = ["indicator", "signals", "breakdowns", "ranking"];

interface Context {
  params: Promise<{ dataset: string }>;
}

/**
 * GET /dashboard/export/{indicator|signals|breakdowns|ranking}?van=2014&tot=2018&soort=jaar&periode=2018:
 * one table of the coordinator's dashboard as CSV (UTF-8 with BOM, ";"). Goes through the tRPC
 * procedure dashboard.exportCsv, so the policy ("figures.read") applies and the download of raw
 * figures is recorded in the audit log.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { dataset } = await params;
  if (!DATASETS.includes(dataset as DashboardDataset)) return plainError(404, messages.errors.notFoundTitle);
  const filter = parseDashboardParams(new URL(request.url).searchParams);
  try {
    const file = await (await serverApi()).dashboard.exportCsv({ dataset: dataset as DashboardDataset, filter });
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError) {
      if (error.code === "UNAUTHORIZED") return plainError(401, messages.signIn.title);
      if (error.code === "FORBIDDEN") return plainError(403, messages.errors.forbiddenTitle);
      if (error.code === "NOT_FOUND") return plainError(404, error.message);
      if (error.code === "BAD_REQUEST") return plainError(400, messages.dashboardCijfers.exportInvalid);
    }
    throw error;
  }
}

import { parseDashboardParams, type DashboardDataset } from "@/components/vt-dashboard/search-params";
import { fileResponse, plainError, trpcErrorResponse } from "@/lib/route-response";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

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
    return fileResponse(await (await serverApi()).dashboard.exportCsv({ dataset: dataset as DashboardDataset, filter }));
  } catch (error) {
    return trpcErrorResponse(error, { body: { 400: messages.dashboardCijfers.exportInvalid, 404: (error) => error.message } });
  }
}

import { TRPCError } from "@trpc/server";
import { serverApi } from "@/lib/trpc/server";
import { type DashboardFilterInput, parseDashboardParams, type SearchParams } from "@/components/vt-dashboard/search-params";

/** The council overview for the URL's filters; an invalid choice falls back to the default view with the reason. */
export async function loadCouncilOverview(searchParams: SearchParams) {
  const api = await serverApi();
  const filter: DashboardFilterInput = parseDashboardParams(searchParams);
  try {
    return { overview: await api.council.overview(filter), filter, filterError: null };
  } catch (error) {
    if (!(error instanceof TRPCError) || error.code !== "BAD_REQUEST") throw error;
    const issues = (error.cause as { issues?: { message: string }[] } | undefined)?.issues ?? [];
    const filterError = issues.map((issue) => issue.message).join(" ") || error.message;
    return { overview: await api.council.overview({}), filter: {}, filterError };
  }
}

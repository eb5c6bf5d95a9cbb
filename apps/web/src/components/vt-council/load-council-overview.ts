import { serverApi } from "@/lib/trpc/server";
import { loadWithFilterFallback, parseDashboardParams, type SearchParams } from "@/components/vt-dashboard/search-params";

/** The council overview for the URL's filters; an invalid choice falls back to the default view with the reason. */
export async function loadCouncilOverview(searchParams: SearchParams) {
  const api = await serverApi();
  const { result: overview, filter, filterError } = await loadWithFilterFallback(parseDashboardParams(searchParams), (f) => api.council.overview(f));
  return { overview, filter, filterError };
}

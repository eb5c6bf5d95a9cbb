import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/*
 * The dashboard's filters in the URL (a GET form, so a view can be bookmarked and shared):
 * van, tot (years), soort = jaar | halfjaar, periode (e.g. 2018 or 2018-H1) for the breakdowns and
 * the ranking (the council's view uses the same names). Parsed loosely here; the server's zod schema (dashboard.overview) has the last word.
 */

export type DashboardDataset = "indicator" | "signals" | "breakdowns" | "ranking";

export interface DashboardFilterInput {
  fromYear?: number;
  toYear?: number;
  periodKind?: "YEAR" | "HALF_YEAR";
  periodCode?: string;
  /** A region role's choice of municipality (?gemeente=GM0505, issue 18). */
  municipalityCode?: string;
}

export type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: SearchParams, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

function year(text: string | undefined): number | undefined {
  return text && /^\d{4}$/.test(text) ? Number(text) : undefined;
}

export function parseDashboardParams(params: SearchParams): DashboardFilterInput {
  const kind = first(params, "soort");
  const periode = first(params, "periode");
  const from = year(first(params, "van"));
  const to = year(first(params, "tot"));
  const gemeente = first(params, "gemeente");
  return {
    ...(gemeente && /^GM\d{4}$/.test(gemeente) ? { municipalityCode: gemeente } : {}),
    ...(from === undefined ? {} : { fromYear: from }),
    ...(to === undefined ? {} : { toYear: to }),
    ...(kind === "halfjaar" ? { periodKind: "HALF_YEAR" as const } : kind === "jaar" ? { periodKind: "YEAR" as const } : {}),
    ...(periode ? { periodCode: periode } : {}),
  };
}

/** The query string for the same view, e.g. "van=2014&tot=2018&soort=jaar&periode=2018". */
export function dashboardQuery(filter: DashboardFilterInput): string {
  const params = new URLSearchParams();
  if (filter.fromYear !== undefined) params.set("van", String(filter.fromYear));
  if (filter.toYear !== undefined) params.set("tot", String(filter.toYear));
  if (filter.periodKind) params.set("soort", filter.periodKind === "YEAR" ? "jaar" : "halfjaar");
  if (filter.periodCode) params.set("periode", filter.periodCode);
  if (filter.municipalityCode) params.set("gemeente", filter.municipalityCode);
  return params.toString();
}

/**
 * Loads a view for the URL's filters; when the server's schema refuses them (BAD_REQUEST), loads the
 * default view instead and says why, so a mistyped address shows a notice rather than an error page.
 */
export async function loadWithFilterFallback<T>(
  filter: DashboardFilterInput,
  load: (filter: DashboardFilterInput) => Promise<T>,
): Promise<{ result: T; filter: DashboardFilterInput; filterError: string | null }> {
  try {
    return { result: await load(filter), filter, filterError: null };
  } catch (error) {
    // Another municipality's code (?gemeente=, issue 18): the page does not exist for this caller.
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    if (!(error instanceof TRPCError) || error.code !== "BAD_REQUEST") throw error;
    const issues = (error.cause as { issues?: { message: string }[] } | undefined)?.issues ?? [];
    const filterError = issues.map((issue) => issue.message).join(" ") || error.message;
    return { result: await load({}), filter: {}, filterError };
  }
}

export function exportHref(dataset: DashboardDataset, filter: DashboardFilterInput): string {
  const query = dashboardQuery(filter);
  return `/dashboard/export/${dataset}${query ? `?${query}` : ""}`;
}

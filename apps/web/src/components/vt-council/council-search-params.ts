/*
 * The council view's filters in the URL (a GET form, so a view can be bookmarked and printed with
 * the same choice): van, tot (years), soort = jaar | halfjaar, periode (e.g. 2018 or 2018-H1) for the
 * wijk tables. The same names as the coordinator's dashboard; the server's zod schema has the last word.
 */

export type CouncilSearchParams = Record<string, string | string[] | undefined>;

export interface CouncilFilterInput {
  fromYear?: number;
  toYear?: number;
  periodKind?: "YEAR" | "HALF_YEAR";
  periodCode?: string;
}

function first(params: CouncilSearchParams, key: string): string | undefined {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

function year(text: string | undefined): number | undefined {
  return text && /^\d{4}$/.test(text) ? Number(text) : undefined;
}

export function parseCouncilParams(params: CouncilSearchParams): CouncilFilterInput {
  const kind = first(params, "soort");
  const periode = first(params, "periode");
  const from = year(first(params, "van"));
  const to = year(first(params, "tot"));
  return {
    ...(from === undefined ? {} : { fromYear: from }),
    ...(to === undefined ? {} : { toYear: to }),
    ...(kind === "halfjaar" ? { periodKind: "HALF_YEAR" as const } : kind === "jaar" ? { periodKind: "YEAR" as const } : {}),
    ...(periode ? { periodCode: periode } : {}),
  };
}

/** The query string for the same view, e.g. "van=2014&tot=2018&soort=jaar&periode=2018". */
export function councilQuery(filter: CouncilFilterInput): string {
  const params = new URLSearchParams();
  if (filter.fromYear !== undefined) params.set("van", String(filter.fromYear));
  if (filter.toYear !== undefined) params.set("tot", String(filter.toYear));
  if (filter.periodKind) params.set("soort", filter.periodKind === "YEAR" ? "jaar" : "halfjaar");
  if (filter.periodCode) params.set("periode", filter.periodCode);
  return params.toString();
}

import { AGREEMENT_STATUSES, listAgreementsInput, type ListAgreementsInput } from "@kk/api/schemas";

/** The list's filters as they appear in the URL (Dutch names, so a shared link reads well). */
export const AGREEMENT_URL_PARAMS = {
  q: "q",
  status: "status",
  kind: "soort",
  organisationId: "partij",
  lapsesWithinDays: "verlooptBinnen",
  /** Geldt voor (issue 18): agreements that apply in this municipality, region-wide ones included. */
  municipality: "gemeente",
} as const;

type FilterKey = keyof typeof AGREEMENT_URL_PARAMS;
type RawParams = Record<string, string | string[] | undefined>;

export interface AgreementListSearch {
  /** What the API receives: only the filters that parsed. */
  input: ListAgreementsInput;
  /** The filters as typed, to put back into the form. */
  form: { q: string; status: string[]; kind: string; organisationId: string; lapsesWithinDays: string; municipality: string };
  /** Dutch messages for filters that were left out because they did not parse. */
  errors: string[];
  /** Whether any filter is set (for "Filters wissen" and the empty state). */
  filtered: boolean;
}

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

function all(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v) => v !== "");
}

/**
 * Reads the list filters from the URL. A filter that does not parse (a hand-edited link,
 * "verloopt binnen -3 dagen") is dropped with its Dutch message, so the list still shows.
 */
export function parseAgreementSearchParams(params: RawParams, text: { unknownStatus: string }): AgreementListSearch {
  const form = {
    q: first(params[AGREEMENT_URL_PARAMS.q]),
    status: all(params[AGREEMENT_URL_PARAMS.status]),
    kind: first(params[AGREEMENT_URL_PARAMS.kind]),
    organisationId: first(params[AGREEMENT_URL_PARAMS.organisationId]),
    lapsesWithinDays: first(params[AGREEMENT_URL_PARAMS.lapsesWithinDays]),
    municipality: first(params[AGREEMENT_URL_PARAMS.municipality]).toUpperCase(),
  };
  const errors: string[] = [];
  const candidate: Partial<Record<FilterKey, unknown>> = {};
  if (form.q) candidate.q = form.q;
  // Unknown statuses are dropped one by one, so one bad value does not lose the others.
  const statuses = form.status.filter((s) => (AGREEMENT_STATUSES as readonly string[]).includes(s));
  if (statuses.length < form.status.length) errors.push(text.unknownStatus);
  if (statuses.length > 0) candidate.status = statuses;
  if (form.kind) candidate.kind = form.kind;
  if (form.organisationId) candidate.organisationId = form.organisationId;
  if (form.lapsesWithinDays) candidate.lapsesWithinDays = form.lapsesWithinDays;
  if (form.municipality) candidate.municipality = form.municipality;

  let parsed = listAgreementsInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (typeof key === "string" && key in candidate) {
        delete candidate[key as FilterKey];
        errors.push(issue.message);
      }
    }
    parsed = listAgreementsInput.safeParse(candidate);
  }
  const input: ListAgreementsInput = parsed.success ? (candidate as ListAgreementsInput) : {};
  return { input, form, errors: [...new Set(errors)], filtered: Object.keys(candidate).length > 0 || errors.length > 0 };
}

/** The URL of the list with these filters (used by "Filters wissen" and links from other pages). */
export function agreementListHref(filters: Partial<Record<FilterKey, string | readonly string[]>> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters) as [FilterKey, string | readonly string[] | undefined][]) {
    for (const v of typeof value === "string" ? [value] : (value ?? [])) if (v !== "") query.append(AGREEMENT_URL_PARAMS[key], v);
  }
  const text = query.toString();
  return text ? `/convenanten?${text}` : "/convenanten";
}

import type { ContactRole, LegalFrame, Sector } from "@kk/db";
import { municipalityCode } from "../organisation/working-area-schemas.ts";
import { z } from "../zod-dutch.ts";

// Literal lists (type-checked against the schema's enums) so this module stays free of the
// Prisma client: the web imports it, in client components too.
export const SECTORS = [
  "MEDISCH",
  "JEUGDHULP_SOCIAAL_WERK",
  "ONDERWIJS",
  "BESCHERMINGSKETEN",
  "GEMEENTE",
  "VOLWASSENENZORG",
  "OVERIG",
] as const satisfies readonly Sector[];
export const LEGAL_FRAMES = ["CONSENT_REQUIRED", "WITHOUT_CONSENT", "WITHOUT_CONSENT_DURING_ORDER", "WITHOUT_CONSENT_DURING_SUPERVISION"] as const satisfies readonly LegalFrame[];
export const CONTACT_ROLES = [
  "AANDACHTSFUNCTIONARIS",
  "ESCALATIE_AANSPREEKPUNT",
  "PRIVACY_OFFICER",
  "JURIST",
  "LEIDINGGEVENDE",
  "INFORMATIEVERZOEKEN",
  "ALGEMEEN",
] as const satisfies readonly ContactRole[];

export const DIRECTORY_PAGE_SIZE = 20;
export const DIRECTORY_QUERY_MAX = 200;
/** Deep enough for 10,000 organisations at 20 a page. */
export const DIRECTORY_PAGE_MAX = 1000;

const text = z.string().trim().max(120);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(50).default([]);

export const directorySearchInput = z.object({
  q: z.string().trim().max(DIRECTORY_QUERY_MAX, `Een zoekterm heeft hoogstens ${DIRECTORY_QUERY_MAX} tekens.`).default(""),
  sector: list(z.enum(SECTORS)),
  type: list(text),
  legalFrame: list(z.enum(LEGAL_FRAMES)),
  area: list(text),
  service: list(text),
  contactRole: list(z.enum(CONTACT_ROLES)),
  /**
   * Gemeente (issue 18): organisations working in this municipality, region-wide ones included;
   * null = every municipality. The search page defaults it to the user's own municipality.
   */
  municipality: municipalityCode.nullable().default(null),
  page: z.number().int().min(1).max(DIRECTORY_PAGE_MAX).default(1),
});
export type DirectorySearchInput = z.input<typeof directorySearchInput>;
export type DirectorySearch = z.output<typeof directorySearchInput>;

/**
 * The search lives in the URL (a GET form that works without JavaScript), with Dutch
 * parameter names. Unknown enum values and bad page numbers are dropped rather than
 * rejected: a hand-edited or outdated link still shows a result page.
 */
export const DIRECTORY_URL_PARAMS = {
  q: "q",
  sector: "sector",
  type: "soort",
  legalFrame: "kader",
  area: "wijk",
  service: "dienst",
  contactRole: "rol",
  municipality: "gemeente",
  page: "pagina",
} as const satisfies Record<keyof DirectorySearch, string>;

type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

function readAll(params: SearchParamsLike, name: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(name) : params[name];
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== "" && v.length <= 120))].slice(0, 50);
}

function only<T extends string>(allowed: readonly T[], values: string[]): T[] {
  return values.filter((v): v is T => (allowed as readonly string[]).includes(v));
}

/** The value of the Gemeente filter that means "every municipality". */
export const ALL_MUNICIPALITIES = "alle";

/**
 * Reads the search from the URL. Without a `gemeente` parameter the search is for
 * `defaultMunicipality` (the user's own; null = every municipality); `gemeente=alle` searches them all.
 */
export function parseDirectorySearchParams(params: SearchParamsLike, defaultMunicipality: string | null = null): DirectorySearch {
  const p = DIRECTORY_URL_PARAMS;
  const municipalityRaw = readAll(params, p.municipality)[0];
  const municipality =
    municipalityRaw === undefined
      ? defaultMunicipality
      : /^GM\d{4}$/i.test(municipalityRaw)
        ? municipalityRaw.toUpperCase()
        : null;
  const pageRaw = readAll(params, p.page)[0];
  const page = pageRaw && /^\d{1,4}$/.test(pageRaw) ? Math.min(Math.max(Number(pageRaw), 1), DIRECTORY_PAGE_MAX) : 1;
  return {
    q: (readAll(params, p.q)[0] ?? "").slice(0, DIRECTORY_QUERY_MAX),
    sector: only(SECTORS, readAll(params, p.sector)),
    type: readAll(params, p.type),
    legalFrame: only(LEGAL_FRAMES, readAll(params, p.legalFrame)),
    area: readAll(params, p.area),
    service: readAll(params, p.service),
    contactRole: only(CONTACT_ROLES, readAll(params, p.contactRole)),
    municipality,
    page,
  };
}

/** The query string for a search; page 1 and empty values are left out so links stay short. */
export function directorySearchQuery(search: Partial<DirectorySearch>): string {
  const p = DIRECTORY_URL_PARAMS;
  const out = new URLSearchParams();
  if (search.q) out.set(p.q, search.q);
  const lists = ["sector", "type", "legalFrame", "area", "service", "contactRole"] as const;
  for (const key of lists) for (const value of search[key] ?? []) out.append(p[key], value);
  // Left out when not given; null (every municipality) is written out, as it differs from the default.
  if (search.municipality !== undefined) out.set(p.municipality, search.municipality ?? ALL_MUNICIPALITIES);
  if (search.page && search.page > 1) out.set(p.page, String(search.page));
  return out.toString();
}

export function hasDirectoryFilters(search: DirectorySearch): boolean {
  return [search.sector, search.type, search.legalFrame, search.area, search.service, search.contactRole].some((l) => l.length > 0);
}

import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { publicPageCandidates, type PublicPageCandidate } from "./public-page-candidates.ts";
import { publicPageMunicipalityFor, type PublicPageMunicipality } from "./public-page-municipality.ts";
import { PUBLIC_PAGE_LANGUAGES, type PublicPageLanguage } from "./schemas.ts";

export interface PublicPageSettings {
  municipality: PublicPageMunicipality;
  /** The coordinator's text per language; "" where the page shows its default text. */
  intro: Record<PublicPageLanguage, string>;
  /** The organisations shown first, in order; only those that are still candidates. */
  featuredOrganisationIds: string[];
  /** 0 while the municipality has no settings of its own (the defaults). */
  version: number;
  updatedAt: Date | null;
  candidates: PublicPageCandidate[];
}

/** The stored JSON as one text per language: anything but a string counts as "no text". */
export function introByLanguage(stored: unknown): Record<PublicPageLanguage, string> {
  const record = stored !== null && typeof stored === "object" && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  return Object.fromEntries(PUBLIC_PAGE_LANGUAGES.map((language) => [language, typeof record[language] === "string" ? record[language] : ""])) as Record<PublicPageLanguage, string>;
}

/**
 * A municipality's public page settings for the form on /beheer/publieke-pagina, with the
 * organisations it may show first. No row means the defaults (empty texts, no emphasis, version 0).
 * A featured organisation that is no longer public, active or working there is left out, as the
 * public page leaves it out, so saving the form never fails on it.
 */
export async function readPublicPage(db: Db, actor: SessionUser, municipalityCode?: string): Promise<PublicPageSettings> {
  const municipality = await publicPageMunicipalityFor(db, actor, municipalityCode);
  const [row, candidates] = await Promise.all([db.publicPage.findUnique({ where: { municipalityCode: municipality.code } }), publicPageCandidates(db, municipality.code)]);
  const candidateIds = new Set(candidates.map((c) => c.id));
  return {
    municipality,
    intro: introByLanguage(row?.intro),
    featuredOrganisationIds: (row?.featuredOrganisationIds ?? []).filter((id) => candidateIds.has(id)),
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt ?? null,
    candidates,
  };
}

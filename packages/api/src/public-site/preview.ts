import type { Db } from "@kk/db";
import { DEFAULT_EXIT_URL, renderMunicipalityPage, type PublicLocale } from "@kk/public-site";
import { loadPublicSnapshot } from "./snapshot.ts";

export interface PublicPagePreviewInput {
  municipalityCode: string;
  /** The draft introduction per language (empty or missing: the default text). */
  intro: Partial<Record<PublicLocale, string>>;
  /** The draft "show first" list, in order. */
  featuredOrganisationIds: string[];
  locale: PublicLocale;
}

/**
 * A municipality's public start page as it would look with the coordinator's unsaved draft: the same
 * data and renderer as the public site, with the draft settings in place of the stored ones.
 * Returns null for an unknown municipality. Links are relative; the page is meant for a sandboxed iframe.
 */
export async function renderPublicPagePreview(db: Db, input: PublicPagePreviewInput): Promise<string | null> {
  const snapshot = await loadPublicSnapshot(db);
  const stored = snapshot.municipalities.find((candidate) => candidate.code === input.municipalityCode);
  if (!stored) return null;
  const municipality = { ...stored, intro: input.intro, featuredOrganisationIds: input.featuredOrganisationIds };
  const draft = { ...snapshot, municipalities: snapshot.municipalities.map((candidate) => (candidate === stored ? municipality : candidate)) };
  return renderMunicipalityPage({ locale: input.locale, origin: "", exitUrl: DEFAULT_EXIT_URL }, draft, municipality, new URLSearchParams());
}

import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { publicPageCandidates } from "./public-page-candidates.ts";
import { publicPageMunicipalityFor } from "./public-page-municipality.ts";
import type { PreviewPublicPageValues, PublicPageLanguage } from "./schemas.ts";
import { assertFeaturedAreCandidates, storedIntro } from "./update-public-page.ts";

/**
 * What the public start page would look like with the form's unsaved values ("Voorbeeld
 * bekijken"): a whole HTML document, which the page shows in a sandboxed iframe (no scripts, no
 * same origin). The same checks as saving, so the preview never shows what cannot be saved.
 */
export async function previewPublicPage(db: Db, actor: SessionUser, input: PreviewPublicPageValues): Promise<{ html: string }> {
  const municipality = await publicPageMunicipalityFor(db, actor, input.municipalityCode);
  await assertFeaturedAreCandidates(db, municipality.code, input.featuredOrganisationIds);
  const candidates = new Map((await publicPageCandidates(db, municipality.code)).map((c) => [c.id, c]));
  const featured = input.featuredOrganisationIds.flatMap((id) => candidates.get(id) ?? []);
  return { html: draftPreviewHtml(municipality.name, storedIntro(input.intro), featured, input.locale) };
}

// Stand-in until the public site's own renderer (renderPublicPagePreview, issue 15 items 1–3) is
// merged: the draft's introduction and the organisations shown first, escaped, in a plain document.
const DEFAULT_INTRO: Record<PublicPageLanguage, string> = {
  nl: "Maakt u zich zorgen over een kind? Op deze pagina leest u wat u kunt doen en waar u terechtkunt.",
  en: "Are you worried about a child? This page tells you what you can do and where to go.",
};
const HEADINGS: Record<PublicPageLanguage, { title: string; local: string }> = {
  nl: { title: "Zorgen over een kind?", local: "Hulp in de buurt" },
  en: { title: "Worried about a child?", local: "Local help" },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function draftPreviewHtml(municipalityName: string, intro: Record<string, string>, featured: ReadonlyArray<{ name: string; type: string }>, locale: PublicPageLanguage): string {
  const paragraphs = (intro[locale] ?? DEFAULT_INTRO[locale]).split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`);
  const items = featured.map((o) => `<li><strong>${escapeHtml(o.name)}</strong> ${escapeHtml(o.type)}</li>`);
  const h = HEADINGS[locale];
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(h.title)}</title></head><body><main><h1>${escapeHtml(h.title)} ${escapeHtml(municipalityName)}</h1>${paragraphs.join("")}<h2>${escapeHtml(h.local)}</h2><ul>${items.join("")}</ul></main></body></html>`;
}

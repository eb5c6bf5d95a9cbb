import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { notFound } from "../errors.ts";
import { renderPublicPagePreview } from "../public-site/preview.ts";
import { publicPageMunicipalityFor } from "./public-page-municipality.ts";
import type { PreviewPublicPageValues } from "./schemas.ts";
import { assertFeaturedAreCandidates, storedIntro } from "./update-public-page.ts";

/**
 * What the public start page would look like with the form's unsaved values ("Voorbeeld
 * bekijken"): the public site's own renderer with the draft in place of the stored settings, a
 * whole HTML document that the page shows in a sandboxed iframe (no scripts, no same origin). The
 * same checks as saving, so the preview never shows what cannot be saved.
 */
export async function previewPublicPage(db: Db, actor: SessionUser, input: PreviewPublicPageValues): Promise<{ html: string }> {
  const municipality = await publicPageMunicipalityFor(db, actor, input.municipalityCode);
  await assertFeaturedAreCandidates(db, municipality.code, input.featuredOrganisationIds);
  const html = await renderPublicPagePreview(db, {
    municipalityCode: municipality.code,
    intro: storedIntro(input.intro),
    featuredOrganisationIds: input.featuredOrganisationIds,
    locale: input.locale,
  });
  if (html === null) throw notFound("De gemeente");
  return { html };
}

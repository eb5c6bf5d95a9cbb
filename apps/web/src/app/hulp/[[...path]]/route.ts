import {
  localeFrom,
  messagesFor,
  renderMunicipalityPage,
  renderNotFoundPage,
  renderOrganisationPage,
  renderPosterPage,
  renderPrivacyPage,
  renderStartPage,
  worksIn,
  type PublicSnapshot,
} from "@kk/public-site";
import { cachedPage, htmlResponse, pageContext, publicSnapshot, uncachedHtmlResponse } from "@/lib/public-site";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ path?: string[] }> };

/**
 * "Zorgen over een kind?", the public residents' pages (issue 15, docs/public-site.md, ADR 0028):
 *
 *   /hulp                           what to do now, and the municipalities of the region
 *   /hulp/<gemeente>                what to do now, the questions, search and wijk filter, local help
 *   /hulp/<gemeente>/poster         the A4 poster with a QR code to the page above
 *   /hulp/organisatie/<slug>        one public organisation (JSON-LD)
 *   /hulp/privacy                   the privacy statement
 *
 * Server-rendered HTML without the React runtime: no JavaScript but the inline "Snel weg" script, no
 * cookies, nothing from another origin. `?lang=en` for English; no session is read.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const url = new URL(request.url);
  const locale = localeFrom(url.searchParams.get("lang"));
  const context = pageContext(locale);
  const path = (await params).path ?? [];

  let snapshot: PublicSnapshot;
  try {
    snapshot = await publicSnapshot();
  } catch (error) {
    console.error("[public-site] no public data:", error instanceof Error ? error.message : error);
    const t = messagesFor(locale);
    return uncachedHtmlResponse(unavailableHtml(locale, t.unavailable.title, t.unavailable.text), 503);
  }

  // One municipality: /hulp is its page.
  const only = snapshot.municipalities.length === 1 ? snapshot.municipalities[0] : undefined;
  if (path.length === 0 && only) return Response.redirect(new URL(`/hulp/${only.slug}${url.search}`, context.origin), 302);

  const key = `${url.pathname}?${url.searchParams.toString()}`;
  const page = await cachedPage(key, async () => {
    const [first, second, ...rest] = path;
    if (rest.length > 0) return null;
    if (first === undefined) return renderStartPage(context, snapshot);
    if (first === "privacy" && second === undefined) return renderPrivacyPage(context, municipalityFrom(snapshot, url.searchParams.get("gemeente")));
    if (first === "organisatie" && second !== undefined) {
      const organisation = snapshot.organisations.find((candidate) => candidate.slug === second);
      if (!organisation) return null;
      const from = municipalityFrom(snapshot, url.searchParams.get("gemeente"));
      return renderOrganisationPage(context, snapshot, organisation, from && worksIn(organisation, from.code) ? from : null);
    }
    const municipality = snapshot.municipalities.find((candidate) => candidate.slug === first);
    if (!municipality) return null;
    if (second === undefined) return renderMunicipalityPage(context, snapshot, municipality, url.searchParams);
    if (second === "poster") return renderPosterPage(context, municipality, `${context.origin}/hulp/${municipality.slug}`);
    return null;
  });
  if (page === null) return uncachedHtmlResponse(renderNotFoundPage(context, url.pathname), 404);
  return htmlResponse(request, page);
}

function municipalityFrom(snapshot: PublicSnapshot, slug: string | null) {
  return slug === null ? null : (snapshot.municipalities.find((candidate) => candidate.slug === slug) ?? null);
}

/** Without data: the numbers that matter, no styles or scripts needed. */
function unavailableHtml(locale: string, title: string, text: string): string {
  const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="${escape(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1><p>${escape(text)}</p><p><a href="tel:112">112</a> · <a href="tel:08002000">0800-2000</a></p></main></body></html>`;
}

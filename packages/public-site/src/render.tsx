/** @jsxImportSource preact */
import type { JSX } from "preact";
import { render } from "preact-render-to-string";
import QRCode from "qrcode";
import { MunicipalityPage } from "./pages/municipality.tsx";
import { NotFoundPage } from "./pages/not-found.tsx";
import { OrganisationPage } from "./pages/organisation.tsx";
import { PosterPage } from "./pages/poster.tsx";
import { PrivacyPage } from "./pages/privacy.tsx";
import { StartPage } from "./pages/start.tsx";
import type { PageContext } from "./pages/layout.tsx";
import { MAX_QUERY_LENGTH, searchPublicHelp, type PublicSearch } from "./search.ts";
import type { PublicMunicipality, PublicOrganisation, PublicSnapshot } from "./snapshot.ts";
import { isTopicKey } from "./topics.ts";

export type { PageContext } from "./pages/layout.tsx";

function documentOf(page: JSX.Element): string {
  return `<!doctype html>${render(page)}`;
}

export function renderStartPage(context: PageContext, snapshot: PublicSnapshot): string {
  return documentOf(<StartPage context={context} snapshot={snapshot} />);
}

/** The search and filters from the address; what cannot be used is dropped (or reported, for `q`). */
export function parsePublicSearch(params: URLSearchParams, municipality: PublicMunicipality): { search: PublicSearch; queryError: boolean } {
  const q = (params.get("q") ?? "").trim();
  const wijk = params.get("wijk") ?? "";
  const topic = params.get("vraag");
  const queryError = q.length > MAX_QUERY_LENGTH;
  return {
    search: {
      q: queryError ? "" : q,
      wijk: municipality.wijken.includes(wijk) ? wijk : null,
      topic: isTopicKey(topic) ? topic : null,
    },
    queryError,
  };
}

export function renderMunicipalityPage(context: PageContext, snapshot: PublicSnapshot, municipality: PublicMunicipality, params: URLSearchParams): string {
  const { search, queryError } = parsePublicSearch(params, municipality);
  const result = searchPublicHelp(snapshot, municipality, search);
  return documentOf(<MunicipalityPage context={context} municipality={municipality} search={search} result={result} queryError={queryError} />);
}

export function renderOrganisationPage(
  context: PageContext,
  snapshot: PublicSnapshot,
  organisation: PublicOrganisation,
  municipality: PublicMunicipality | null,
): string {
  return documentOf(<OrganisationPage context={context} snapshot={snapshot} organisation={organisation} municipality={municipality} />);
}

export function renderPrivacyPage(context: PageContext, municipality: PublicMunicipality | null): string {
  return documentOf(<PrivacyPage context={context} municipality={municipality} />);
}

export function renderNotFoundPage(context: PageContext, path: string): string {
  return documentOf(<NotFoundPage context={context} path={path} />);
}

/** The poster with a QR code (SVG, error correction M) that leads to `pageUrl`. */
export async function renderPosterPage(context: PageContext, municipality: PublicMunicipality, pageUrl: string): Promise<string> {
  const qrSvg = await QRCode.toString(pageUrl, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return documentOf(<PosterPage context={context} municipality={municipality} pageUrl={pageUrl} qrSvg={qrSvg} />);
}

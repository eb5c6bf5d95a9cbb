import { createHash } from "node:crypto";
import { loadPublicSnapshot, portalBaseUrl } from "@kk/api";
import { cachedUntilChanged, getDb, listenForChanges, type ChangeFeed } from "@kk/db";
import { DEFAULT_EXIT_URL, PUBLIC_CSP, type PageContext, type PublicLocale, type PublicSnapshot } from "@kk/public-site";

/*
 * The public residents' pages (issue 15, docs/adr/0028): server-rendered HTML from one snapshot of
 * public data, cached in this process until PostgreSQL says something it shows has changed
 * (LISTEN kk_public_pages, fed by triggers), so several web processes stay correct. Rendered pages
 * are cached per address the same way. When the database cannot be reached, the last good snapshot
 * keeps serving: a resident still gets the numbers and the local help.
 */

const CHANNEL = "kk_public_pages";
const MAX_CACHED_PAGES = 500;

interface PublicSiteState {
  feed: ChangeFeed;
  snapshot: () => Promise<PublicSnapshot>;
  lastGood: PublicSnapshot | null;
  pages: Map<string, { generation: number; html: string; etag: string }>;
}

const globalForPublicSite = globalThis as unknown as { kkPublicSite?: PublicSiteState };

function state(): PublicSiteState {
  if (!globalForPublicSite.kkPublicSite) {
    const url = process.env.DATABASE_URL;
    // Without a database URL (unit tests) nothing listens, so nothing is cached.
    const feed: ChangeFeed = url
      ? listenForChanges(url, CHANNEL, { onError: (error) => console.warn("[public-site] change feed:", error instanceof Error ? error.message : error) })
      : { generation: () => null, ready: async () => {}, sync: async () => {}, close: async () => {} };
    // Shared data only (organisations, municipalities, wijk names, page settings): the unscoped
    // connection, which row-level security shows no municipality-owned row.
    const load = cachedUntilChanged(feed, () => loadPublicSnapshot(getDb()));
    const created: PublicSiteState = {
      feed,
      lastGood: null,
      pages: new Map(),
      snapshot: async () => {
        try {
          created.lastGood = await load();
          return created.lastGood;
        } catch (error) {
          if (created.lastGood) return created.lastGood;
          throw error;
        }
      },
    };
    globalForPublicSite.kkPublicSite = created;
  }
  return globalForPublicSite.kkPublicSite;
}

/** The public data, from the cache while nothing changed. */
export function publicSnapshot(): Promise<PublicSnapshot> {
  return state().snapshot();
}

/**
 * A rendered page from the cache, or `render()`'s result kept for the current generation. Not
 * cached while the feed is not listening.
 */
export async function cachedPage(key: string, render: () => Promise<string | null>): Promise<{ html: string; etag: string } | null> {
  const site = state();
  const generation = site.feed.generation();
  const hit = generation === null ? undefined : site.pages.get(key);
  if (hit && hit.generation === generation) return hit;
  const html = await render();
  if (html === null) return null;
  const page = { html, etag: `"${createHash("sha256").update(html).digest("base64url").slice(0, 27)}"` };
  if (generation !== null) {
    if (site.pages.size >= MAX_CACHED_PAGES) site.pages.clear();
    site.pages.set(key, { generation, ...page });
  }
  return page;
}

/** Where "Snel weg" leaves for: KK_PUBLIC_EXIT_URL when it is an https address, else the default. */
export function exitUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.KK_PUBLIC_EXIT_URL?.trim();
  if (!configured) return DEFAULT_EXIT_URL;
  try {
    const url = new URL(configured);
    return url.protocol === "https:" ? url.href : DEFAULT_EXIT_URL;
  } catch {
    return DEFAULT_EXIT_URL;
  }
}

export function pageContext(locale: PublicLocale): PageContext {
  // The configured public address, never the request's Host header: pages are cached.
  return { locale, origin: portalBaseUrl(), exitUrl: exitUrl() };
}

/**
 * The public page's response: its own strict CSP (hashes, no nonce), no referrer, no cookie, and an
 * ETag so a browser or proxy can ask "still the same?" and get a 304.
 */
export function htmlResponse(request: Request, page: { html: string; etag: string }, status = 200): Response {
  const headers = new Headers({
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": PUBLIC_CSP,
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "public, no-cache",
    ETag: page.etag,
  });
  if (status === 200 && request.headers.get("if-none-match") === page.etag) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : page.html, { status, headers });
}

/** A page that is not cached (404, 503). */
export function uncachedHtmlResponse(html: string, status: number): Response {
  return new Response(html, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": PUBLIC_CSP,
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "no-store",
      ...(status === 503 ? { "Retry-After": "30" } : {}),
    },
  });
}

/**
 * Where app/unauthorized.tsx sends a visitor without a session: /inloggen, with why the session ended
 * (`reden`) and the page to return to (`callbackUrl`). The page's address reaches that server
 * component through a request header the proxy sets (src/proxy.ts): before, a client component read
 * it in the browser, and its chunk was loaded with every page (issue 17, item 8).
 */
export const REQUEST_PATH_HEADER = "x-kk-request-path";

/** Path and query of a page request, without Next.js's `_rsc` cache-busting parameter. */
export function requestPathOf(url: URL): string {
  const params = new URLSearchParams(url.search);
  params.delete("_rsc");
  const query = params.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

/** `/inloggen`, with `reden` when a session ended and `callbackUrl` for any page but the start page. */
export function signInAddress(requestPath: string | null, reason: string | null): string {
  const params = new URLSearchParams();
  if (reason) params.set("reden", reason);
  if (requestPath && requestPath !== "/") params.set("callbackUrl", requestPath);
  const query = params.toString();
  return query ? `/inloggen?${query}` : "/inloggen";
}

import { hasUnsafeCharacters } from "@kk/api/unsafe-text";
import { NextResponse, type NextRequest } from "next/server";
import { databaseUnavailableResponse, isDatabaseDown } from "./lib/database-outage";
import { REQUEST_PATH_HEADER, requestPathOf } from "./lib/sign-in-address";

/**
 * Sets a nonce-based Content-Security-Policy per request. Next.js reads the nonce from the
 * request's CSP header and puts it on its own scripts, so no inline script runs without it.
 * Every page is rendered per request anyway (they depend on the session), so nonces cost
 * nothing here. Reasoning and the style-src trade-off: docs/adr/0006.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  if (hasUnsafeAddress(request)) return badAddressResponse();
  // The public residents' pages (issue 15) set their own hash-based CSP, need no nonce and keep
  // serving their last good data while the database is away (app/hulp, docs/adr/0028).
  if (isPublicPath(request.nextUrl.pathname)) return NextResponse.next();
  // A visitor without a session gets the public page at the portal's front door, not the sign-in.
  if (request.nextUrl.pathname === "/" && !hasSessionCookie(request)) {
    const target = request.nextUrl.clone();
    target.pathname = "/hulp";
    return NextResponse.rewrite(target);
  }
  if (isTooLargeForAnAction(request)) return tooLargeResponse(request);
  // The database is down or restarting: a calm Dutch 503 page instead of a 500 (issue 14, fault test).
  if (await isDatabaseDown()) return databaseUnavailableResponse(`${request.nextUrl.pathname}${request.nextUrl.search}`);
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // The page asked for, for app/unauthorized.tsx's way back after signing in (set here, so a value
  // the browser sent is replaced).
  requestHeaders.set(REQUEST_PATH_HEADER, requestPathOf(request.nextUrl));

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export function isPublicPath(pathname: string): boolean {
  return pathname === "/hulp" || pathname.startsWith("/hulp/");
}

/** next-auth's session cookie (the __Secure- name on https). Whether it is still valid is not checked here. */
function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.has("next-auth.session-token") || request.cookies.has("__Secure-next-auth.session-token");
}

/**
 * Pages read their search and filters from the URL and hand them to the same procedures as the
 * API; a NUL byte or another control character in the address is refused here, once for every
 * page, with a Dutch 400 (issue 14, 9a) instead of a database error behind a 500 page.
 */
function hasUnsafeAddress(request: NextRequest): boolean {
  let path: string;
  try {
    path = decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return true;
  }
  if (hasUnsafeCharacters(path)) return true;
  for (const [key, value] of request.nextUrl.searchParams) {
    if (hasUnsafeCharacters(key) || hasUnsafeCharacters(value)) return true;
  }
  return false;
}

/**
 * The server-action body limit (next.config.ts, serverActions.bodySizeLimit "11mb"). A larger form
 * post (an agreement PDF far above its 10 MB, sent without JavaScript or past the form's own check)
 * would fail inside Next with a 500 page; it is refused here, before its body is read, with a Dutch
 * page that leads back to the form (issue 14, 6b).
 */
const ACTION_BODY_LIMIT_BYTES = 11 * 1024 * 1024;

function isTooLargeForAnAction(request: NextRequest): boolean {
  if (request.method !== "POST") return false;
  const length = request.headers.get("content-length");
  // Without a length (chunked) Next's own limit still applies; browsers send a length for forms.
  return length !== null && /^\d+$/.test(length.trim()) && Number(length) > ACTION_BODY_LIMIT_BYTES;
}

function tooLargeResponse(request: NextRequest): NextResponse {
  // Back to the page the form was on: the request's own path (a form posts to its own page).
  const back = escapeHtml(`${request.nextUrl.pathname}${request.nextUrl.search}`);
  return plainPage(
    413,
    "Bestand te groot",
    `<p>Het verstuurde formulier is groter dan 11 MB en is niet verwerkt. Een PDF van een convenant mag hoogstens 10 MB zijn: verklein het bestand (bijvoorbeeld door het opnieuw als PDF op te slaan met een lagere beeldkwaliteit) en probeer het opnieuw.</p>
<p><a href="${back}">Terug naar het formulier</a></p>`,
  );
}

function badAddressResponse(): NextResponse {
  return plainPage(
    400,
    "Ongeldig adres",
    `<p>Het adres bevat een teken dat niet is toegestaan (zoals een NUL-teken). Controleer uw zoekterm of filter en probeer het opnieuw.</p>
<p><a href="/">Naar de startpagina</a></p>`,
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A plain page without scripts or styles (so no nonce needed), in Dutch. */
function plainPage(status: number, title: string, body: string): NextResponse {
  const html = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} - Ketenportaal Kindveiligheid</title></head>
<body>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`;
  return new NextResponse(html, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    },
  });
}

function contentSecurityPolicy(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    // React's dev build uses eval for error overlays; production needs neither eval nor inline.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (e.g. from Next's route announcer) cannot carry a nonce; styles
    // cannot run code, so allowing them is the accepted trade-off.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    // OIDC sign-in posts to our own /api/auth, which then redirects to the identity provider.
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const config = {
  matcher: [
    {
      // API routes answer JSON, files and redirects, never HTML with scripts: they get a fixed,
      // strict CSP from next.config.ts instead, which saves the proxy hop on every tRPC call.
      source: "/((?!_next/static|_next/image|favicon.ico|api/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};

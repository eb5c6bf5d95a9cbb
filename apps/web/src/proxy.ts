import { NextResponse, type NextRequest } from "next/server";

/**
 * Sets a nonce-based Content-Security-Policy per request. Next.js reads the nonce from the
 * request's CSP header and puts it on its own scripts, so no inline script runs without it.
 * Every page is rendered per request anyway (they depend on the session), so nonces cost
 * nothing here. Reasoning and the style-src trade-off: docs/adr/0006.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
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

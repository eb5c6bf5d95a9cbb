/**
 * Where the portal is reachable, for links in e-mail. NEXTAUTH_URL is the portal's public URL
 * (required in production, set by the dev, start and e2e scripts); localhost is the dev fallback.
 */
export function portalBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

/**
 * The client address used for sign-in throttling (issue 14, finding 4).
 *
 * Next.js route handlers do not expose the socket address, so the only source is a header set by
 * a reverse proxy. Every hop a client sends itself is forged at will, so only the addresses that
 * the configured number of trusted proxies appended (counted from the right of
 * `X-Forwarded-For`) are believed. With no trusted proxy (the default) no header is believed and
 * the address is unknown: throttling then works per account only (see sign-in.ts).
 */
export const TRUSTED_PROXY_SETTING = "KK_TRUSTED_PROXY_COUNT";

/** Reads KK_TRUSTED_PROXY_COUNT: a whole number of reverse proxies in front of the portal; 0 when unset. */
export function trustedProxyCount(env: Record<string, string | undefined> = process.env): number {
  const raw = env[TRUSTED_PROXY_SETTING]?.trim();
  if (!raw) return 0;
  if (!/^\d{1,2}$/.test(raw)) throw new Error(`${TRUSTED_PROXY_SETTING} must be a whole number of reverse proxies (0 or more).`);
  return Number(raw);
}

type Headers = Record<string, string | string[] | undefined> | undefined;

function headerValues(headers: Headers, name: string): string[] {
  const value = headers?.[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(","));
}

/**
 * The address the outermost trusted proxy saw: with `n` trusted proxies, the n-th entry from the
 * right of X-Forwarded-For (every proxy appends the address it received the request from). Null
 * when no proxy is trusted or the header has fewer entries than there are trusted proxies.
 * X-Real-IP is used only behind a trusted proxy and only when X-Forwarded-For is absent.
 */
export function clientIp(headers: Headers, trustedProxies: number): string | null {
  if (trustedProxies < 1) return null;
  const hops = headerValues(headers, "x-forwarded-for").map((hop) => hop.trim()).filter(Boolean);
  if (hops.length > 0) return hops.length >= trustedProxies ? (hops[hops.length - trustedProxies] ?? null) : null;
  const real = headerValues(headers, "x-real-ip").map((v) => v.trim()).filter(Boolean);
  return trustedProxies === 1 && real.length === 1 ? (real[0] ?? null) : null;
}

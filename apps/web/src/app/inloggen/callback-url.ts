/**
 * Where the sign-in page may send the user afterwards: a path on our own origin, nothing else.
 *
 * The value is resolved the way a browser resolves a Location header or `location.assign`
 * (WHATWG URL parsing strips tabs and newlines and treats `\` as `/`), against a placeholder
 * origin; only if the result stays on that origin is its path kept. So `/%09/evil.example`
 * (a tab the browser would drop: `//evil.example`), `//host`, `/\host`, `javascript:` and
 * absolute URLs all end on `/`. Absolute URLs of any http(s) origin keep only their path
 * (next-auth passes absolute URLs of our own origin), which is then checked the same way.
 * Issue 14, finding 3; the table of hostile inputs is in callback-url.test.ts.
 */
const PLACEHOLDER_ORIGIN = "https://portal.invalid";

export function safeCallbackUrl(value: string | undefined | null): string {
  if (!value) return "/";
  let candidate = value;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
  if (/^[\s\u0000-\u001f]*https?:/i.test(candidate)) {
    const absolute = parse(candidate);
    if (!absolute) return "/";
    candidate = `${absolute.pathname}${absolute.search}${absolute.hash}`;
  }
  // Only a path may start the value: no scheme, no host, nothing a browser would strip first.
  if (!candidate.startsWith("/")) return "/";
  const resolved = parse(candidate, PLACEHOLDER_ORIGIN);
  if (!resolved || resolved.origin !== PLACEHOLDER_ORIGIN) return "/";
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // A serialised path starting with "//" would be protocol-relative once used as a Location.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/";
  if (resolved.pathname === "/inloggen" || resolved.pathname.startsWith("/inloggen/")) return "/";
  return path;
}

function parse(value: string, base?: string): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}

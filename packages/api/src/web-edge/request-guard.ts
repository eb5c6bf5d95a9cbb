/**
 * Checks at the web edge for requests that change state (issue 14, finding 9b): the request must
 * come from a page of our own origin. SameSite=Lax keeps the session cookie off cross-site POSTs
 * in current browsers; this is the second, explicit line (OWASP's "verify origin with standard
 * headers"), independent of cookie behaviour.
 */

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

export type EdgeRefusal = { status: 403 | 413 | 415; code: "FORBIDDEN" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE"; message: string };

export const CROSS_SITE_MESSAGE = "Dit verzoek komt niet van het portaal zelf en is geweigerd.";
export const NOT_JSON_MESSAGE = "Dit soort verzoek wordt niet geaccepteerd: het portaal verwacht JSON.";
export const TOO_LARGE_MESSAGE = "Het verzoek is te groot.";

/**
 * The hosts (host[:port]) that count as our own: the request's Host and X-Forwarded-Host (a
 * reverse proxy in front), and the host of the configured public URL (NEXTAUTH_URL / the portal's
 * base URL), compared case-insensitively.
 */
export function ownHosts(headers: Headers, configuredUrls: (string | undefined)[]): Set<string> {
  const hosts = new Set<string>();
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  if (forwarded) hosts.add(forwarded.toLowerCase());
  const host = headers.get("host")?.trim();
  if (host) hosts.add(host.toLowerCase());
  for (const url of configuredUrls) {
    if (!url) continue;
    try {
      hosts.add(new URL(url).host.toLowerCase());
    } catch {
      // An unusable setting adds nothing.
    }
  }
  return hosts;
}

/**
 * Null when a state-changing request may proceed, else the refusal. Rules:
 * - `Sec-Fetch-Site` (sent by every current browser) must be `same-origin` or `none` (typed URL);
 *   `cross-site` and `same-site` (another subdomain) are refused;
 * - `Origin`, when sent, must be one of our own hosts (`null` is refused);
 * - a request with neither header is not from a browser page (curl, a script) and cannot carry a
 *   victim's cookie by CSRF, so it passes to the usual session and policy checks.
 */
export function checkSameOrigin(headers: Headers, hosts: Set<string>): EdgeRefusal | null {
  const refuse: EdgeRefusal = { status: 403, code: "FORBIDDEN", message: CROSS_SITE_MESSAGE };
  const fetchSite = headers.get("sec-fetch-site")?.trim().toLowerCase();
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return refuse;
  const origin = headers.get("origin")?.trim();
  if (origin === undefined) return null;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return refuse;
  }
  if (!originHost || !hosts.has(originHost)) return refuse;
  return null;
}

/** tRPC takes JSON only: a form post (urlencoded, multipart, text/plain) is refused. */
export function checkJsonBody(headers: Headers): EdgeRefusal | null {
  const type = headers.get("content-type")?.split(";", 1)[0]?.trim().toLowerCase();
  if (type === "application/json") return null;
  return { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: NOT_JSON_MESSAGE };
}

/**
 * Reads the body, refusing it once it exceeds `maxBytes` (by Content-Length at once, else while
 * streaming, so a chunked body without a length cannot grow without bound either).
 */
export async function readCappedBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | EdgeRefusal> {
  const tooLarge: EdgeRefusal = { status: 413, code: "PAYLOAD_TOO_LARGE", message: TOO_LARGE_MESSAGE };
  const declared = request.headers.get("content-length");
  if (declared !== null && (!/^\d+$/.test(declared.trim()) || Number(declared) > maxBytes)) return tooLarge;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

import { decode, type JWT } from "next-auth/jwt";

/**
 * The session cookie's token, decoded once per process (issue 17, item 2). The cookie is a
 * next-auth JWE (A256GCM with a key derived from NEXTAUTH_SECRET by HKDF); decoding it costs a key
 * derivation and a decryption on every request. A token is immutable, so its decoded payload is kept
 * by the token string, until the token's own `exp` (with next-auth's 15 s clock tolerance). Only
 * tokens that decrypted are kept: a forged or stale cookie is decoded (and refused) each time.
 * Whether the session still holds is the session row's business (./session-cache.ts).
 */
export interface TokenDecoder {
  decode(token: string, now: Date): Promise<JWT | null>;
}

/** next-auth's clock tolerance when it checks `exp` (next-auth/jwt decode). */
const CLOCK_TOLERANCE_SECONDS = 15;

export const DEFAULT_MAX_CACHED_TOKENS = 20_000;

export function createTokenDecoder(secret: string, options: { maxEntries?: number } = {}): TokenDecoder {
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_CACHED_TOKENS;
  const tokens = new Map<string, JWT>();
  const expired = (payload: JWT, now: Date) => typeof payload.exp === "number" && now.getTime() / 1000 > payload.exp + CLOCK_TOLERANCE_SECONDS;

  return {
    async decode(token, now) {
      const hit = tokens.get(token);
      if (hit !== undefined) {
        if (!expired(hit, now)) return hit;
        tokens.delete(token);
        return null;
      }
      let payload: JWT | null;
      try {
        payload = await decode({ token, secret });
      } catch {
        return null;
      }
      if (payload === null || expired(payload, now)) return null;
      if (tokens.size >= maxEntries) {
        const oldest = tokens.keys().next();
        if (!oldest.done) tokens.delete(oldest.value);
      }
      tokens.set(token, payload);
      return payload;
    },
  };
}

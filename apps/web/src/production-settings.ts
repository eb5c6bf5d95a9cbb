/**
 * Checks on the production settings that keep a portal from running with development defaults
 * (issue 14, finding 8). Plain functions without dependencies: used by the environment schema
 * (env.ts, when the server starts) and by `npm start` (scripts/portal-plan.ts, before it starts).
 */

/** The session secret `npm run dev` uses when none is set. Never valid in production. */
export const DEVELOPMENT_SECRET = "development-only-secret-not-for-production-use";

/** Secrets that are known to anyone who has read this repository or a tutorial. */
const KNOWN_SECRETS = new Set([DEVELOPMENT_SECRET, "secret", "changeme", "change-me", "nextauth-secret"].map((s) => s.toLowerCase()));
/** Words no randomly generated secret contains; their presence means a secret was typed by hand. */
const TELLTALE_WORDS = ["secret", "password", "wachtwoord", "changeme", "change-me", "development", "production", "example", "default", "geheim"];

export const MIN_SECRET_LENGTH = 32;
/** Shannon-entropy estimate of the whole secret, in bits. `openssl rand -base64 32` gives about 200. */
export const MIN_SECRET_BITS = 96;

/** An estimate of a secret's entropy from its own character frequencies (an upper bound for typed text). */
export function estimatedEntropyBits(secret: string): number {
  const counts = new Map<string, number>();
  for (const char of secret) counts.set(char, (counts.get(char) ?? 0) + 1);
  const length = [...secret].length;
  let perChar = 0;
  for (const count of counts.values()) {
    const p = count / length;
    perChar -= p * Math.log2(p);
  }
  return perChar * length;
}

/** Why this session secret may not be used in production, or null when it may. */
export function productionSecretProblem(secret: string | undefined): string | null {
  const generate = "generate one with `openssl rand -base64 32`";
  if (!secret) return `is required in production (${generate})`;
  if (secret.length < MIN_SECRET_LENGTH) return `must be at least ${MIN_SECRET_LENGTH} characters in production (${generate})`;
  const lower = secret.toLowerCase();
  if (KNOWN_SECRETS.has(lower) || TELLTALE_WORDS.some((word) => lower.includes(word))) {
    return `is a known or hand-made value (such as the development secret); ${generate}`;
  }
  if (estimatedEntropyBits(secret) < MIN_SECRET_BITS) return `is too predictable (repeated characters or a pattern); ${generate}`;
  return null;
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Why this public URL may not be used in production, or null. next-auth marks the session cookie
 * `Secure` only when NEXTAUTH_URL is https; unset, it would guess from the request. Plain http is
 * accepted only for a server on the same machine (the end-to-end tests, a local demo).
 */
export function productionUrlProblem(url: string | undefined): string | null {
  if (!url) return "is required in production: the portal's public https:// address (the session cookie is Secure only on https)";
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "must be the portal's public URL, e.g. https://portaal.example.nl";
  }
  if (parsed.protocol === "https:") return null;
  if (parsed.protocol === "http:" && LOOPBACK_HOSTS.has(parsed.hostname)) return null;
  return "must start with https:// in production (the session cookie is Secure only on https; http is accepted for localhost only)";
}

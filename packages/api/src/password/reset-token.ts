import { createHash, randomBytes } from "node:crypto";

/** A "wachtwoord vergeten" link works for 30 minutes (issue 14; ASVS 2.5.x, OWASP forgot-password cheat sheet). */
export const RESET_TOKEN_MINUTES = 30;

/** 32 random bytes, URL-safe: the secret in the link. Never stored, never audited. */
export function newResetToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps instead of the token, so a leaked table resets nothing. */
export function hashResetToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Tokens are base64url of 32 bytes; anything else is not worth a database query. */
export function looksLikeResetToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function resetTokenExpiry(now: Date): Date {
  return new Date(now.getTime() + RESET_TOKEN_MINUTES * 60 * 1000);
}

export function resetLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/wachtwoord-herstellen?token=${token}`;
}

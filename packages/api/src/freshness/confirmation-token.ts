import { createHash, randomBytes } from "node:crypto";

/** A reminder link stays usable for 30 days; a new one comes with next month's reminder. */
export const CONFIRMATION_TOKEN_DAYS = 30;

/** 32 random bytes, URL-safe: the secret in the one-click link. Never stored. */
export function newConfirmationToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps instead of the token, so a leaked table confirms nothing. */
export function hashConfirmationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function confirmationTokenExpiry(now: Date): Date {
  return new Date(now.getTime() + CONFIRMATION_TOKEN_DAYS * 24 * 60 * 60 * 1000);
}

export function confirmationLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/bevestigen/${token}`;
}

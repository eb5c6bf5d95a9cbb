import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { deriveSecretBoxKey, openSecret, sealSecret, secretBoxKeyMaterial, type Role, type SecretBoxKey } from "@kk/db";
import { Secret, TOTP } from "otpauth";
import { MFA_REQUIRED_ROLES } from "./roles.ts";
import QRCode from "qrcode";

/**
 * Two-factor sign-in with TOTP (RFC 6238) and recovery codes (docs/adr/0018). Pure functions:
 * the clock and the key are arguments; the database work is in mfa-store.ts.
 */

export { MFA_REQUIRED_ROLES };

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Accepted clock drift, in time steps either side (RFC 6238 section 5.2 recommends at most one). */
export const TOTP_DRIFT_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;
const ISSUER = "Ketenportaal Kindveiligheid";

/**
 * What the credentials provider answers when the password was right but a second factor is
 * missing, wrong or throttled (next-auth passes them to the form as `error`). Only an answer to
 * the right password: a wrong password stays the generic "CredentialsSignin".
 */
export const MFA_SIGN_IN_ERRORS = { required: "MfaRequired", invalid: "MfaInvalid", throttled: "MfaThrottled" } as const;

/** Whether a user must enrol before they can use the portal: a required role, a password, no TOTP yet. */
export function mfaEnrolmentRequired(user: { role: Role; passwordHash: string | null; totpEnabledAt: Date | null }): boolean {
  return MFA_REQUIRED_ROLES.includes(user.role) && user.passwordHash !== null && user.totpEnabledAt === null;
}

let cachedKey: SecretBoxKey | undefined;

/** The key TOTP secrets are sealed with, from KK_MFA_KEY or NEXTAUTH_SECRET (see @kk/db secret-box). */
export function mfaKey(): SecretBoxKey {
  cachedKey ??= deriveSecretBoxKey(secretBoxKeyMaterial());
  return cachedKey;
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function sealTotpSecret(base32: string, key: SecretBoxKey): string {
  return sealSecret(base32, key);
}

export function openTotpSecret(sealed: string, key: SecretBoxKey): string {
  return openSecret(sealed, key);
}

function totpFor(base32: string, label = ""): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: TOTP_DIGITS, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(base32) });
}

/** The time step (RFC 6238 counter) at `now`. */
export function timeStepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code for the time step at `now` (the e2e tests and the demo hint compute codes with this). */
export function totpCodeAt(base32: string, now: Date): string {
  return totpFor(base32).generate({ timestamp: now.getTime() });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(base32: string, accountEmail: string): string {
  return totpFor(base32, accountEmail).toString();
}

/** The QR code of an otpauth:// URI as an SVG data URL (the CSP's img-src allows data:). */
export async function totpQrDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/** Six digits; spaces (as in "123 456") are allowed. Null when it cannot be a code. */
export function normaliseTotpCode(code: string): string | null {
  const digits = code.replace(/\s+/g, "");
  return new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(digits) ? digits : null;
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "invalid" | "replayed" };

/**
 * Checks a code against the steps at `now` ± TOTP_DRIFT_STEPS. A code is accepted once: only
 * for a step after `lastStep` (the last accepted one); a matching older or equal step is a replay.
 */
export function checkTotp(base32: string, code: string, now: Date, lastStep: number | null): TotpCheck {
  const digits = normaliseTotpCode(code);
  if (!digits) return { ok: false, reason: "invalid" };
  const totp = totpFor(base32);
  const current = timeStepAt(now);
  let replayed = false;
  for (let delta = -TOTP_DRIFT_STEPS; delta <= TOTP_DRIFT_STEPS; delta++) {
    const step = current + delta;
    const expected = totp.generate({ timestamp: step * TOTP_PERIOD_SECONDS * 1000 });
    if (!timingSafeEqual(Buffer.from(expected), Buffer.from(digits))) continue;
    if (lastStep !== null && step <= lastStep) {
      replayed = true;
      continue;
    }
    return { ok: true, step };
  }
  return { ok: false, reason: replayed ? "replayed" : "invalid" };
}

/** The secret in groups of four for typing it into an app by hand. */
export function groupedSecret(base32: string): string {
  return base32.match(/.{1,4}/g)?.join(" ") ?? base32;
}

// Recovery codes: 12 characters of Crockford's base32 (60 bits), shown as xxxx-xxxx-xxxx.
const RECOVERY_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

export function newRecoveryCode(): string {
  let code = "";
  for (let i = 0; i < 12; i++) code += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** Case, spaces and dashes do not matter; the look-alikes i, l (1) and o (0) are read as meant. */
export function normaliseRecoveryCode(code: string): string | null {
  const plain = code.toLowerCase().replace(/[\s-]+/g, "").replace(/[il]/g, "1").replace(/o/g, "0");
  return /^[0-9a-hjkmnp-tv-z]{12}$/.test(plain) ? plain : null;
}

/** Stored form of a recovery code: a random 32-byte salt and HMAC-SHA-256 of the normalised code. */
export function hashRecoveryCode(code: string, salt = randomBytes(32).toString("base64url")): { salt: string; codeHash: string } {
  const plain = normaliseRecoveryCode(code) ?? code;
  return { salt, codeHash: createHmac("sha256", salt).update(plain).digest("base64url") };
}

export function recoveryCodeMatches(code: string, stored: { salt: string; codeHash: string }): boolean {
  const plain = normaliseRecoveryCode(code);
  if (!plain) return false;
  const actual = Buffer.from(hashRecoveryCode(plain, stored.salt).codeHash);
  const expected = Buffer.from(stored.codeHash);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * Whether the sign-in page may show the current code of a demo account (docs/adr/0018): only on a
 * demo portal (KK_DEMO_MODE=true, or a development server without that setting), never in
 * production without it. The caller also checks that the account's secret is the published demo
 * secret, so the hint never reveals anything that is not public already.
 */
export function demoCodeHintAllowed(env: Record<string, string | undefined>): boolean {
  if (env.KK_DEMO_MODE === "true") return true;
  if (env.KK_DEMO_MODE === "false") return false;
  return env.NODE_ENV !== "production";
}

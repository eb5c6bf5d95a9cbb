import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Encryption at rest for small secrets the server must read back (TOTP secrets, docs/adr/0018):
 * AES-256-GCM with a random 96-bit IV per value. The 256-bit key is derived with HKDF-SHA-256
 * from `KK_MFA_KEY` when set, otherwise from `NEXTAUTH_SECRET` (one secret fewer to manage; set
 * `KK_MFA_KEY` to rotate the session secret without re-enrolling everybody).
 *
 * Stored as `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url). The key id (a short HMAC of the
 * key) lets a changed key be reported as such instead of as a broken value.
 */

/** Used only outside production when neither setting is present (tests, a fresh checkout). */
const DEVELOPMENT_KEY_MATERIAL = "development-only-mfa-key-not-for-production-use";
const HKDF_INFO = "kk-mfa-totp-secret-v1";

export class SecretBoxKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecretBoxKeyError";
  }
}

/** The key material from the environment: KK_MFA_KEY, else NEXTAUTH_SECRET, else (not in production) a development value. */
export function secretBoxKeyMaterial(env: Record<string, string | undefined> = process.env): string {
  const material = env.KK_MFA_KEY?.trim() || env.NEXTAUTH_SECRET?.trim();
  if (material) return material;
  if (env.NODE_ENV === "production") throw new SecretBoxKeyError("KK_MFA_KEY or NEXTAUTH_SECRET is required to encrypt two-factor secrets");
  return DEVELOPMENT_KEY_MATERIAL;
}

export interface SecretBoxKey {
  key: Buffer;
  id: string;
}

export function deriveSecretBoxKey(material: string): SecretBoxKey {
  const key = Buffer.from(hkdfSync("sha256", Buffer.from(material, "utf8"), Buffer.alloc(0), HKDF_INFO, 32));
  const id = createHmac("sha256", key).update("key-id").digest("base64url").slice(0, 8);
  return { key, id };
}

export function sealSecret(plaintext: string, key: SecretBoxKey): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return ["v1", key.id, iv.toString("base64url"), tag.toString("base64url"), ciphertext.toString("base64url")].join(".");
}

/** The plaintext; throws SecretBoxKeyError when sealed under another key, Error when tampered with. */
export function openSecret(sealed: string, key: SecretBoxKey): string {
  const parts = sealed.split(".");
  if (parts.length !== 5 || parts[0] !== "v1") throw new Error("Not a sealed secret");
  const [, keyId, iv, tag, ciphertext] = parts as [string, string, string, string, string];
  const a = Buffer.from(keyId);
  const b = Buffer.from(key.id);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new SecretBoxKeyError("This secret was encrypted with another key (KK_MFA_KEY or NEXTAUTH_SECRET changed)");
  }
  const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

/** Whether `sealed` opens with `key` (the demo seed re-seals the published demo secret when not). */
export function opensWith(sealed: string, key: SecretBoxKey): boolean {
  try {
    openSecret(sealed, key);
    return true;
  } catch {
    return false;
  }
}

import type { Db, SecretBoxKey, Tx } from "@kk/db";
import {
  checkTotp,
  hashRecoveryCode,
  MFA_REQUIRED_ROLES,
  newRecoveryCode,
  newTotpSecret,
  openTotpSecret,
  RECOVERY_CODE_COUNT,
  recoveryCodeMatches,
  sealTotpSecret,
  type TotpCheck,
} from "./mfa.ts";
import { reserveAttempt, signInWithPassword, type SignInInput } from "./sign-in.ts";
import type { SessionUser } from "./roles.ts";
import { revokeAllSessions } from "./user-sessions.ts";

/**
 * The database side of two-factor sign-in (docs/adr/0018): the second sign-in step, enrolment,
 * new recovery codes, switching off and the administrator's reset. Auditing is the caller's
 * (packages/api/src/mfa), in the same transaction.
 */

export interface SecondFactorInput extends SignInInput {
  /** The 6-digit TOTP code, or... */
  code?: string;
  /** ...a recovery code. */
  recoveryCode?: string;
}

export type SecondFactorResult =
  | { ok: true; user: SessionUser; usedRecoveryCode: boolean }
  | { ok: false; reason: "invalid" | "throttled" | "mfa-required" | "mfa-invalid" | "mfa-throttled" };

/**
 * Sign-in with password and, when the account has TOTP, a second factor. The password alone never
 * signs in such an account: without a code the answer is "mfa-required" (the form then asks for
 * the code and sends both again). Wrong codes are throttled like passwords (SIGN_IN_LIMITS), under
 * keys of their own per account and per account and address.
 */
export async function signInWithSecondFactor(db: Db, input: SecondFactorInput, now: Date, key: SecretBoxKey): Promise<SecondFactorResult> {
  const first = await signInWithPassword(db, input, now);
  if (!first.ok) return first;
  const user = await db.user.findUniqueOrThrow({ where: { id: first.user.id }, select: { totpEnabledAt: true, totpSecretEncrypted: true } });
  if (!user.totpEnabledAt || !user.totpSecretEncrypted) return { ok: true, user: first.user, usedRecoveryCode: false };

  const code = input.code?.trim() ?? "";
  const recoveryCode = input.recoveryCode?.trim() ?? "";
  if (!code && !recoveryCode) return { ok: false, reason: "mfa-required" };

  const ip = input.ip?.trim() || null;
  const reserved = await reserveAttempt(
    db,
    { account: `mfa-account:${first.user.id}`, pair: ip ? `mfa-pair:${first.user.id}|${ip}` : null, ip: null },
    now,
  );
  if (!reserved) return { ok: false, reason: "mfa-throttled" };

  const accepted = recoveryCode
    ? await useRecoveryCode(db, first.user.id, recoveryCode, now)
    : (await acceptTotp(db, first.user.id, code, now, key)).ok;
  if (!accepted) return { ok: false, reason: "mfa-invalid" };
  await db.signInAttempt.updateMany({ where: { id: { in: reserved } }, data: { succeeded: true } });
  return { ok: true, user: first.user, usedRecoveryCode: Boolean(recoveryCode) };
}

/**
 * Checks a code against the user's enabled (or, with `pending`, unconfirmed) secret and records its
 * time step, so the same code is refused the next time. The conditional update makes two parallel
 * uses of one code accept only one.
 */
export async function acceptTotp(db: Db | Tx, userId: string, code: string, now: Date, key: SecretBoxKey, options: { pending?: boolean } = {}): Promise<TotpCheck> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecretEncrypted: true, totpEnabledAt: true, totpLastStep: true } });
  if (!user.totpSecretEncrypted || (options.pending ? user.totpEnabledAt !== null : user.totpEnabledAt === null)) return { ok: false, reason: "invalid" };
  const check = checkTotp(openTotpSecret(user.totpSecretEncrypted, key), code, now, user.totpLastStep);
  if (!check.ok) return check;
  const { count } = await db.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: check.step } }] },
    data: { totpLastStep: check.step },
  });
  return count === 1 ? check : { ok: false, reason: "replayed" };
}

/** Marks a matching unused recovery code as used; false when none matches. */
export async function useRecoveryCode(db: Db | Tx, userId: string, code: string, now: Date): Promise<boolean> {
  const unused = await db.mfaRecoveryCode.findMany({ where: { userId, usedAt: null }, select: { id: true, salt: true, codeHash: true } });
  const match = unused.find((stored) => recoveryCodeMatches(code, stored));
  if (!match) return false;
  const { count } = await db.mfaRecoveryCode.updateMany({ where: { id: match.id, usedAt: null }, data: { usedAt: now } });
  return count === 1;
}

export interface MfaStatus {
  enabled: boolean;
  /** BEHEERDER and COORDINATOR with a password: switching off is not offered. */
  required: boolean;
  /** Signs in only through OpenID Connect: the identity provider's MFA applies, no TOTP here. */
  oidcOnly: boolean;
  unusedRecoveryCodes: number;
}

export async function mfaStatus(db: Db | Tx, userId: string): Promise<MfaStatus> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true, passwordHash: true, totpEnabledAt: true } });
  const unusedRecoveryCodes = await db.mfaRecoveryCode.count({ where: { userId, usedAt: null } });
  return {
    enabled: user.totpEnabledAt !== null,
    required: MFA_REQUIRED_ROLES.includes(user.role),
    oidcOnly: user.passwordHash === null,
    unusedRecoveryCodes,
  };
}

/**
 * Starts (or continues) enrolment: a new secret, sealed, kept unconfirmed until a code from it is
 * entered. Reloading the page shows the same secret, so a scanned QR code stays valid.
 */
export async function beginEnrolment(db: Db | Tx, userId: string, key: SecretBoxKey): Promise<{ secret: string; created: boolean } | { error: "enabled" | "oidc-only" }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, totpEnabledAt: true, totpSecretEncrypted: true } });
  if (user.totpEnabledAt) return { error: "enabled" };
  if (user.passwordHash === null) return { error: "oidc-only" };
  if (user.totpSecretEncrypted) {
    try {
      return { secret: openTotpSecret(user.totpSecretEncrypted, key), created: false };
    } catch {
      // Sealed under an earlier key: start over with a new secret.
    }
  }
  const secret = newTotpSecret();
  await db.user.update({ where: { id: userId }, data: { totpSecretEncrypted: sealTotpSecret(secret, key), totpLastStep: null } });
  return { secret, created: true };
}

/** Replaces the user's recovery codes with RECOVERY_CODE_COUNT new ones and returns them (shown once). */
export async function replaceRecoveryCodes(tx: Tx, userId: string, now: Date): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
  await tx.mfaRecoveryCode.createMany({ data: codes.map((code) => ({ userId, createdAt: now, ...hashRecoveryCode(code) })) });
  return codes;
}

/** Confirms enrolment with a code from the new secret; returns the recovery codes, or why not. */
export async function confirmEnrolment(tx: Tx, userId: string, code: string, now: Date, key: SecretBoxKey): Promise<{ recoveryCodes: string[] } | { error: "invalid" | "replayed" }> {
  const check = await acceptTotp(tx, userId, code, now, key, { pending: true });
  if (!check.ok) return { error: check.reason };
  await tx.user.update({ where: { id: userId }, data: { totpEnabledAt: now } });
  return { recoveryCodes: await replaceRecoveryCodes(tx, userId, now) };
}

/** Clears the secret and every recovery code: the user enrols again (at the next sign-in when required). */
export async function clearMfa(tx: Tx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { totpSecretEncrypted: null, totpEnabledAt: null, totpLastStep: null } });
  await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
}

/** The administrator's reset: clears two-factor sign-in and ends every session of that user. */
export async function resetMfa(tx: Tx, userId: string, now: Date): Promise<{ sessionsEnded: number }> {
  await clearMfa(tx, userId);
  return { sessionsEnded: await revokeAllSessions(tx, userId, now, "MFA_CHANGED") };
}

/**
 * Throttles code checks of a signed-in user (new recovery codes, switching off, confirming) under
 * the same per-account key as the sign-in step. Returns the reservation to confirm on success, or
 * null when throttled.
 */
export async function reserveCodeAttempt(db: Db, userId: string, now: Date): Promise<{ confirm: () => Promise<void> } | null> {
  const reserved = await reserveAttempt(db, { account: `mfa-account:${userId}`, pair: null, ip: null }, now);
  if (!reserved) return null;
  return {
    confirm: async () => {
      await db.signInAttempt.updateMany({ where: { id: { in: reserved } }, data: { succeeded: true } });
    },
  };
}

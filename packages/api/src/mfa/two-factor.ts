import { demoCodeHintAllowed, groupedSecret, openTotpSecret, totpCodeAt, totpQrDataUrl, totpUri } from "@kk/auth/mfa";
import {
  acceptTotp,
  beginEnrolment,
  clearMfa,
  confirmEnrolment,
  mfaStatus,
  replaceRecoveryCodes,
  reserveCodeAttempt,
  resetMfa,
  type MfaStatus,
} from "@kk/auth/mfa-store";
import type { SessionUser } from "@kk/auth/roles";
import type { Db, SecretBoxKey, Tx } from "@kk/db";
import { DEMO_ACCOUNTS, DEMO_TOTP_SECRET } from "@kk/db/demo-accounts";
import { TRPCError } from "@trpc/server";
import { recordAudit } from "../audit/record-audit.ts";
import { notFound } from "../errors.ts";
import { FieldErrorsCause } from "../field-errors.ts";

/**
 * Two-factor sign-in for the signed-in user and the administrator's reset (docs/adr/0018).
 * Every change is audited in its transaction; the audit never holds a secret or a code.
 */

const WRONG_CODE = "Deze code klopt niet. Vul de 6 cijfers in die de app nu toont.";
const USED_CODE = "Deze code is al gebruikt. Wacht tot de app een nieuwe code toont en vul die in.";
const THROTTLED = "U heeft te vaak een verkeerde code ingevuld. Wacht een minuut en probeer het opnieuw.";

function codeError(reason: "invalid" | "replayed"): TRPCError {
  const message = reason === "replayed" ? USED_CODE : WRONG_CODE;
  return new TRPCError({ code: "BAD_REQUEST", message, cause: new FieldErrorsCause(message, { code: [message] }) });
}

function throttled(): TRPCError {
  return new TRPCError({ code: "TOO_MANY_REQUESTS", message: THROTTLED, cause: new FieldErrorsCause(THROTTLED, { code: [THROTTLED] }) });
}

export function getStatus(db: Db, actor: SessionUser): Promise<MfaStatus> {
  return mfaStatus(db, actor.id);
}

export interface Enrolment {
  /** Base32, for the text alternative of the QR code. */
  secret: string;
  groupedSecret: string;
  otpauthUri: string;
  /** The QR code as an SVG data URL (rendered on the server; img-src allows data:). */
  qrDataUrl: string;
}

export async function startEnrolment(db: Db, actor: SessionUser, now: Date, key: SecretBoxKey): Promise<Enrolment> {
  const result = await db.$transaction(async (tx) => {
    const started = await beginEnrolment(tx, actor.id, key);
    if ("secret" in started && started.created) {
      await recordAudit(tx, actor, { action: "mfa.enrolmentStarted", entityType: "User", entityId: actor.id, after: { at: now.toISOString() } });
    }
    return started;
  });
  if ("error" in result) {
    throw new TRPCError({
      code: "CONFLICT",
      message: result.error === "enabled" ? "Tweestapsverificatie staat al aan." : "U logt in via uw eigen organisatie: daar regelt u tweestapsverificatie.",
    });
  }
  const otpauthUri = totpUri(result.secret, actor.email);
  return { secret: result.secret, groupedSecret: groupedSecret(result.secret), otpauthUri, qrDataUrl: await totpQrDataUrl(otpauthUri) };
}

export async function confirm(db: Db, actor: SessionUser, code: string, now: Date, key: SecretBoxKey): Promise<{ recoveryCodes: string[] }> {
  const attempt = await reserveCodeAttempt(db, actor.id, now);
  if (!attempt) throw throttled();
  const result = await db.$transaction(async (tx) => {
    const confirmed = await confirmEnrolment(tx, actor.id, code, now, key);
    if ("recoveryCodes" in confirmed) {
      await recordAudit(tx, actor, { action: "mfa.enabled", entityType: "User", entityId: actor.id, after: { recoveryCodes: confirmed.recoveryCodes.length } });
    }
    return confirmed;
  });
  if ("error" in result) throw codeError(result.error);
  await attempt.confirm();
  return result;
}

async function withCurrentCode<T>(db: Db, actor: SessionUser, code: string, now: Date, key: SecretBoxKey, change: (tx: Tx) => Promise<T>): Promise<T> {
  const attempt = await reserveCodeAttempt(db, actor.id, now);
  if (!attempt) throw throttled();
  const result = await db.$transaction(async (tx): Promise<{ ok: false; reason: "invalid" | "replayed" } | { ok: true; value: T }> => {
    const check = await acceptTotp(tx, actor.id, code, now, key);
    if (!check.ok) return check;
    return { ok: true, value: await change(tx) };
  });
  if (!result.ok) throw codeError(result.reason);
  await attempt.confirm();
  return result.value;
}

export function renewRecoveryCodes(db: Db, actor: SessionUser, code: string, now: Date, key: SecretBoxKey): Promise<{ recoveryCodes: string[] }> {
  return withCurrentCode(db, actor, code, now, key, async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.id, now);
    await recordAudit(tx, actor, { action: "mfa.recoveryCodesRenewed", entityType: "User", entityId: actor.id, after: { recoveryCodes: recoveryCodes.length } });
    return { recoveryCodes };
  });
}

export async function disable(db: Db, actor: SessionUser, code: string, now: Date, key: SecretBoxKey): Promise<{ ok: true }> {
  const status = await mfaStatus(db, actor.id);
  if (status.required) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Voor uw rol is tweestapsverificatie verplicht; u kunt die niet uitzetten." });
  }
  if (!status.enabled) return { ok: true };
  return withCurrentCode(db, actor, code, now, key, async (tx) => {
    await clearMfa(tx, actor.id);
    await recordAudit(tx, actor, { action: "mfa.disabled", entityType: "User", entityId: actor.id });
    return { ok: true as const };
  });
}

/** "Tweestapsverificatie herstellen": clears the secret and codes and ends every session of the user. */
export async function reset(db: Db, actor: SessionUser, userId: string, now: Date): Promise<{ sessionsEnded: number }> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, totpEnabledAt: true } });
    if (!user) throw notFound("De gebruiker");
    const unused = await tx.mfaRecoveryCode.count({ where: { userId, usedAt: null } });
    const result = await resetMfa(tx, userId, now);
    await recordAudit(tx, actor, {
      action: "mfa.reset",
      entityType: "User",
      entityId: userId,
      before: { enabled: user.totpEnabledAt !== null, unusedRecoveryCodes: unused },
      after: { enabled: false, sessionsEnded: result.sessionsEnded },
    });
    return result;
  });
}

/**
 * The current code of a seeded demo account, shown on the sign-in page of a demo portal so that
 * someone without an authenticator app can try it. Null unless the portal runs in demo mode, the
 * address is a demo account and its secret is the published DEMO_TOTP_SECRET (so nothing that is
 * not public already is ever shown).
 */
export async function demoCode(db: Db, email: string, now: Date, key: SecretBoxKey, env: Record<string, string | undefined> = process.env): Promise<{ code: string } | null> {
  if (!demoCodeHintAllowed(env)) return null;
  if (!DEMO_ACCOUNTS.some((account) => account.email === email)) return null;
  const user = await db.user.findUnique({ where: { email }, select: { totpSecretEncrypted: true, totpEnabledAt: true } });
  if (!user?.totpEnabledAt || !user.totpSecretEncrypted) return null;
  let secret: string;
  try {
    secret = openTotpSecret(user.totpSecretEncrypted, key);
  } catch {
    return null;
  }
  if (secret !== DEMO_TOTP_SECRET) return null;
  return { code: totpCodeAt(secret, now) };
}

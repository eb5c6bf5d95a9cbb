import { newPasswordProblem } from "@kk/auth/password-policy";
import { revokeAllSessions } from "@kk/auth/user-sessions";
import { hashPassword, type Db } from "@kk/db";
import type { FieldErrors } from "../field-errors.ts";
import type { Mailer } from "@kk/mail";
import { recordAudit } from "../audit/record-audit.ts";
import { passwordChangedMail } from "./password-mail.ts";
import { hashResetToken, looksLikeResetToken } from "./reset-token.ts";
import { resetPasswordInput, type ResetPasswordInput } from "./schemas.ts";

/** Why a reset link does not work. Voided (a newer link was sent) reads as used: only the newest link counts. */
export type ResetTokenProblem = "unknown" | "expired" | "used";

export type ResetOutcome =
  | { status: "reset" }
  | { status: "invalid"; fieldErrors: FieldErrors }
  | { status: ResetTokenProblem };

interface TokenRow {
  usedAt: Date | null;
  voidedAt: Date | null;
  expiresAt: Date;
  user: { active: boolean; passwordHash: string | null };
}

function problemOf(token: TokenRow, now: Date): ResetTokenProblem | null {
  if (token.usedAt !== null || token.voidedAt !== null) return "used";
  if (token.expiresAt <= now) return "expired";
  // Deactivated since, or switched to sign-in through the organisation only.
  if (!token.user.active || !token.user.passwordHash) return "unknown";
  return null;
}

const tokenSelect = {
  id: true,
  usedAt: true,
  voidedAt: true,
  expiresAt: true,
  user: { select: { id: true, email: true, name: true, role: true, organisationId: true, municipalityCode: true, active: true, passwordHash: true } },
} as const;

/** For the GET of /wachtwoord-herstellen: whether the form can be shown. Changes nothing. */
export async function lookUpResetToken(db: Db, token: string, now: Date): Promise<{ status: "valid" } | { status: ResetTokenProblem }> {
  if (!looksLikeResetToken(token)) return { status: "unknown" };
  const found = await db.passwordResetToken.findUnique({ where: { tokenHash: hashResetToken(token) }, select: tokenSelect });
  if (!found) return { status: "unknown" };
  return { status: problemOf(found, now) ?? "valid" };
}

/**
 * Sets a new password with a reset link (the token is the credential: no session). The new
 * password passes the same checks as a change. In one transaction: the token is claimed with a
 * conditional update (two submits at once reset once), the new argon2id hash is stored, every
 * session of the user ends and an audit event without any secret is written, with the token's
 * user as actor. The notice mail goes out after the commit. MFA is not touched: the next sign-in
 * still asks for the second step.
 */
export async function resetPassword(
  db: Db,
  mailer: Mailer,
  rawInput: ResetPasswordInput,
  options: { now: Date; baseUrl: string },
): Promise<ResetOutcome> {
  const now = options.now;
  const parsed = resetPasswordInput.safeParse(rawInput);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.map(String).join(".") || "_form"] ??= []).push(issue.message);
    if (fieldErrors.token) return { status: "unknown" };
    return { status: "invalid", fieldErrors };
  }
  const input = parsed.data;
  if (!looksLikeResetToken(input.token)) return { status: "unknown" };
  const tokenHash = hashResetToken(input.token);
  const found = await db.passwordResetToken.findUnique({ where: { tokenHash }, select: tokenSelect });
  if (!found) return { status: "unknown" };
  const problem = problemOf(found, now);
  if (problem) return { status: problem };

  const { user } = found;
  const passwordProblem = newPasswordProblem(input.newPassword, { email: user.email, name: user.name });
  if (passwordProblem) return { status: "invalid", fieldErrors: { newPassword: [passwordProblem] } };

  const passwordHash = await hashPassword(input.newPassword);
  const outcome = await db.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: found.id, usedAt: null, voidedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count === 0) return "used" as const;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, version: { increment: 1 } } });
    const sessionsEnded = await revokeAllSessions(tx, user.id, now, "PASSWORD_RESET");
    const { active: _active, passwordHash: _hash, ...actor } = user;
    await recordAudit(tx, actor, {
      action: "user.resetPassword",
      entityType: "User",
      entityId: user.id,
      after: { passwordChangedAt: now, via: "wachtwoord-vergeten", resetTokenId: found.id, sessionsEnded },
    });
    return "reset" as const;
  });
  if (outcome === "used") return { status: "used" };
  await mailer.send(passwordChangedMail({ to: user.email, name: user.name, how: "reset", baseUrl: options.baseUrl }));
  return { status: "reset" };
}

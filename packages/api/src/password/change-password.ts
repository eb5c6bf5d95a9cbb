import type { SessionUser } from "@kk/auth/roles";
import { newPasswordProblem } from "@kk/auth/password-policy";
import { verifyCurrentPassword } from "@kk/auth/sign-in";
import { revokeAllSessions } from "@kk/auth/user-sessions";
import { hashPassword, type Db } from "@kk/db";
import type { Mailer } from "@kk/mail";
import { TRPCError } from "@trpc/server";
import { recordAudit } from "../audit/record-audit.ts";
import { fieldConflict } from "../errors.ts";
import { passwordChangedMail } from "./password-mail.ts";
import { changePasswordInput, type ChangePasswordInput } from "./schemas.ts";

export const WRONG_CURRENT_PASSWORD = "Het huidige wachtwoord klopt niet.";
export const SAME_AS_CURRENT = "Het nieuwe wachtwoord is hetzelfde als het huidige. Kies een ander wachtwoord.";
export const MANAGED_BY_ORGANISATION =
  "U logt in via uw eigen organisatie. Uw wachtwoord wijzigt u daar, niet in het portaal.";
export const CHANGE_THROTTLED = "U heeft te vaak een verkeerd wachtwoord ingevuld. Wacht een minuut en probeer het opnieuw.";

/** Whether the account has a portal password at all (OIDC-only accounts do not). */
export async function passwordState(db: Db, actor: SessionUser): Promise<{ hasPassword: boolean }> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  return { hasPassword: Boolean(user?.passwordHash) };
}

/**
 * The signed-in user changes their own password (ASVS 2.1.5/2.1.6). The current password is
 * checked under the sign-in throttling; the new one must differ from it and pass the
 * common-password check. On success, in one transaction: the new argon2id hash, every session of
 * the user ended (this one too: the browser signs in again) and an audit event without any secret.
 * The notice mail goes out after the commit.
 */
export async function changePassword(
  db: Db,
  mailer: Mailer,
  actor: SessionUser,
  rawInput: ChangePasswordInput,
  options: { now: Date; baseUrl: string },
): Promise<{ changed: true }> {
  const input = changePasswordInput.parse(rawInput);
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { id: true, email: true, name: true, passwordHash: true, active: true } });
  if (!user || !user.active) throw new TRPCError({ code: "UNAUTHORIZED", message: "U bent niet ingelogd." });
  if (!user.passwordHash) throw new TRPCError({ code: "BAD_REQUEST", message: MANAGED_BY_ORGANISATION });

  const check = await verifyCurrentPassword(db, { email: user.email, passwordHash: user.passwordHash, password: input.currentPassword, ip: null }, options.now);
  if (check === "throttled") throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: CHANGE_THROTTLED });
  if (check === "invalid") throw fieldConflict(WRONG_CURRENT_PASSWORD, { currentPassword: [WRONG_CURRENT_PASSWORD] });

  if (input.newPassword === input.currentPassword) throw fieldConflict(SAME_AS_CURRENT, { newPassword: [SAME_AS_CURRENT] });
  const problem = newPasswordProblem(input.newPassword, { email: user.email, name: user.name });
  if (problem) throw fieldConflict(problem, { newPassword: [problem] });

  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    // The hash read above must still be the current one: two changes at once, one wins.
    const { count } = await tx.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash, version: { increment: 1 } } });
    if (count === 0) throw fieldConflict(WRONG_CURRENT_PASSWORD, { currentPassword: [WRONG_CURRENT_PASSWORD] });
    const sessionsEnded = await revokeAllSessions(tx, user.id, options.now, "PASSWORD_CHANGED");
    await recordAudit(tx, actor, { action: "user.changePassword", entityType: "User", entityId: user.id, after: { passwordChangedAt: options.now, sessionsEnded } });
  });
  await mailer.send(passwordChangedMail({ to: user.email, name: user.name, how: "changed", baseUrl: options.baseUrl }));
  return { changed: true };
}


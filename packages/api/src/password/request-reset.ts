import type { Db } from "@kk/db";
import type { Mailer } from "@kk/mail";
import { recordAudit } from "../audit/record-audit.ts";
import { passwordResetMail } from "./password-mail.ts";
import { hashResetToken, newResetToken, resetLink, resetTokenExpiry } from "./reset-token.ts";
import { requestPasswordResetInput, type RequestPasswordResetInput } from "./schemas.ts";

/**
 * Limits on "wachtwoord vergeten" (issue 14, part L). Going over one changes nothing the caller
 * can see: the answer is the same, only no mail is sent. Per account it stops a mailbox from being
 * flooded; per address (only when known, see @kk/auth client-ip.ts) it stops one source from
 * walking many accounts.
 */
export const RESET_LIMITS = {
  windowMs: 60 * 60 * 1000,
  perAccount: 3,
  perIp: 10,
} as const;

/** Why no mail went out; never shown to the caller (no enumeration), returned for tests and logs. */
export type ResetRequestOutcome = "sent" | "no-account" | "no-password" | "inactive" | "limited-account" | "limited-ip" | "invalid";

/**
 * Requests a reset link. The caller always gets the same answer whatever the outcome; the web
 * action runs this after the response is sent (next/server `after`), so the timing does not tell
 * either. Only an active account with a portal password gets a mail; issuing a link voids the
 * older ones. Per-address requests are counted in the SignInAttempt table under their own key
 * (purged with the sign-in attempts by the retention job).
 */
export async function requestPasswordReset(
  db: Db,
  mailer: Mailer,
  rawInput: RequestPasswordResetInput & { ip: string | null },
  options: { now: Date; baseUrl: string },
): Promise<ResetRequestOutcome> {
  const parsed = requestPasswordResetInput.safeParse(rawInput);
  if (!parsed.success) return "invalid";
  const { email } = parsed.data;
  const now = options.now;
  const since = new Date(now.getTime() - RESET_LIMITS.windowMs);
  const ip = rawInput.ip?.trim() || null;

  if (ip) {
    const ipKey = `password-reset-ip:${ip}`;
    const fromIp = await db.signInAttempt.count({ where: { key: ipKey, at: { gte: since, lte: now } } });
    if (fromIp >= RESET_LIMITS.perIp) return "limited-ip";
    await db.signInAttempt.create({ data: { key: ipKey, succeeded: true, at: now } });
  }

  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, role: true, organisationId: true, active: true, passwordHash: true } });
  if (!user) return "no-account";
  if (!user.active) return "inactive";
  if (!user.passwordHash) return "no-password";

  const token = newResetToken();
  const issued = await db.$transaction(async (tx) => {
    // One request at a time per account, so the count and the insert cannot interleave.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`password-reset:${user.id}`}, 0))`;
    const recent = await tx.passwordResetToken.count({ where: { userId: user.id, createdAt: { gte: since, lte: now } } });
    if (recent >= RESET_LIMITS.perAccount) return false;
    const voided = await tx.passwordResetToken.updateMany({ where: { userId: user.id, usedAt: null, voidedAt: null }, data: { voidedAt: now } });
    const row = await tx.passwordResetToken.create({
      data: { tokenHash: hashResetToken(token), userId: user.id, createdAt: now, expiresAt: resetTokenExpiry(now) },
      select: { id: true, expiresAt: true },
    });
    await recordAudit(tx, null, {
      action: "user.passwordResetRequested",
      entityType: "User",
      entityId: user.id,
      after: { resetTokenId: row.id, expiresAt: row.expiresAt, olderLinksVoided: voided.count },
    });
    return true;
  });
  if (!issued) return "limited-account";

  await mailer.send(passwordResetMail({ to: user.email, name: user.name, link: resetLink(options.baseUrl, token), token }));
  return "sent";
}

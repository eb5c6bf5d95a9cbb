import { hashPassword, verifyPassword, type Db } from "@kk/db";
import type { SessionUser } from "./roles.ts";

/** Sign-in throttling (OWASP authentication cheat sheet): failures counted in a sliding window. */
export const SIGN_IN_LIMITS = {
  windowMs: 15 * 60 * 1000,
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 30,
} as const;

export interface SignInInput {
  email: string;
  password: string;
  ip: string | null;
}

export type SignInResult = { ok: true; user: SessionUser } | { ok: false; reason: "invalid" | "throttled" };

let dummyHash: Promise<string> | undefined;

/**
 * Checks e-mail and password. The caller shows one generic message for every failure, and
 * unknown accounts cost the same argon2 work as known ones, so neither the answer nor its
 * timing tells whether an account exists.
 */
export async function signInWithPassword(db: Db, input: SignInInput, now: Date): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const accountKey = `account:${email}`;
  const ipKey = input.ip ? `ip:${input.ip}` : null;
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs);

  const [accountFailures, ipFailures] = await Promise.all([
    db.signInAttempt.count({ where: { key: accountKey, succeeded: false, at: { gte: since } } }),
    ipKey ? db.signInAttempt.count({ where: { key: ipKey, succeeded: false, at: { gte: since } } }) : Promise.resolve(0),
  ]);
  if (accountFailures >= SIGN_IN_LIMITS.maxFailuresPerAccount || ipFailures >= SIGN_IN_LIMITS.maxFailuresPerIp) {
    return { ok: false, reason: "throttled" };
  }

  const user = await db.user.findUnique({ where: { email } });
  dummyHash ??= hashPassword("timing-equaliser");
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyPassword(await dummyHash, input.password), false);
  const succeeded = valid && user !== null && user.active;

  const keys = ipKey ? [accountKey, ipKey] : [accountKey];
  await db.signInAttempt.createMany({ data: keys.map((key) => ({ key, succeeded, at: now })) });
  if (!succeeded || !user) return { ok: false, reason: "invalid" };

  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  return { ok: true, user: toSessionUser(user) };
}

export function toSessionUser(user: { id: string; email: string; name: string; role: SessionUser["role"]; organisationId: string | null }): SessionUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: user.organisationId };
}

/** Loads the current state of a session's user; null when it no longer exists or is deactivated. */
export async function loadActiveUser(db: Db, userId: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || !user.active) return null;
  return toSessionUser(user);
}

import { hashPassword, Prisma, verifyPassword, type Db, type Tx } from "@kk/db";
import { mfaEnrolmentRequired } from "./mfa.ts";
import type { SessionUser } from "./roles.ts";

/**
 * Sign-in throttling (OWASP authentication cheat sheet; issue 14, finding 4). Failures are counted
 * in a sliding window under three keys:
 * - per IP address (only when the address is known, see client-ip.ts): refused after
 *   `maxFailuresPerIp`, one source guessing many accounts;
 * - per account and IP address: after `maxFailuresPerPair` each further try waits for a delay that
 *   doubles per failure (`pairBaseDelayMs` .. `pairMaxDelayMs`);
 * - per account over all addresses: after `slowAccountAfter` each further try waits for a short
 *   delay (`accountBaseDelayMs` .. `accountMaxDelayMs`). It only slows: the owner, from another
 *   address, is never locked out for longer than `accountMaxDelayMs` by someone else's failures.
 * Checking the counts and recording the attempt happen in one transaction holding an advisory lock
 * per key, so parallel guesses cannot pass the limit; a throttled try costs no argon2 work.
 */
export const SIGN_IN_LIMITS = {
  windowMs: 15 * 60 * 1000,
  maxFailuresPerIp: 30,
  maxFailuresPerPair: 5,
  pairBaseDelayMs: 60 * 1000,
  pairMaxDelayMs: 15 * 60 * 1000,
  slowAccountAfter: 10,
  accountBaseDelayMs: 1000,
  accountMaxDelayMs: 60 * 1000,
} as const;

export interface SignInInput {
  email: string;
  password: string;
  ip: string | null;
}

export type SignInResult = { ok: true; user: SessionUser } | { ok: false; reason: "invalid" | "throttled" };

let dummyHash: Promise<string> | undefined;

/** The wait required after `failures` failures: none below `threshold`, then doubling up to `maxMs`. */
export function backoffMs(failures: number, threshold: number, baseMs: number, maxMs: number): number {
  if (failures < threshold) return 0;
  return Math.min(maxMs, baseMs * 2 ** Math.min(failures - threshold, 30));
}

interface KeyState {
  failures: number;
  lastFailureAt: Date | null;
}

/** Whether a try is allowed now, given the failures in the window under each key. */
export function throttleDecision(
  state: { account: KeyState; pair: KeyState | null; ip: KeyState | null },
  now: Date,
): "allowed" | "throttled" {
  const L = SIGN_IN_LIMITS;
  const waiting = (key: KeyState, delayMs: number) =>
    delayMs > 0 && key.lastFailureAt !== null && now.getTime() - key.lastFailureAt.getTime() < delayMs;
  if (state.ip && state.ip.failures >= L.maxFailuresPerIp) return "throttled";
  if (state.pair && waiting(state.pair, backoffMs(state.pair.failures, L.maxFailuresPerPair, L.pairBaseDelayMs, L.pairMaxDelayMs))) {
    return "throttled";
  }
  if (waiting(state.account, backoffMs(state.account.failures, L.slowAccountAfter, L.accountBaseDelayMs, L.accountMaxDelayMs))) {
    return "throttled";
  }
  return "allowed";
}

/**
 * Checks the limits and, when the try is allowed, records it as a failure in the same transaction
 * (advisory lock per key, taken in a fixed order). Returns the ids of the recorded rows, or null
 * when throttled.
 */
export async function reserveAttempt(db: Db, keys: { account: string; pair: string | null; ip: string | null }, now: Date): Promise<bigint[] | null> {
  const all = [keys.account, keys.pair, keys.ip].filter((key): key is string => key !== null);
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs);
  try {
    return await db.$transaction(async (tx) => reserveInTransaction(tx, all, keys, since, now), {
      // A burst on one key queues on its lock; each holder needs milliseconds.
      maxWait: 10_000,
      timeout: 10_000,
    });
  } catch (error) {
    // No connection or lock in time: a flood. Fail closed, as throttled, without argon2 work.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2028") return null;
    throw error;
  }
}

async function reserveInTransaction(
  tx: Tx,
  all: string[],
  keys: { account: string; pair: string | null; ip: string | null },
  since: Date,
  now: Date,
): Promise<bigint[] | null> {
  for (const key of [...all].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:${key}`}, 0))`;
  }
  const rows = await tx.signInAttempt.groupBy({
    by: ["key"],
    where: { key: { in: all }, succeeded: false, at: { gte: since, lte: now } },
    _count: { _all: true },
    _max: { at: true },
  });
  const stateOf = (key: string): KeyState => {
    const row = rows.find((r) => r.key === key);
    return { failures: row?._count._all ?? 0, lastFailureAt: row?._max.at ?? null };
  };
  const decision = throttleDecision(
    { account: stateOf(keys.account), pair: keys.pair ? stateOf(keys.pair) : null, ip: keys.ip ? stateOf(keys.ip) : null },
    now,
  );
  if (decision === "throttled") return null;
  const created = await tx.signInAttempt.createManyAndReturn({
    data: all.map((key) => ({ key, succeeded: false, at: now })),
    select: { id: true },
  });
  return created.map((row) => row.id);
}

/**
 * Checks e-mail and password. The caller shows one generic message for every failure, and
 * unknown accounts cost the same argon2 work as known ones, so neither the answer nor its
 * timing tells whether an account exists.
 */
export async function signInWithPassword(db: Db, input: SignInInput, now: Date): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const ip = input.ip?.trim() || null;
  const keys = {
    account: `account:${email}`,
    pair: ip ? `pair:${email}|${ip}` : null,
    ip: ip ? `ip:${ip}` : null,
  };
  const reserved = await reserveAttempt(db, keys, now);
  if (!reserved) return { ok: false, reason: "throttled" };

  const user = await db.user.findUnique({ where: { email } });
  dummyHash ??= hashPassword("timing-equaliser");
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyPassword(await dummyHash, input.password), false);
  const succeeded = valid && user !== null && user.active;
  if (!succeeded || !user) return { ok: false, reason: "invalid" };

  await db.signInAttempt.updateMany({ where: { id: { in: reserved } }, data: { succeeded: true } });
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  return { ok: true, user: toSessionUser(user) };
}

export function toSessionUser(user: {
  id: string;
  email: string;
  name: string;
  role: SessionUser["role"];
  organisationId: string | null;
  municipalityCode: string | null;
}): SessionUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: user.organisationId, municipalityCode: user.municipalityCode };
}

/**
 * Loads the current state of a session's user; null when it no longer exists or is deactivated.
 * `mfaEnrolmentRequired` marks a BEHEERDER or COORDINATOR who has not set up two-factor sign-in
 * yet: policy.ts then allows only the enrolment (docs/adr/0018).
 */
export async function loadActiveUser(db: Db, userId: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || !user.active) return null;
  return mfaEnrolmentRequired(user) ? { ...toSessionUser(user), mfaEnrolmentRequired: true } : toSessionUser(user);
}

export type CurrentPasswordCheck = "valid" | "invalid" | "throttled";

/**
 * Checks a signed-in user's current password (changing the password, issue 14 part L) under the
 * sign-in throttling, on the same per-account key: guesses here and at the sign-in form share one
 * budget, and, as there, a run of failures only slows the next try (at most
 * `accountMaxDelayMs`), so nobody can lock the owner out of the account.
 */
export async function verifyCurrentPassword(
  db: Db,
  input: { email: string; passwordHash: string; password: string; ip: string | null },
  now: Date,
): Promise<CurrentPasswordCheck> {
  const email = input.email.trim().toLowerCase();
  const ip = input.ip?.trim() || null;
  const keys = { account: `account:${email}`, pair: ip ? `pair:${email}|${ip}` : null, ip: ip ? `ip:${ip}` : null };
  const reserved = await reserveAttempt(db, keys, now);
  if (!reserved) return "throttled";
  if (!(await verifyPassword(input.passwordHash, input.password))) return "invalid";
  await db.signInAttempt.updateMany({ where: { id: { in: reserved } }, data: { succeeded: true } });
  return "valid";
}

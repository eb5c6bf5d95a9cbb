import { mfaKey, totpCodeAt } from "@kk/auth/mfa";
import { signInWithSecondFactor } from "@kk/auth/mfa-store";
import type { SessionUser } from "@kk/auth/roles";
import { loadActiveUser, SIGN_IN_LIMITS } from "@kk/auth/sign-in";
import { hashPassword, sealSecret } from "@kk/db";
import { DEMO_TOTP_SECRET } from "@kk/db/demo-accounts";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { MFA_ENROLMENT_FIRST } from "../trpc.ts";
import { demoCode } from "./two-factor.ts";

/**
 * Two-factor sign-in on PostgreSQL (docs/adr/0018): the second step, replay protection, recovery
 * codes, the enrolment gate for BEHEERDER and COORDINATOR, the administrator's reset.
 */

const NOW = new Date("2026-12-06T10:00:15Z");
const STEP_MS = 30_000;
const at = (steps: number) => new Date(NOW.getTime() + steps * STEP_MS);
const password = "goed-wachtwoord-voor-mfa";
const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

let t: ApiTestDatabase;
let passwordHash: string;

beforeAll(async () => {
  t = await createApiTestDatabase("mfa", { now: NOW });
  passwordHash = await hashPassword(password);
});
afterAll(async () => {
  await t?.drop();
});

let counter = 0;
async function makeUser(role: SessionUser["role"], options: { totp?: boolean } = {}): Promise<SessionUser & { email: string }> {
  counter += 1;
  const row = await t.db.user.create({
    data: {
      email: `mfa-${counter}@test.example`,
      name: `MFA ${counter}`,
      role,
      passwordHash,
      ...(options.totp ? { totpSecretEncrypted: sealSecret(SECRET, mfaKey()), totpEnabledAt: at(-100) } : {}),
    },
  });
  return { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: null, municipalityCode: null };
}

function signIn(email: string, extra: { code?: string; recoveryCode?: string; ip?: string } = {}, now = NOW) {
  return signInWithSecondFactor(t.db, { email, password, ip: extra.ip ?? "192.0.2.10", code: extra.code, recoveryCode: extra.recoveryCode }, now, mfaKey());
}

async function auditSince(watermark: bigint, entityId: string) {
  return t.db.auditEvent.findMany({ where: { id: { gt: watermark }, entityId }, orderBy: { id: "asc" } });
}

async function auditWatermark(): Promise<bigint> {
  const last = await t.db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? 0n;
}

function asText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

async function expectForbidden(call: Promise<unknown>, message?: string) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe("FORBIDDEN");
  if (message) expect((error as TRPCError).message).toBe(message);
}

describe("sign-in with a second factor", () => {
  it("does not accept the password alone", async () => {
    const user = await makeUser("COORDINATOR", { totp: true });
    expect(await signIn(user.email)).toEqual({ ok: false, reason: "mfa-required" });
  });

  it("accepts the right code once: the same code again is a replay", async () => {
    const user = await makeUser("COORDINATOR", { totp: true });
    const code = totpCodeAt(SECRET, NOW);
    expect(await signIn(user.email, { code })).toMatchObject({ ok: true, user: { id: user.id } });
    expect(await signIn(user.email, { code })).toEqual({ ok: false, reason: "mfa-invalid" });
    // The next time step's code works (and a code one step old, from before, does not).
    expect(await signIn(user.email, { code: totpCodeAt(SECRET, at(1)) }, at(1))).toMatchObject({ ok: true });
    expect(await signIn(user.email, { code: totpCodeAt(SECRET, NOW) }, at(1))).toEqual({ ok: false, reason: "mfa-invalid" });
  });

  it("accepts one step of clock drift either way, not two", async () => {
    const user = await makeUser("BEHEERDER", { totp: true });
    expect((await signIn(user.email, { code: totpCodeAt(SECRET, at(-1)) }, at(0))).ok).toBe(true);
    expect((await signIn(user.email, { code: totpCodeAt(SECRET, at(11)) }, at(10))).ok).toBe(true);
    expect((await signIn(user.email, { code: totpCodeAt(SECRET, at(22)) }, at(20))).ok).toBe(false);
  });

  it("refuses a wrong code and a wrong password with a code", async () => {
    const user = await makeUser("COORDINATOR", { totp: true });
    const wrong = totpCodeAt(SECRET, NOW) === "000000" ? "111111" : "000000";
    expect(await signIn(user.email, { code: wrong })).toEqual({ ok: false, reason: "mfa-invalid" });
    const withWrongPassword = await signInWithSecondFactor(
      t.db,
      { email: user.email, password: "fout-wachtwoord", ip: "192.0.2.10", code: totpCodeAt(SECRET, NOW) },
      NOW,
      mfaKey(),
    );
    expect(withWrongPassword).toEqual({ ok: false, reason: "invalid" });
  });

  it("signs in without a code when the account has no TOTP (optional roles)", async () => {
    const user = await makeUser("PROFESSIONAL");
    expect(await signIn(user.email)).toMatchObject({ ok: true });
  });

  it("slows wrong codes per account and address, and the owner gets in again later", async () => {
    const user = await makeUser("COORDINATOR", { totp: true });
    const wrong = totpCodeAt(SECRET, NOW) === "000000" ? "111111" : "000000";
    for (let i = 0; i < SIGN_IN_LIMITS.maxFailuresPerPair; i++) {
      expect(await signIn(user.email, { code: wrong, ip: "192.0.2.66" })).toEqual({ ok: false, reason: "mfa-invalid" });
    }
    expect(await signIn(user.email, { code: totpCodeAt(SECRET, NOW), ip: "192.0.2.66" })).toEqual({ ok: false, reason: "mfa-throttled" });
    const later = new Date(NOW.getTime() + SIGN_IN_LIMITS.pairBaseDelayMs + 1000);
    expect(await signIn(user.email, { code: totpCodeAt(SECRET, later), ip: "192.0.2.66" }, later)).toMatchObject({ ok: true });
  });
});

describe("enrolment, recovery codes and the gate", () => {
  it.each(["BEHEERDER", "COORDINATOR"] as const)("a %s without TOTP may only enrol", async (role) => {
    const user = await makeUser(role);
    const loaded = await loadActiveUser(t.db, user.id);
    expect(loaded?.mfaEnrolmentRequired).toBe(true);
    const caller = t.callerFor(loaded);
    await expectForbidden(role === "BEHEERDER" ? caller.user.list() : caller.audit.list({}), MFA_ENROLMENT_FIRST);
    await expectForbidden(caller.directory.search({ q: "wijkteam" }), MFA_ENROLMENT_FIRST);
    expect(await caller.session.me()).toMatchObject({ user: { id: user.id }, navigation: [] });
    expect(await caller.mfa.status()).toMatchObject({ enabled: false, required: true });
  });

  it.each(["PARTNER", "PROFESSIONAL", "RAAD"] as const)("a %s without TOTP is not gated", async (role) => {
    const user = await makeUser(role);
    expect((await loadActiveUser(t.db, user.id))?.mfaEnrolmentRequired).toBeUndefined();
  });

  it("enrols: a secret shown once, confirmed with a code, ten single-use recovery codes; no secret in the audit", async () => {
    const user = await makeUser("COORDINATOR");
    const watermark = await auditWatermark();
    const gated = (await loadActiveUser(t.db, user.id))!;
    const caller = t.callerFor(gated);
    const enrolment = await caller.mfa.startEnrolment();
    expect(enrolment.otpauthUri).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(enrolment.groupedSecret.replace(/ /g, "")).toBe(enrolment.secret);
    // The same secret again on a reload, before confirming.
    expect((await caller.mfa.startEnrolment()).secret).toBe(enrolment.secret);
    const stored = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpSecretEncrypted).not.toContain(enrolment.secret);

    await expect(caller.mfa.confirmEnrolment({ code: totpCodeAt(enrolment.secret, at(-5)) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const { recoveryCodes } = await caller.mfa.confirmEnrolment({ code: totpCodeAt(enrolment.secret, NOW) });
    expect(recoveryCodes).toHaveLength(10);
    expect((await loadActiveUser(t.db, user.id))?.mfaEnrolmentRequired).toBeUndefined();

    // A recovery code signs in once.
    expect(await signIn(user.email, { recoveryCode: recoveryCodes[0]!.toUpperCase() }, at(2))).toMatchObject({ ok: true, usedRecoveryCode: true });
    expect(await signIn(user.email, { recoveryCode: recoveryCodes[0]! }, at(2))).toEqual({ ok: false, reason: "mfa-invalid" });
    expect(await t.callerFor(gated).mfa.status()).toMatchObject({ enabled: true, unusedRecoveryCodes: 9 });

    // New recovery codes need a current code; the old ones stop working.
    const renewed = await t.callerFor(gated, { now: at(3) }).mfa.renewRecoveryCodes({ code: totpCodeAt(enrolment.secret, at(3)) });
    expect(renewed.recoveryCodes).toHaveLength(10);
    expect(await signIn(user.email, { recoveryCode: recoveryCodes[1]! }, at(4))).toEqual({ ok: false, reason: "mfa-invalid" });

    const events = await auditSince(watermark, user.id);
    expect(events.map((e) => e.action)).toEqual(["mfa.enrolmentStarted", "mfa.enabled", "mfa.recoveryCodesRenewed"]);
    const text = asText(events);
    for (const secretish of [enrolment.secret, stored.totpSecretEncrypted!, ...recoveryCodes, ...renewed.recoveryCodes]) {
      expect(text).not.toContain(secretish);
    }
  });

  it("switching off is only for roles where it is optional", async () => {
    const coordinator = await makeUser("COORDINATOR", { totp: true });
    await expectForbidden(t.callerFor(coordinator).mfa.disable({ code: totpCodeAt(SECRET, NOW) }));
    const partner = await makeUser("PARTNER", { totp: true });
    await t.callerFor(partner).mfa.disable({ code: totpCodeAt(SECRET, NOW) });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: partner.id } })).toMatchObject({ totpEnabledAt: null, totpSecretEncrypted: null });
  });
});

describe("reset by a BEHEERDER", () => {
  it("clears the secret and codes, ends every session of the user, audits without secrets", async () => {
    const user = await makeUser("COORDINATOR", { totp: true });
    await t.db.mfaRecoveryCode.create({ data: { userId: user.id, salt: "s", codeHash: "h", createdAt: NOW } });
    for (let i = 0; i < 2; i++) {
      await t.db.userSession.create({ data: { userId: user.id, createdAt: at(-10), lastSeenAt: at(-1), expiresAt: at(1000) } });
    }
    const watermark = await auditWatermark();
    await expectForbidden(t.callerFor(t.users.COORDINATOR).mfa.reset({ userId: user.id }));
    const result = await t.callerFor(t.users.BEHEERDER).mfa.reset({ userId: user.id });
    expect(result).toEqual({ sessionsEnded: 2 });
    const sessions = await t.db.userSession.findMany({ where: { userId: user.id } });
    expect(sessions.every((s) => s.revokedAt?.getTime() === NOW.getTime() && s.revokedReason === "MFA_CHANGED")).toBe(true);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ totpSecretEncrypted: null, totpEnabledAt: null, totpLastStep: null });
    expect(await t.db.mfaRecoveryCode.count({ where: { userId: user.id } })).toBe(0);
    // At the next sign-in the password is enough to get to enrolment, and nothing else.
    expect(await signIn(user.email, {}, at(3))).toMatchObject({ ok: true });
    expect((await loadActiveUser(t.db, user.id))?.mfaEnrolmentRequired).toBe(true);
    const events = await auditSince(watermark, user.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "mfa.reset", actorId: t.users.BEHEERDER.id });
    expect(asText(events)).not.toContain(SECRET);
  });
});

describe("the demo code", () => {
  it("is given for a seeded demo account on a demo portal, never in production", async () => {
    await t.db.user.create({
      data: { email: "coordinator@demo.zwijndrecht.nl", name: "Demo", role: "COORDINATOR", passwordHash, totpSecretEncrypted: sealSecret(DEMO_TOTP_SECRET, mfaKey()), totpEnabledAt: NOW },
    });
    const demo = { NODE_ENV: "production", KK_DEMO_MODE: "true" };
    expect(await demoCode(t.db, "coordinator@demo.zwijndrecht.nl", NOW, mfaKey(), demo)).toEqual({ code: totpCodeAt(DEMO_TOTP_SECRET, NOW) });
    expect(await demoCode(t.db, "coordinator@demo.zwijndrecht.nl", NOW, mfaKey(), { NODE_ENV: "production" })).toBeNull();
    // A real account, or a demo address with another secret, never.
    const user = await makeUser("COORDINATOR", { totp: true });
    expect(await demoCode(t.db, user.email, NOW, mfaKey(), demo)).toBeNull();
    await t.db.user.update({ where: { email: "coordinator@demo.zwijndrecht.nl" }, data: { totpSecretEncrypted: sealSecret(SECRET, mfaKey()) } });
    expect(await demoCode(t.db, "coordinator@demo.zwijndrecht.nl", NOW, mfaKey(), demo)).toBeNull();
  });
});

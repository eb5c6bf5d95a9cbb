import { hashPassword, verifyPassword, type Db } from "@kk/db";
import { createMailer, SECRET_NOT_KEPT, type Mailer } from "@kk/mail";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { purgeExpiredData } from "../retention/purge-expired-data.ts";
import { lastAuditId } from "../testing/audit-watermark.ts";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { changePassword, MANAGED_BY_ORGANISATION, SAME_AS_CURRENT, WRONG_CURRENT_PASSWORD } from "./change-password.ts";
import { PASSWORD_CHANGED_MAIL_KIND, PASSWORD_RESET_MAIL_KIND } from "./password-mail.ts";
import { RESET_LIMITS, requestPasswordReset } from "./request-reset.ts";
import { lookUpResetToken, resetPassword } from "./reset-password.ts";
import { hashResetToken, RESET_TOKEN_MINUTES } from "./reset-token.ts";
import { failure, fieldErrorsOf } from "../testing/trpc-errors.ts";

/*
 * Password change and reset (issue 14, part L) on a real database. The clock is an argument
 * (ADR 0007): every "now" below is NOW or a time relative to it.
 */
const NOW = new Date("2026-12-10T09:00:00Z");
const at = (ms: number) => new Date(NOW.getTime() + ms);
const MINUTE = 60 * 1000;
const BASE_URL = "https://portaal.test";
const OLD = "mijn-oude-wachtwoord-42";
const NEW = "een-heel-nieuw-zinnetje-17";

let t: ApiTestDatabase;
let db: Db;
const outbox = (): Mailer => createMailer(db, { transport: "outbox" });

beforeAll(async () => {
  t = await createApiTestDatabase("password", { now: NOW });
  db = t.db;
});
afterAll(async () => {
  await t?.drop();
});

let auditAfter = 0n;
let userId: string;
const email = "pien@zorg.test";

beforeEach(async () => {
  auditAfter = await lastAuditId(db);
  await db.outboxMessage.deleteMany();
  await db.signInAttempt.deleteMany();
  await db.passwordResetToken.deleteMany();
  await db.userSession.deleteMany();
  const existing = await db.user.findUnique({ where: { email } });
  const data = { name: "Pien Professional", role: "PROFESSIONAL" as const, passwordHash: await hashPassword(OLD), active: true };
  userId = existing ? (await db.user.update({ where: { id: existing.id }, data })).id : (await db.user.create({ data: { email, ...data } })).id;
});

const actor = () => ({ id: userId, email, name: "Pien Professional", role: "PROFESSIONAL" as const, organisationId: null, municipalityCode: null });
const change = (currentPassword: string, newPassword: string, now = NOW) =>
  changePassword(db, outbox(), actor(), { currentPassword, newPassword }, { now, baseUrl: BASE_URL });

async function openSessions(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await db.userSession.create({ data: { userId, createdAt: at(-60 * MINUTE), lastSeenAt: at(-MINUTE), expiresAt: at(11 * 60 * MINUTE) } });
  }
}

async function currentHash(): Promise<string> {
  return (await db.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash ?? "";
}

async function newAuditEvents() {
  return db.auditEvent.findMany({ where: { id: { gt: auditAfter } }, orderBy: { id: "asc" } });
}

/** The token in the last reset mail's link. */
async function tokenFromMail(): Promise<string> {
  const mail = await db.outboxMessage.findFirstOrThrow({ where: { kind: PASSWORD_RESET_MAIL_KIND }, orderBy: { createdAt: "desc" } });
  const token = /wachtwoord-herstellen\?token=([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
  if (!token) throw new Error(`no reset link in: ${mail.text}`);
  return token;
}

describe("changing one's password", () => {
  it("refuses a wrong current password and keeps the old hash", async () => {
    const before = await currentHash();
    const error = await failure(change("niet-het-goede-wachtwoord", NEW));
    expect(error.code).toBe("CONFLICT");
    expect(fieldErrorsOf(error)).toEqual({ currentPassword: [WRONG_CURRENT_PASSWORD] });
    expect(await currentHash()).toBe(before);
    expect(await newAuditEvents()).toEqual([]);
  });

  it.each([
    ["a listed common password", "password1234", "veelgebruikte"],
    ["a listed password padded with digits", "qwertyuiop2024!", "veelgebruikte"],
    ["the account's own e-mail address", "pien@zorg.test!", "e-mailadres of naam"],
    ["the current password again", OLD, SAME_AS_CURRENT],
  ])("refuses %s as the new password", async (_label, candidate, expected) => {
    const error = await failure(change(OLD, candidate));
    expect(error.code).toBe("CONFLICT");
    expect(fieldErrorsOf(error).newPassword?.[0]).toContain(expected);
    expect(await verifyPassword(await currentHash(), OLD)).toBe(true);
  });

  it("stores a new argon2id hash, ends every session, audits without secrets and mails a notice without a link that acts", async () => {
    await openSessions(3);
    await expect(change(OLD, NEW)).resolves.toEqual({ changed: true });

    const hash = await currentHash();
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, NEW)).toBe(true);
    const sessions = await db.userSession.findMany({ where: { userId } });
    expect(sessions.map((s) => [s.revokedReason, s.revokedAt?.toISOString()])).toEqual(Array(3).fill(["PASSWORD_CHANGED", NOW.toISOString()]));

    const events = await newAuditEvents();
    expect(events.map((e) => [e.action, e.entityId, e.actorId])).toEqual([["user.changePassword", userId, userId]]);
    const logged = JSON.stringify(events.map(({ id: _id, ...rest }) => rest));
    for (const secret of [OLD, NEW, hash, "$argon2"]) expect(logged).not.toContain(secret);

    const mails = await db.outboxMessage.findMany();
    expect(mails.map((m) => [m.kind, m.to])).toEqual([[PASSWORD_CHANGED_MAIL_KIND, [email]]]);
    expect(mails[0]?.text).toContain("is gewijzigd");
    expect(mails[0]?.text).not.toMatch(/token=|bevestigen\//);
  });

  it("tells an account that signs in through its organisation that the password is managed there", async () => {
    await db.user.update({ where: { id: userId }, data: { passwordHash: null } });
    const error = await failure(change(OLD, NEW));
    expect(error.message).toBe(MANAGED_BY_ORGANISATION);
    // The page asks first, and shows the notice instead of the form (the test users have no password).
    await expect(t.callerFor(t.users.PROFESSIONAL).password.state()).resolves.toEqual({ hasPassword: false });
  });

  it("slows guessing the current password without locking the owner out", async () => {
    for (let i = 0; i < 10; i++) await failure(change(`fout-wachtwoord-nummer-${i}`, NEW, at(i)));
    // The 11th try right after the 10th failure waits, even with the right password...
    expect((await failure(change(OLD, NEW, at(20)))).code).toBe("TOO_MANY_REQUESTS");
    // ...but a minute later the owner gets in: the limit slows, it does not lock.
    await expect(change(OLD, NEW, at(MINUTE + 20))).resolves.toEqual({ changed: true });
  });

  it("is reachable through tRPC for every signed-in role, and refuses anonymous callers", async () => {
    await db.user.update({ where: { id: t.users.RAAD.id }, data: { passwordHash: await hashPassword(OLD) } });
    await expect(t.callerFor(t.users.RAAD).password.state()).resolves.toEqual({ hasPassword: true });
    await expect(t.callerFor(t.users.RAAD).password.change({ currentPassword: OLD, newPassword: NEW })).resolves.toEqual({ changed: true });
    expect((await failure(t.callerFor(null).password.change({ currentPassword: OLD, newPassword: NEW }))).code).toBe("UNAUTHORIZED");
  });
});

describe("a BEHEERDER creating an account", () => {
  it("refuses a common initial password with a field error", async () => {
    const error = await failure(
      t.callerFor(t.users.BEHEERDER).user.create({ email: "nieuw@zorg.test", name: "Nieuwe Collega", role: "PROFESSIONAL", organisationId: "", password: "password1234" }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(fieldErrorsOf(error).password?.[0]).toContain("veelgebruikte");
    expect(await db.user.count({ where: { email: "nieuw@zorg.test" } })).toBe(0);
  });
});

describe("wachtwoord vergeten", () => {
  const request = (address: string, now = NOW, ip: string | null = null) =>
    requestPasswordReset(db, outbox(), { email: address, ip }, { now, baseUrl: BASE_URL });

  it("sends nothing and stores nothing for an unknown address, an inactive account or one without a password", async () => {
    const other = await db.user.create({ data: { email: "sso@zorg.test", name: "Sam SSO", role: "PROFESSIONAL" } });
    await db.user.update({ where: { id: t.users.PARTNER.id }, data: { active: false, passwordHash: await hashPassword(OLD) } });
    expect(await request("niemand@zorg.test")).toBe("no-account");
    expect(await request(other.email)).toBe("no-password");
    expect(await request(t.users.PARTNER.email)).toBe("inactive");
    expect(await db.outboxMessage.count()).toBe(0);
    expect(await db.passwordResetToken.count()).toBe(0);
  });

  it("mails a link whose token is stored only as its SHA-256, and audits without the token", async () => {
    expect(await request("  PIEN@zorg.test ")).toBe("sent");
    const token = await tokenFromMail();
    const rows = await db.passwordResetToken.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(hashResetToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]?.expiresAt.toISOString()).toBe(at(RESET_TOKEN_MINUTES * MINUTE).toISOString());
    const logged = JSON.stringify((await newAuditEvents()).map(({ id: _id, ...rest }) => rest));
    expect(logged).toContain("user.passwordResetRequested");
    expect(logged).not.toContain(token);
  });

  it("does not keep the token in the outbox copy when mail goes out by SMTP", async () => {
    // Nothing listens on port 1: delivery fails, the stored copy is what matters.
    const smtp = createMailer(db, { transport: "smtp", smtp: { url: "smtp://127.0.0.1:1", from: "portaal@test.example" } });
    expect(await requestPasswordReset(db, smtp, { email, ip: null }, { now: NOW, baseUrl: BASE_URL })).toBe("sent");
    const stored = await db.outboxMessage.findFirstOrThrow({ where: { kind: PASSWORD_RESET_MAIL_KIND } });
    expect(stored.text).toContain(`wachtwoord-herstellen?token=${SECRET_NOT_KEPT}`);
    expect(stored.text).not.toMatch(/token=[A-Za-z0-9_-]{43}/);
  });

  it("works for 30 minutes and not a moment longer", async () => {
    await request(email);
    const token = await tokenFromMail();
    expect(await lookUpResetToken(db, token, at(RESET_TOKEN_MINUTES * MINUTE - 1))).toEqual({ status: "valid" });
    expect(await lookUpResetToken(db, token, at(RESET_TOKEN_MINUTES * MINUTE))).toEqual({ status: "expired" });
    const late = await resetPassword(db, outbox(), { token, newPassword: NEW }, { now: at(RESET_TOKEN_MINUTES * MINUTE), baseUrl: BASE_URL });
    expect(late).toEqual({ status: "expired" });
    expect(await verifyPassword(await currentHash(), OLD)).toBe(true);
  });

  it("sets the new password once: ends every session, audits without secrets, mails a notice; the link then counts as used", async () => {
    await openSessions(2);
    await request(email);
    const token = await tokenFromMail();
    const reset = () => resetPassword(db, outbox(), { token, newPassword: NEW }, { now: at(5 * MINUTE), baseUrl: BASE_URL });
    expect(await reset()).toEqual({ status: "reset" });
    expect(await verifyPassword(await currentHash(), NEW)).toBe(true);
    expect((await db.userSession.findMany({ where: { userId } })).map((s) => s.revokedReason)).toEqual(["PASSWORD_RESET", "PASSWORD_RESET"]);
    expect(await db.outboxMessage.count({ where: { kind: PASSWORD_CHANGED_MAIL_KIND } })).toBe(1);
    const events = await newAuditEvents();
    expect(events.map((e) => e.action)).toEqual(["user.passwordResetRequested", "user.resetPassword"]);
    const logged = JSON.stringify(events.map(({ id: _id, ...rest }) => rest));
    for (const secret of [token, NEW, await currentHash()]) expect(logged).not.toContain(secret);

    expect(await reset()).toEqual({ status: "used" });
    expect(await lookUpResetToken(db, token, at(6 * MINUTE))).toEqual({ status: "used" });
  });

  it("refuses a common new password and leaves the link usable", async () => {
    await request(email);
    const token = await tokenFromMail();
    const outcome = await resetPassword(db, outbox(), { token, newPassword: "password1234" }, { now: at(MINUTE), baseUrl: BASE_URL });
    expect(outcome.status).toBe("invalid");
    expect(await lookUpResetToken(db, token, at(MINUTE))).toEqual({ status: "valid" });
  });

  it("voids an older link when a newer one is sent", async () => {
    await request(email);
    const older = await tokenFromMail();
    await request(email, at(MINUTE));
    const newer = await tokenFromMail();
    expect(newer).not.toBe(older);
    expect(await lookUpResetToken(db, older, at(2 * MINUTE))).toEqual({ status: "used" });
    expect((await resetPassword(db, outbox(), { token: older, newPassword: NEW }, { now: at(2 * MINUTE), baseUrl: BASE_URL })).status).toBe("used");
    expect(await lookUpResetToken(db, newer, at(2 * MINUTE))).toEqual({ status: "valid" });
  });

  it("answers an unknown or malformed token as unknown", async () => {
    expect(await lookUpResetToken(db, "x".repeat(43), NOW)).toEqual({ status: "unknown" });
    expect(await lookUpResetToken(db, "'; DROP TABLE", NOW)).toEqual({ status: "unknown" });
    expect((await resetPassword(db, outbox(), { token: "", newPassword: NEW }, { now: NOW, baseUrl: BASE_URL })).status).toBe("unknown");
  });

  it("limits requests per account silently, and allows them again after the window", async () => {
    const outcomes = [];
    for (let i = 0; i < RESET_LIMITS.perAccount + 2; i++) outcomes.push(await request(email, at(i * MINUTE)));
    expect(outcomes).toEqual([...Array(RESET_LIMITS.perAccount).fill("sent"), "limited-account", "limited-account"]);
    expect(await db.outboxMessage.count({ where: { kind: PASSWORD_RESET_MAIL_KIND } })).toBe(RESET_LIMITS.perAccount);
    expect(await request(email, at(RESET_LIMITS.windowMs + MINUTE))).toBe("sent");
  });

  it("keeps reset links (their hashes) until a day after they expired; the retention job removes them", async () => {
    await request(email);
    const run = (now: Date) => purgeExpiredData(db, now);
    expect((await run(at(24 * 60 * MINUTE))).passwordResetTokensRemoved).toBe(0);
    expect((await run(at((24 * 60 + RESET_TOKEN_MINUTES + 1) * MINUTE))).passwordResetTokensRemoved).toBe(1);
    expect(await db.passwordResetToken.count()).toBe(0);
  });

  it("limits requests per address, known accounts or not", async () => {
    const ip = "203.0.113.7";
    for (let i = 0; i < RESET_LIMITS.perIp; i++) expect(await request(`onbekend-${i}@zorg.test`, at(i), ip)).toBe("no-account");
    expect(await request(email, at(RESET_LIMITS.perIp), ip)).toBe("limited-ip");
    expect(await request(email, at(RESET_LIMITS.perIp), "198.51.100.2")).toBe("sent");
    expect(await db.outboxMessage.count({ where: { kind: PASSWORD_RESET_MAIL_KIND } })).toBe(1);
  });
});

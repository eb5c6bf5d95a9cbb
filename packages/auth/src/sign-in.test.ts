import { hashPassword } from "@kk/db";
import { createTestDatabase } from "@kk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientIp, trustedProxyCount } from "./client-ip.ts";
import { loadActiveUser, signInWithPassword, SIGN_IN_LIMITS } from "./sign-in.ts";

let t: Awaited<ReturnType<typeof createTestDatabase>>;
const password = "juist-wachtwoord-123";
/** A fixed clock (issue 12): every attempt in these tests happens at T0 or relative to it. */
const T0 = new Date("2026-03-02T09:00:00.000Z");

beforeAll(async () => {
  t = await createTestDatabase(process.env.KK_TEST_SERVER_URL ?? "", "signin");
  const passwordHash = await hashPassword(password);
  await t.db.user.createMany({
    data: [
      { email: "actief@test.example", name: "Actief", role: "PROFESSIONAL", passwordHash },
      { email: "gestopt@test.example", name: "Gestopt", role: "PROFESSIONAL", passwordHash, active: false },
      { email: "geblokkeerd@test.example", name: "Geblokkeerd", role: "PROFESSIONAL", passwordHash },
      { email: "eigenaar@test.example", name: "Eigenaar", role: "PROFESSIONAL", passwordHash },
      { email: "verspreid@test.example", name: "Verspreid", role: "PROFESSIONAL", passwordHash },
    ],
  });
});
afterAll(async () => {
  await t?.drop();
});

describe("signInWithPassword", () => {
  it("accepts the right password, case-insensitive e-mail", async () => {
    const result = await signInWithPassword(t.db, { email: " Actief@Test.example", password, ip: "192.0.2.1" }, T0);
    expect(result.ok).toBe(true);
  });

  it("answers the same for a wrong password and an unknown account", async () => {
    const wrong = await signInWithPassword(t.db, { email: "actief@test.example", password: "fout", ip: "192.0.2.2" }, T0);
    const unknown = await signInWithPassword(t.db, { email: "niemand@test.example", password: "fout", ip: "192.0.2.2" }, T0);
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a deactivated account even with the right password", async () => {
    const result = await signInWithPassword(t.db, { email: "gestopt@test.example", password, ip: null }, T0);
    expect(result.ok).toBe(false);
    const row = await t.db.user.findUniqueOrThrow({ where: { email: "gestopt@test.example" } });
    expect(await loadActiveUser(t.db, row.id)).toBeNull();
  });

  it("slows the same account from the same address after repeated failures, then lets the right password in", async () => {
    const email = "geblokkeerd@test.example";
    const ip = "198.51.100.1";
    for (let i = 0; i < SIGN_IN_LIMITS.maxFailuresPerPair; i++) {
      expect(await signInWithPassword(t.db, { email, password: "fout", ip }, T0)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await signInWithPassword(t.db, { email, password, ip }, T0)).toEqual({ ok: false, reason: "throttled" });
    const afterDelay = new Date(T0.getTime() + SIGN_IN_LIMITS.pairBaseDelayMs);
    expect((await signInWithPassword(t.db, { email, password, ip }, afterDelay)).ok).toBe(true);
  });

  it("lets the owner in from another address right after an attacker's failures (no lock-out)", async () => {
    const email = "eigenaar@test.example";
    for (let i = 0; i < SIGN_IN_LIMITS.maxFailuresPerPair + 3; i++) {
      await signInWithPassword(t.db, { email, password: "fout", ip: "198.51.100.66" }, T0);
    }
    const owner = await signInWithPassword(t.db, { email, password, ip: "192.0.2.44" }, T0);
    expect(owner.ok).toBe(true);
  });

  it("only slows an account attacked from many addresses: the owner gets in after the short delay", async () => {
    const email = "verspreid@test.example";
    for (let i = 0; i < SIGN_IN_LIMITS.slowAccountAfter + 2; i++) {
      await signInWithPassword(t.db, { email, password: "fout", ip: `198.51.101.${i}` }, T0);
    }
    expect(await signInWithPassword(t.db, { email, password, ip: "192.0.2.45" }, T0)).toEqual({ ok: false, reason: "throttled" });
    const later = new Date(T0.getTime() + SIGN_IN_LIMITS.accountMaxDelayMs);
    expect((await signInWithPassword(t.db, { email, password, ip: "192.0.2.45" }, later)).ok).toBe(true);
  });

  it("never lets parallel guesses on separate connections pass the limit", async () => {
    const email = "parallel@test.example";
    const ip = "198.51.100.77";
    const results = await Promise.all(
      Array.from({ length: 12 }, () => signInWithPassword(t.db, { email, password: "fout", ip }, T0)),
    );
    // Exactly the limit on a quiet machine; under heavy load a try that gets no connection in time
    // is also answered "throttled", so the bound is what must hold.
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(SIGN_IN_LIMITS.maxFailuresPerPair);
    const failures = await t.db.signInAttempt.count({ where: { key: `pair:${email}|${ip}`, succeeded: false } });
    expect(failures).toBe(checked);
  }, 120_000);

  it("parallel guesses from one address over many accounts stop at the per-address limit", async () => {
    const ip = "198.51.100.88";
    const results = await Promise.all(
      Array.from({ length: SIGN_IN_LIMITS.maxFailuresPerIp + 10 }, (_, i) =>
        signInWithPassword(t.db, { email: `onbekend${i}@test.example`, password: "fout", ip }, T0),
      ),
    );
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(SIGN_IN_LIMITS.maxFailuresPerIp);
    expect(await t.db.signInAttempt.count({ where: { key: `ip:${ip}`, succeeded: false } })).toBe(checked);
  }, 120_000);

  it("throttles an IP address that tries many accounts", async () => {
    const ip = "203.0.113.7";
    await t.db.signInAttempt.createMany({
      data: Array.from({ length: SIGN_IN_LIMITS.maxFailuresPerIp }, () => ({ key: `ip:${ip}`, succeeded: false, at: T0 })),
    });
    const result = await signInWithPassword(t.db, { email: "actief@test.example", password, ip }, T0);
    expect(result).toEqual({ ok: false, reason: "throttled" });
  });

  it("counts spoofed X-Forwarded-For first hops under the address the trusted proxy saw", async () => {
    const proxySaw = "203.0.113.50";
    for (let i = 0; i < SIGN_IN_LIMITS.maxFailuresPerIp; i++) {
      const ip = clientIp({ "x-forwarded-for": `10.9.${i}.1, ${proxySaw}` }, 1);
      await signInWithPassword(t.db, { email: `raden${i}@test.example`, password: "fout", ip }, T0);
    }
    const ip = clientIp({ "x-forwarded-for": `10.99.99.99, ${proxySaw}` }, 1);
    expect(ip).toBe(proxySaw);
    expect(await signInWithPassword(t.db, { email: "actief@test.example", password, ip }, T0)).toEqual({ ok: false, reason: "throttled" });
  }, 180_000);
});

describe("clientIp", () => {
  it.each([
    { name: "no trusted proxy: no header is believed", headers: { "x-forwarded-for": "192.0.2.9", "x-real-ip": "192.0.2.9" }, proxies: 0, expected: null },
    { name: "one proxy: the right-most hop", headers: { "x-forwarded-for": "6.6.6.6, 192.0.2.9" }, proxies: 1, expected: "192.0.2.9" },
    { name: "two proxies: the second from the right", headers: { "x-forwarded-for": "6.6.6.6, 192.0.2.9, 10.0.0.2" }, proxies: 2, expected: "192.0.2.9" },
    { name: "repeated headers are one list", headers: { "x-forwarded-for": ["6.6.6.6", "192.0.2.9"] }, proxies: 1, expected: "192.0.2.9" },
    { name: "fewer hops than proxies: unknown", headers: { "x-forwarded-for": "192.0.2.9" }, proxies: 2, expected: null },
    { name: "X-Real-IP behind one proxy", headers: { "x-real-ip": "192.0.2.9" }, proxies: 1, expected: "192.0.2.9" },
    { name: "no headers", headers: {}, proxies: 1, expected: null },
  ])("$name", ({ headers, proxies, expected }) => {
    expect(clientIp(headers, proxies)).toBe(expected);
  });

  it.each([
    { value: undefined, expected: 0 },
    { value: "", expected: 0 },
    { value: "2", expected: 2 },
  ])("KK_TRUSTED_PROXY_COUNT=$value", ({ value, expected }) => {
    expect(trustedProxyCount({ KK_TRUSTED_PROXY_COUNT: value })).toBe(expected);
  });

  it("refuses a KK_TRUSTED_PROXY_COUNT that is not a number", () => {
    expect(() => trustedProxyCount({ KK_TRUSTED_PROXY_COUNT: "ja" })).toThrow(/whole number/);
  });
});

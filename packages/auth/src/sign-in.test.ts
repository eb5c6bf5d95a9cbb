import { hashPassword } from "@kk/db";
import { createTestDatabase } from "@kk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActiveUser, signInWithPassword, SIGN_IN_LIMITS } from "./sign-in.ts";

let t: Awaited<ReturnType<typeof createTestDatabase>>;
const password = "juist-wachtwoord-123";

beforeAll(async () => {
  t = await createTestDatabase(process.env.KK_TEST_SERVER_URL ?? "", "signin");
  const passwordHash = await hashPassword(password);
  await t.db.user.createMany({
    data: [
      { email: "actief@test.example", name: "Actief", role: "PROFESSIONAL", passwordHash },
      { email: "gestopt@test.example", name: "Gestopt", role: "PROFESSIONAL", passwordHash, active: false },
      { email: "geblokkeerd@test.example", name: "Geblokkeerd", role: "PROFESSIONAL", passwordHash },
    ],
  });
});
afterAll(async () => {
  await t?.drop();
});

describe("signInWithPassword", () => {
  it("accepts the right password, case-insensitive e-mail", async () => {
    const result = await signInWithPassword(t.db, { email: " Actief@Test.example", password, ip: "192.0.2.1" }, new Date());
    expect(result.ok).toBe(true);
  });

  it("answers the same for a wrong password and an unknown account", async () => {
    const wrong = await signInWithPassword(t.db, { email: "actief@test.example", password: "fout", ip: "192.0.2.2" }, new Date());
    const unknown = await signInWithPassword(t.db, { email: "niemand@test.example", password: "fout", ip: "192.0.2.2" }, new Date());
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a deactivated account even with the right password", async () => {
    const result = await signInWithPassword(t.db, { email: "gestopt@test.example", password, ip: null }, new Date());
    expect(result.ok).toBe(false);
    const row = await t.db.user.findUniqueOrThrow({ where: { email: "gestopt@test.example" } });
    expect(await loadActiveUser(t.db, row.id)).toBeNull();
  });

  it("throttles an account after repeated failures, even for the right password", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.maxFailuresPerAccount; i++) {
      await signInWithPassword(t.db, { email: "geblokkeerd@test.example", password: "fout", ip: `198.51.100.${i}` }, new Date());
    }
    const result = await signInWithPassword(t.db, { email: "geblokkeerd@test.example", password, ip: "198.51.100.99" }, new Date());
    expect(result).toEqual({ ok: false, reason: "throttled" });
    const later = new Date(Date.now() + SIGN_IN_LIMITS.windowMs + 1000);
    const afterWindow = await signInWithPassword(t.db, { email: "geblokkeerd@test.example", password, ip: "198.51.100.99" }, later);
    expect(afterWindow.ok).toBe(true);
  });

  it("throttles an IP address that tries many accounts", async () => {
    const ip = "203.0.113.7";
    for (let i = 0; i < SIGN_IN_LIMITS.maxFailuresPerIp; i++) {
      await t.db.signInAttempt.create({ data: { key: `ip:${ip}`, succeeded: false } });
    }
    const result = await signInWithPassword(t.db, { email: "actief@test.example", password, ip }, new Date());
    expect(result).toEqual({ ok: false, reason: "throttled" });
  });
});

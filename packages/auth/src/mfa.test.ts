import { deriveSecretBoxKey, openSecret, sealSecret, SecretBoxKeyError, secretBoxKeyMaterial } from "@kk/db";
import { describe, expect, it } from "vitest";
import {
  checkTotp,
  demoCodeHintAllowed,
  hashRecoveryCode,
  mfaEnrolmentRequired,
  newRecoveryCode,
  normaliseRecoveryCode,
  recoveryCodeMatches,
  timeStepAt,
  totpCodeAt,
  TOTP_PERIOD_SECONDS,
} from "./mfa.ts";

// RFC 6238 appendix B: the SHA-1 test secret "12345678901234567890" (base32 below), 8 digits there;
// the last six digits of its values are what a 6-digit TOTP gives.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const SECRET = "KKDEMOZWIJNDRECHTTWEESTAPSVERIFI";
const NOW = new Date("2026-12-06T10:00:15Z");
const step = (delta: number) => new Date(NOW.getTime() + delta * TOTP_PERIOD_SECONDS * 1000);

describe("TOTP", () => {
  it.each([
    [59, "287082"],
    [1111111109, "081804"],
    [1234567890, "005924"],
    [2000000000, "279037"],
  ])("gives RFC 6238's test value at %i s", (seconds, code) => {
    expect(totpCodeAt(RFC_SECRET, new Date(seconds * 1000))).toBe(code);
  });

  it.each([
    { name: "the current step", at: 0, expected: { ok: true, step: timeStepAt(NOW) } },
    { name: "one step behind (clock drift)", at: -1, expected: { ok: true, step: timeStepAt(NOW) - 1 } },
    { name: "one step ahead (clock drift)", at: 1, expected: { ok: true, step: timeStepAt(NOW) + 1 } },
    { name: "two steps behind", at: -2, expected: { ok: false, reason: "invalid" } },
    { name: "two steps ahead", at: 2, expected: { ok: false, reason: "invalid" } },
  ])("accepts a code from $name only within ±1 step", ({ at, expected }) => {
    expect(checkTotp(SECRET, totpCodeAt(SECRET, step(at)), NOW, null)).toEqual(expected);
  });

  it.each([
    { name: "the same step again", lastStep: timeStepAt(NOW), expected: { ok: false, reason: "replayed" } },
    { name: "a step after the code's", lastStep: timeStepAt(NOW) + 1, expected: { ok: false, reason: "replayed" } },
    { name: "the step before", lastStep: timeStepAt(NOW) - 1, expected: { ok: true, step: timeStepAt(NOW) } },
  ])("replay protection: after $name was accepted", ({ lastStep, expected }) => {
    expect(checkTotp(SECRET, totpCodeAt(SECRET, NOW), NOW, lastStep)).toEqual(expected);
  });

  it.each(["", "12345", "1234567", "abcdef", "12 34 5"])("refuses the malformed code %j", (code) => {
    expect(checkTotp(SECRET, code, NOW, null)).toEqual({ ok: false, reason: "invalid" });
  });

  it("accepts spaces inside a code", () => {
    const code = totpCodeAt(SECRET, NOW);
    expect(checkTotp(SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, NOW, null).ok).toBe(true);
  });
});

describe("secret encryption at rest", () => {
  const key = deriveSecretBoxKey("a-test-key-material-of-some-length");

  it("round-trips, with a fresh IV per value", () => {
    const a = sealSecret(SECRET, key);
    const b = sealSecret(SECRET, key);
    expect(a).not.toBe(b);
    expect(a).not.toContain(SECRET);
    expect(openSecret(a, key)).toBe(SECRET);
  });

  it("reports another key as a key problem", () => {
    expect(() => openSecret(sealSecret(SECRET, key), deriveSecretBoxKey("another-key-material"))).toThrow(SecretBoxKeyError);
  });

  it("refuses a tampered value (GCM authentication)", () => {
    const parts = sealSecret(SECRET, key).split(".");
    const last = parts[4]!;
    parts[4] = (last[0] === "A" ? "B" : "A") + last.slice(1);
    expect(() => openSecret(parts.join("."), key)).toThrow();
  });

  it.each([
    { env: { KK_MFA_KEY: "mfa-key", NEXTAUTH_SECRET: "session" }, expected: "mfa-key" },
    { env: { NEXTAUTH_SECRET: "session" }, expected: "session" },
  ])("takes the key material from $env", ({ env, expected }) => {
    expect(secretBoxKeyMaterial(env)).toBe(expected);
  });

  it("has no key in production without KK_MFA_KEY or NEXTAUTH_SECRET", () => {
    expect(() => secretBoxKeyMaterial({ NODE_ENV: "production" })).toThrow(SecretBoxKeyError);
  });
});

describe("recovery codes", () => {
  it("are 12 characters of base32 in three groups, different each time", () => {
    const codes = Array.from({ length: 50 }, newRecoveryCode);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("are stored salted: the same code hashes differently per salt", () => {
    const code = newRecoveryCode();
    const a = hashRecoveryCode(code);
    const b = hashRecoveryCode(code);
    expect(a.codeHash).not.toBe(b.codeHash);
    expect(a.codeHash).not.toContain(code.replace(/-/g, ""));
    expect(recoveryCodeMatches(code, a)).toBe(true);
    expect(recoveryCodeMatches(code, b)).toBe(true);
  });

  it.each([
    ["upper case and spaces", (c: string) => c.toUpperCase().replace(/-/g, " ")],
    ["without dashes", (c: string) => c.replace(/-/g, "")],
  ])("match when typed in %s", (_name, typed) => {
    const code = "ab1c-d0ef-g234";
    expect(recoveryCodeMatches(typed(code), hashRecoveryCode(code))).toBe(true);
  });

  it("read look-alike letters as the digits they resemble", () => {
    expect(normaliseRecoveryCode("abIc-dOef-gL34")).toBe("ab1cd0efg134");
  });

  it("do not match another code", () => {
    expect(recoveryCodeMatches("abcd-efgh-jkmn", hashRecoveryCode("abcd-efgh-jkmp"))).toBe(false);
  });
});

describe("who must enrol", () => {
  const base = { passwordHash: "hash", totpEnabledAt: null };
  it.each([
    { user: { ...base, role: "BEHEERDER" as const }, expected: true },
    { user: { ...base, role: "COORDINATOR" as const }, expected: true },
    { user: { ...base, role: "PARTNER" as const }, expected: false },
    { user: { ...base, role: "PROFESSIONAL" as const }, expected: false },
    { user: { ...base, role: "RAAD" as const }, expected: false },
    { user: { ...base, role: "COORDINATOR" as const, totpEnabledAt: NOW }, expected: false },
    // OpenID Connect only: the identity provider's MFA applies (docs/adr/0018).
    { user: { ...base, role: "BEHEERDER" as const, passwordHash: null }, expected: false },
  ])("$user.role, password $user.passwordHash, enabled $user.totpEnabledAt: $expected", ({ user, expected }) => {
    expect(mfaEnrolmentRequired(user)).toBe(expected);
  });
});

describe("the demo code hint", () => {
  it.each([
    { env: { NODE_ENV: "production" }, expected: false },
    { env: { NODE_ENV: "production", KK_DEMO_MODE: "false" }, expected: false },
    { env: { NODE_ENV: "development", KK_DEMO_MODE: "false" }, expected: false },
    { env: { NODE_ENV: "production", KK_DEMO_MODE: "true" }, expected: true },
    { env: { NODE_ENV: "development" }, expected: true },
  ])("is allowed with $env: $expected", ({ env, expected }) => {
    expect(demoCodeHintAllowed(env)).toBe(expected);
  });
});

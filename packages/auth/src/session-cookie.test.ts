import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { createTokenDecoder } from "./session-cookie.ts";

/** The session cookie's decoded token, kept per process (issue 17, item 2). */
const SECRET = "test-secret-for-the-session-cookie-0123456789";
const HOUR = 60 * 60;

async function token(sid: string, maxAge = 12 * HOUR, secret = SECRET): Promise<string> {
  return encode({ token: { sid }, secret, maxAge });
}

describe("createTokenDecoder", () => {
  it("decodes a next-auth token and hands out the same payload while it is valid", async () => {
    const decoder = createTokenDecoder(SECRET);
    const raw = await token("sessie-1");
    const now = new Date();
    const first = await decoder.decode(raw, now);
    expect(first).toMatchObject({ sid: "sessie-1" });
    // The same object: kept, not decrypted again.
    expect(await decoder.decode(raw, new Date(now.getTime() + HOUR * 1000))).toBe(first);
  });

  it("refuses a kept token once it is past its own expiry (15 s tolerance, as next-auth)", async () => {
    const decoder = createTokenDecoder(SECRET);
    const raw = await token("sessie-2", HOUR);
    const payload = await decoder.decode(raw, new Date());
    const exp = (payload?.exp as number) * 1000;
    expect(await decoder.decode(raw, new Date(exp + 15_000))).not.toBeNull();
    expect(await decoder.decode(raw, new Date(exp + 16_000))).toBeNull();
    // Once refused it is forgotten, and a fresh decode at that time refuses too.
    expect(await decoder.decode(raw, new Date(exp + 16_000))).toBeNull();
  });

  it("refuses a token of another secret, a changed token and rubbish", async () => {
    const decoder = createTokenDecoder(SECRET);
    const raw = await token("sessie-3");
    const foreign = await token("sessie-3", 12 * HOUR, "another-secret-another-secret-another-secret");
    const tampered = raw.slice(0, -4) + (raw.endsWith("AAAA") ? "BBBB" : "AAAA");
    for (const bad of [foreign, tampered, "rubbish", ""]) expect(await decoder.decode(bad, new Date())).toBeNull();
    expect(await decoder.decode(raw, new Date())).toMatchObject({ sid: "sessie-3" });
  });

  it("keeps at most maxEntries tokens", async () => {
    const decoder = createTokenDecoder(SECRET, { maxEntries: 1 });
    const [a, b] = [await token("a"), await token("b")];
    const first = await decoder.decode(a, new Date());
    await decoder.decode(b, new Date());
    const again = await decoder.decode(a, new Date());
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });
});

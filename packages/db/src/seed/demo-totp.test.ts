import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deriveSecretBoxKey, openSecret } from "../secret-box.ts";
import { createTestDatabase, type TestDatabase } from "../testing/index.ts";
import { DEMO_ACCOUNTS, DEMO_TOTP_ROLES, DEMO_TOTP_SECRET, seedDemo } from "./index.ts";

const SEED_TIME = new Date("2026-11-25T09:00:00Z");

/** The demo BEHEERDER and COORDINATOR are enrolled on the published demo secret (docs/adr/0018). */
describe("demo accounts with two-factor sign-in", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(process.env.KK_TEST_SERVER_URL ?? "", "seedtotp");
  });
  afterAll(() => database.drop());

  async function secrets(material: string) {
    const key = deriveSecretBoxKey(material);
    const users = await database.db.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } });
    return users.map((user) => ({
      role: user.role,
      enabled: user.totpEnabledAt !== null,
      secret: user.totpSecretEncrypted ? openSecret(user.totpSecretEncrypted, key) : null,
    }));
  }

  it("seals the demo secret with the server's key, only for the roles that require it", async () => {
    await seedDemo(database.db, { now: SEED_TIME, mfaKeyMaterial: "first-key-material" });
    for (const user of await secrets("first-key-material")) {
      const withTotp = DEMO_TOTP_ROLES.includes(user.role);
      expect(user, user.role).toEqual({ role: user.role, enabled: withTotp, secret: withTotp ? DEMO_TOTP_SECRET : null });
    }
  });

  it("re-seals it when the key changed (a demo portal with a new session secret per run)", async () => {
    await seedDemo(database.db, { now: SEED_TIME, mfaKeyMaterial: "second-key-material" });
    const enrolled = (await secrets("second-key-material")).filter((u) => u.enabled);
    expect([...new Set(enrolled.map((u) => u.role))].sort()).toEqual([...DEMO_TOTP_ROLES].sort());
    expect(enrolled.every((u) => u.secret === DEMO_TOTP_SECRET)).toBe(true);
  });
});

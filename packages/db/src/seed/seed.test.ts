import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../password.ts";
import { createTestDatabase, type TestDatabase } from "../testing/index.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "./index.ts";

describe("seedDemo", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(process.env.KK_TEST_SERVER_URL ?? "", "seed");
  });
  afterAll(() => database.drop());

  it("loads one account per role and organisations of every legal frame, all marked as demo", async () => {
    const first = await seedDemo(database.db);
    expect(first.usersCreated).toBe(DEMO_ACCOUNTS.length);
    const roles = (await database.db.user.findMany({ select: { role: true } })).map((u) => u.role).sort();
    expect(roles).toEqual(["BEHEERDER", "COORDINATOR", "PARTNER", "PROFESSIONAL", "RAAD"]);
    const frames = await database.db.organisation.groupBy({ by: ["legalFrame"], _count: true });
    expect(frames.map((f) => f.legalFrame).sort()).toEqual(["CONSENT_REQUIRED", "WITHOUT_CONSENT", "WITHOUT_CONSENT_DURING_ORDER"]);
    expect(await database.db.organisation.count({ where: { isDemo: false } })).toBe(0);
    const partner = await database.db.user.findUniqueOrThrow({ where: { email: "partner@demo.zwijndrecht.nl" }, include: { organisation: true } });
    expect(partner.organisation?.slug).toBe("wijkteam-zwijndrecht");
    expect(await verifyPassword(partner.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);
  });

  it("changes nothing when run again", async () => {
    const before = await database.db.user.count();
    const again = await seedDemo(database.db);
    expect(again).toEqual({ organisationsCreated: 0, usersCreated: 0 });
    expect(await database.db.user.count()).toBe(before);
  });
});

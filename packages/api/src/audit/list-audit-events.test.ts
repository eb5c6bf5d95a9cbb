import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { recordAudit } from "./record-audit.ts";
import { AUDIT_PAGE_SIZE } from "./schemas.ts";

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("audit");
});
afterAll(async () => {
  await t?.drop();
});

describe("audit log", () => {
  it("pages newest first and filters by entity type", async () => {
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) {
      await t.db.$transaction((tx) =>
        recordAudit(tx, t.users.COORDINATOR, { action: "test.touch", entityType: i % 2 ? "Odd" : "Even", entityId: String(i), after: { i } }),
      );
    }
    const caller = t.callerFor(t.users.COORDINATOR);
    const first = await caller.audit.list({});
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.events[0]?.entityId).toBe(String(AUDIT_PAGE_SIZE + 4));
    expect(first.nextBefore).not.toBeNull();
    const second = await caller.audit.list({ before: first.nextBefore ?? undefined });
    expect(second.events).toHaveLength(5);
    expect(second.nextBefore).toBeNull();
    const odd = await caller.audit.list({ entityType: "Odd" });
    expect(odd.events.every((e) => e.entityType === "Odd")).toBe(true);
    expect(first.entityTypes).toEqual(expect.arrayContaining(["Even", "Odd"]));
  });
});

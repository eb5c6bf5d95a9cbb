import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { verifyAuditChain } from "@kk/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { recordAudit } from "./record-audit.ts";

/*
 * The audit log is append-only at the database and hash-chained (docs/adr/0016). These run on
 * PostgreSQL as the test superuser: the triggers hold even for the table's owner.
 */

/** `npm run audit:verify` as the operator runs it, on the database at `url`. */
function auditVerifyCli(url: string): Promise<{ code: number; output: string }> {
  const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../db/src/cli/audit-verify.ts");
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", cli], { env: { ...process.env, DATABASE_URL: url } }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("audit-append-only");
});
afterAll(async () => {
  await t?.drop();
});

async function writeEvents(db: ApiTestDatabase, count: number, prefix: string): Promise<void> {
  for (let i = 0; i < count; i++) {
    await db.db.$transaction((tx) =>
      recordAudit(tx, db.users.COORDINATOR, { action: "test.write", entityType: "Test", entityId: `${prefix}-${i}`, after: { i, text: "é ✓ \u202e" } }),
    );
  }
}

describe("append-only audit log", () => {
  it.each([
    ["UPDATE", `update "AuditEvent" set action = 'test.changed'`],
    ["UPDATE of the hash", `update "AuditEvent" set hash = 'x'`],
    ["DELETE", `delete from "AuditEvent"`],
    ["TRUNCATE", `truncate "AuditEvent"`],
  ])("the database refuses %s", async (_name, sql) => {
    await writeEvents(t, 2, "refuse");
    const before = await t.db.auditEvent.count();
    await expect(t.db.$executeRawUnsafe(sql)).rejects.toThrow(/append-only/);
    expect(await t.db.auditEvent.count()).toBe(before);
    expect(await t.db.auditEvent.count({ where: { action: "test.changed" } })).toBe(0);
  });

  it("removing a user who acted keeps the events (only actorId is cleared) and the chain verifies", async () => {
    const user = await t.db.user.create({ data: { email: "weg@test.example", name: "Weg", role: "COORDINATOR" } });
    await t.db.$transaction((tx) =>
      recordAudit(tx, { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: null, municipalityCode: null }, { action: "test.by-user", entityType: "Test", entityId: "u" }),
    );
    await t.db.user.delete({ where: { id: user.id } });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "test.by-user" } });
    expect(event).toMatchObject({ actorId: null, actorEmail: "weg@test.example" });
    expect((await verifyAuditChain(t.url)).firstBreak).toBeNull();
  });

  it("many concurrent audited writes form one chain that verifies", async () => {
    const start = await t.db.auditEvent.count();
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        t.db.$transaction(async (tx) => {
          await recordAudit(tx, t.users.BEHEERDER, { action: "test.concurrent", entityType: "Test", entityId: `c-${i}`, after: { i } });
          if (i % 3 === 0) await recordAudit(tx, null, { action: "test.concurrent", entityType: "Test", entityId: `c-${i}-b`, before: { i } });
        }),
      ),
    );
    expect(await t.db.auditEvent.count()).toBe(start + 80);
    const events = await t.db.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(new Set(events.map((e) => e.prevHash)).size).toBe(events.length);
    expect(events.every((e) => e.hash && /^[0-9a-f]{64}$/.test(e.hash))).toBe(true);
    expect(await verifyAuditChain(t.url)).toEqual({ events: events.length, firstBreak: null });
    expect(await auditVerifyCli(t.url)).toEqual({ code: 0, output: `Audit log chain verified: ${events.length} event(s), no broken link.\n` });
  });
});

describe("tampering is detected at the right event", () => {
  let tamper: ApiTestDatabase;
  beforeAll(async () => {
    tamper = await createApiTestDatabase("audit-tamper");
  });
  afterAll(async () => {
    await tamper?.drop();
  });

  const idOf = async (entityId: string) => (await tamper.db.auditEvent.findFirstOrThrow({ where: { entityId } })).id;
  /** As the superuser, with the append-only trigger switched off: what an attacker with the database could do. */
  const asSuperuser = async (sql: string, ...values: unknown[]) => {
    await tamper.db.$executeRawUnsafe(`alter table "AuditEvent" disable trigger "AuditEvent_append_only"`);
    try {
      await tamper.db.$executeRawUnsafe(sql, ...values);
    } finally {
      await tamper.db.$executeRawUnsafe(`alter table "AuditEvent" enable trigger "AuditEvent_append_only"`);
    }
  };

  it("a changed snapshot breaks its own hash; a deleted event breaks the next link", async () => {
    await writeEvents(tamper, 10, "t");
    expect((await verifyAuditChain(tamper.url)).firstBreak).toBeNull();

    const third = await idOf("t-3");
    await asSuperuser(`update "AuditEvent" set after = '{"i": 99}'::jsonb where id = $1`, third);
    expect((await verifyAuditChain(tamper.url)).firstBreak).toMatchObject({ id: third, problem: "hash-mismatch" });
    await asSuperuser(`update "AuditEvent" set after = jsonb_build_object('i', 3, 'text', $2::text) where id = $1`, third, "é ✓ \u202e");
    expect((await verifyAuditChain(tamper.url)).firstBreak).toBeNull();

    const sixth = await idOf("t-6");
    await asSuperuser(`delete from "AuditEvent" where id = $1`, sixth);
    expect((await verifyAuditChain(tamper.url)).firstBreak).toMatchObject({ id: await idOf("t-7"), problem: "broken-link" });
    const cli = await auditVerifyCli(tamper.url);
    expect(cli.code).toBe(1);
    expect(cli.output).toContain(`BROKEN after 6 verified event(s): event ${await idOf("t-7")} points to previous hash`);
  });

  it("rewriting an event together with its hash breaks the next link", async () => {
    const second = await idOf("t-2");
    await asSuperuser(
      `update "AuditEvent" set action = 'test.forged', hash = audit_event_hash("prevHash", at, "actorEmail", 'test.forged', "entityType", "entityId", before, after) where id = $1`,
      second,
    );
    expect((await verifyAuditChain(tamper.url)).firstBreak).toMatchObject({ id: await idOf("t-3"), problem: "broken-link" });
  });
});

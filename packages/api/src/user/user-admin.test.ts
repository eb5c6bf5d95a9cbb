import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("users");
});
afterAll(async () => {
  await t?.drop();
});

describe("user administration", () => {
  it("creates a user with a hashed password and writes an audit event in the same change", async () => {
    const admin = t.callerFor(t.users.BEHEERDER);
    const created = await admin.user.create({
      email: "  Nieuw@Voorbeeld.NL ",
      name: "Nieuwe Collega",
      role: "PROFESSIONAL",
      organisationId: "",
      password: "een-lang-wachtwoord",
    });
    expect(created.email).toBe("nieuw@voorbeeld.nl");
    const row = await t.db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: created.id, action: "user.create" } });
    expect(audit.actorId).toBe(t.users.BEHEERDER.id);
    expect(JSON.stringify(audit.after)).not.toContain("argon2");
  });

  it("refuses bad input with Dutch field errors and stores nothing", async () => {
    const admin = t.callerFor(t.users.BEHEERDER);
    const before = await t.db.user.count();
    const error = await admin.user
      .create({ email: "geen-email", name: "X", role: "PARTNER", organisationId: "", password: "kort" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect(await t.db.user.count()).toBe(before);
  });

  it("refuses a duplicate e-mail address with a field error", async () => {
    const admin = t.callerFor(t.users.BEHEERDER);
    const error = await admin.user
      .create({ email: "coordinator@test.example", name: "Dubbel", role: "RAAD", organisationId: "" })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("CONFLICT");
    expect((error as TRPCError).message).toMatch(/bestaat al/);
  });

  it("refuses the second of two saves based on the same version and keeps the first", async () => {
    const admin = t.callerFor(t.users.BEHEERDER);
    const target = await admin.user.byId({ id: t.users.RAAD.id });
    await admin.user.update({ id: target.id, version: target.version, name: "Eerste Wijziging", role: "RAAD", organisationId: "" });
    const error = await admin.user
      .update({ id: target.id, version: target.version, name: "Tweede Wijziging", role: "RAAD", organisationId: "" })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("CONFLICT");
    const after = await t.db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after.name).toBe("Eerste Wijziging");
    expect(after.version).toBe(target.version + 1);
  });

  it("records before and after when a user is deactivated", async () => {
    const admin = t.callerFor(t.users.BEHEERDER);
    const target = await admin.user.byId({ id: t.users.PROFESSIONAL.id });
    await admin.user.setActive({ id: target.id, version: target.version, active: false });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: target.id, action: "user.deactivate" } });
    expect(audit.before).toMatchObject({ active: true });
    expect(audit.after).toMatchObject({ active: false });
    await admin.user.setActive({ id: target.id, version: target.version + 1, active: true });
  });

  it("does not let an administrator lock themselves out", async () => {
    const self = t.users.BEHEERDER;
    const admin = t.callerFor(self);
    const me = await admin.user.byId({ id: self.id });
    const error = await admin.user.setActive({ id: self.id, version: me.version, active: false }).catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
  });
});

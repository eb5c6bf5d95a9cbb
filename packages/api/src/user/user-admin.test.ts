import { createTestMunicipality } from "@kk/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FieldErrorsCause } from "../field-errors.ts";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { USER_MUNICIPALITY_MESSAGES } from "./schemas.ts";

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("users");
  await createTestMunicipality(t.db, "GM0642", "Zwijndrecht");
  await createTestMunicipality(t.db, "GM0505", "Dordrecht");
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
      .create({ email: "coordinator@test.example", name: "Dubbel", role: "RAAD", organisationId: "", municipalityCode: "GM0642" })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("CONFLICT");
    expect((error as TRPCError).message).toMatch(/bestaat al/);
  });

  it("refuses the second of two saves based on the same version and keeps the first", async () => {
    const admin = t.callerFor(t.users.BEHEERDER);
    const target = await admin.user.byId({ id: t.users.RAAD.id });
    await admin.user.update({ id: target.id, version: target.version, name: "Eerste Wijziging", role: "RAAD", organisationId: "", municipalityCode: "GM0642" });
    const error = await admin.user
      .update({ id: target.id, version: target.version, name: "Tweede Wijziging", role: "RAAD", organisationId: "", municipalityCode: "GM0642" })
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

describe("users and their municipality (issue 18)", () => {
  const issuesOf = (error: unknown): Array<[string, string]> =>
    (((error as TRPCError).cause as { issues?: Array<{ path: unknown[]; message: string }> }).issues ?? []).map((i) => [i.path.join("."), i.message]);

  it.each([
    { role: "COORDINATOR", municipalityCode: "", problem: "required" },
    { role: "RAAD", municipalityCode: "", problem: "required" },
    { role: "BEHEERDER", municipalityCode: "GM0642", problem: "notAllowed" },
    { role: "REGIO_COORDINATOR", municipalityCode: "GM0642", problem: "notAllowed" },
  ] as const)("refuses a $role with municipality '$municipalityCode' (Dutch field error) and stores nothing", async ({ role, municipalityCode, problem }) => {
    const before = await t.db.user.count();
    const error = await t
      .callerFor(t.users.BEHEERDER)
      .user.create({ email: `${role.toLowerCase()}-gemeente@voorbeeld.nl`, name: "Iemand", role, organisationId: "", municipalityCode })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect(issuesOf(error)).toEqual([["municipalityCode", problem === "required" ? USER_MUNICIPALITY_MESSAGES.required : USER_MUNICIPALITY_MESSAGES.notAllowed]]);
    expect(await t.db.user.count()).toBe(before);
  });

  it.each([
    { role: "COORDINATOR", municipalityCode: "GM0505", stored: "GM0505" },
    { role: "RAAD", municipalityCode: "GM0642", stored: "GM0642" },
    { role: "PARTNER", municipalityCode: "", stored: null },
    { role: "PROFESSIONAL", municipalityCode: "GM0505", stored: "GM0505" },
    { role: "PROFESSIONAL", municipalityCode: "", stored: null },
    { role: "REGIO_COORDINATOR", municipalityCode: "", stored: null },
  ] as const)("stores a $role with municipality '$municipalityCode'", async ({ role, municipalityCode, stored }) => {
    const email = `${role.toLowerCase()}-${municipalityCode || "geen"}@voorbeeld.nl`;
    const created = await t.callerFor(t.users.BEHEERDER).user.create({
      email,
      name: "Iemand Anders",
      role,
      organisationId: role === "PARTNER" ? t.partnerOrganisationId : "",
      municipalityCode,
    });
    expect(created.municipalityCode).toBe(stored);
    expect(created.municipality?.code ?? null).toBe(stored);
  });

  it("refuses a municipality the install does not have, as a field error", async () => {
    const error = await t
      .callerFor(t.users.BEHEERDER)
      .user.create({ email: "elders@voorbeeld.nl", name: "Elders", role: "COORDINATOR", organisationId: "", municipalityCode: "GM0363" })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("CONFLICT");
    expect(((error as TRPCError).cause as FieldErrorsCause).fieldErrors).toEqual({ municipalityCode: [expect.stringMatching(/hoort niet bij deze installatie/)] });
  });

  it("lists one municipality's users, or those without one", async () => {
    const admin = t.callerFor(t.users.BEHEERDER);
    const dordrecht = await admin.user.list({ municipalityCode: "GM0505" });
    expect(dordrecht.length).toBeGreaterThan(0);
    expect(dordrecht.every((u) => u.municipalityCode === "GM0505")).toBe(true);
    const none = await admin.user.list({ municipalityCode: "none" });
    expect(none.map((u) => u.id)).toContain(t.users.BEHEERDER.id);
    expect(none.every((u) => u.municipalityCode === null)).toBe(true);
    expect((await admin.user.list()).length).toBe(await t.db.user.count());
  });
});

import { createTestDatabase } from "@kk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkOidcUser, oidcProvider, OIDC_PROVIDER_ID } from "./oidc.ts";

let t: Awaited<ReturnType<typeof createTestDatabase>>;
/** A fixed clock (issue 12). */
const T0 = new Date("2026-03-02T09:00:00.000Z");

beforeAll(async () => {
  t = await createTestDatabase(process.env.KK_TEST_SERVER_URL ?? "", "oidc");
  await t.db.user.createMany({
    data: [
      { email: "jansen@gemeente.example", name: "Jansen", role: "BEHEERDER" },
      { email: "devries@gemeente.example", name: "De Vries", role: "PROFESSIONAL" },
      { email: "gestopt@gemeente.example", name: "Gestopt", role: "PROFESSIONAL", active: false },
      { email: "tegelijk@gemeente.example", name: "Tegelijk", role: "PROFESSIONAL" },
      { email: "bakker@gemeente.example", name: "Bakker", role: "COORDINATOR" },
    ],
  });
});
afterAll(async () => {
  await t?.drop();
});

async function identitiesOf(email: string) {
  const user = await t.db.user.findUniqueOrThrow({ where: { email }, include: { identities: true } });
  return user.identities;
}

describe("linkOidcUser", () => {
  it.each([
    { name: "email_verified missing", emailVerified: undefined },
    { name: "email_verified false", emailVerified: false },
    { name: 'email_verified the string "true"', emailVerified: "true" },
  ])("refuses to link by an unverified e-mail address ($name)", async ({ emailVerified }) => {
    const result = await linkOidcUser(t.db, { subject: `aanvaller-${String(emailVerified)}`, email: "jansen@gemeente.example", emailVerified }, T0);
    expect(result).toEqual({ ok: false, reason: "no-verified-email" });
    expect(await identitiesOf("jansen@gemeente.example")).toHaveLength(0);
  });

  it("never links by preferred_username: no e-mail claim, no link", async () => {
    const result = await linkOidcUser(t.db, { subject: "zonder-email", email: undefined, emailVerified: true }, T0);
    expect(result).toEqual({ ok: false, reason: "no-verified-email" });
    const provider = oidcProvider({ issuer: "https://idp.example", clientId: "c", clientSecret: "s", name: "IdP" });
    const profile = provider.profile?.({ sub: "x", preferred_username: "jansen@gemeente.example" }, {});
    expect(profile).toMatchObject({ id: "x", email: null });
  });

  it("links a verified e-mail address once, audits it, and signs in by subject afterwards", async () => {
    const first = await linkOidcUser(t.db, { subject: "sub-devries", email: "DeVries@Gemeente.example", emailVerified: true }, T0);
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "devries@gemeente.example" } });
    expect(first).toEqual({ ok: true, userId: user.id, linked: true });
    const audit = await t.db.auditEvent.findMany({ where: { action: "externalIdentity.link", actorId: user.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.at).toEqual(T0);
    expect(audit[0]?.after).toMatchObject({ provider: OIDC_PROVIDER_ID, subject: "sub-devries", userId: user.id });

    // Later sign-ins match the subject, whatever the e-mail claim now says.
    const again = await linkOidcUser(t.db, { subject: "sub-devries", email: "ander@elders.example", emailVerified: false }, T0);
    expect(again).toEqual({ ok: true, userId: user.id, linked: false });
  });

  it("never attaches a second identity of the same provider to one user", async () => {
    const result = await linkOidcUser(t.db, { subject: "tweede-account", email: "devries@gemeente.example", emailVerified: true }, T0);
    expect(result).toEqual({ ok: false, reason: "already-linked" });
    expect((await identitiesOf("devries@gemeente.example")).map((i) => i.subject)).toEqual(["sub-devries"]);
  });

  it("refuses unknown users (a BEHEERDER creates them first) and deactivated users", async () => {
    expect(await linkOidcUser(t.db, { subject: "onbekend", email: "niemand@gemeente.example", emailVerified: true }, T0)).toEqual({
      ok: false,
      reason: "unknown-user",
    });
    expect(await linkOidcUser(t.db, { subject: "gestopt", email: "gestopt@gemeente.example", emailVerified: true }, T0)).toEqual({
      ok: false,
      reason: "inactive",
    });
    expect(await t.db.externalIdentity.count({ where: { subject: { in: ["onbekend", "gestopt"] } } })).toBe(0);
  });

  it("refuses a linked identity once its user is deactivated", async () => {
    await linkOidcUser(t.db, { subject: "sub-bakker", email: "bakker@gemeente.example", emailVerified: true }, T0);
    await t.db.user.update({ where: { email: "bakker@gemeente.example" }, data: { active: false } });
    expect(await linkOidcUser(t.db, { subject: "sub-bakker", email: "bakker@gemeente.example", emailVerified: true }, T0)).toEqual({
      ok: false,
      reason: "inactive",
    });
  });

  it("links exactly one of two identities signing in for the first time at once", async () => {
    const results = await Promise.all(
      ["gelijk-1", "gelijk-2", "gelijk-3"].map((subject) =>
        linkOidcUser(t.db, { subject, email: "tegelijk@gemeente.example", emailVerified: true }, T0),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await identitiesOf("tegelijk@gemeente.example")).toHaveLength(1);
  });
});

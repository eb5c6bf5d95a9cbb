import type { Db } from "@kk/db";
import { createTestDatabase } from "@kk/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { confirmOrganisationByToken, lookUpConfirmationToken } from "./confirm-organisation-by-token.ts";
import { hashConfirmationToken, newConfirmationToken } from "./confirmation-token.ts";
import { lastAuditId } from "../testing/audit-watermark.ts";

const NOW = new Date("2026-12-10T09:00:00Z");
const OLD_VERIFIED = new Date("2026-01-01T00:00:00Z");

let db: Db;
let drop: () => Promise<void>;
let organisationId: string;
let userId: string;

beforeAll(async () => {
  const serverUrl = process.env.KK_TEST_SERVER_URL;
  if (!serverUrl) throw new Error("KK_TEST_SERVER_URL is not set: run the tests through the root vitest config.");
  ({ db, drop } = await createTestDatabase(serverUrl, "freshness_confirm"));
});

afterAll(async () => {
  await drop();
});

let auditAfter = 0n;
beforeEach(async () => {
  auditAfter = await lastAuditId(db);
  await db.confirmationToken.deleteMany();
  await db.user.deleteMany();
  await db.organisation.deleteMany();
  const org = await db.organisation.create({
    data: {
      name: "Wijkteam Zwijndrecht",
      slug: "wijkteam-zwijndrecht",
      sector: "JEUGDHULP_SOCIAAL_WERK",
      type: "Wijkteam",
      legalFrame: "CONSENT_REQUIRED",
      phone: "078 123 45 67",
      email: "info@wijkteam.test",
      address: "Hofstraat 1",
      verifiedAt: OLD_VERIFIED,
      contacts: { create: [{ name: "A" }, { name: "B" }] },
    },
  });
  organisationId = org.id;
  userId = (await db.user.create({ data: { email: "partner@test.example", name: "Pim Partner", role: "PARTNER", organisationId } })).id;
});

async function issueToken(data: { expiresAt?: Date; usedAt?: Date | null } = {}): Promise<string> {
  const token = newConfirmationToken();
  await db.confirmationToken.create({
    data: {
      tokenHash: hashConfirmationToken(token),
      organisationId,
      userId,
      expiresAt: data.expiresAt ?? new Date("2026-12-31T00:00:00Z"),
      usedAt: data.usedAt ?? null,
    },
  });
  return token;
}

async function organisationState() {
  return db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { verifiedAt: true, verifiedById: true, version: true } });
}

describe("lookUpConfirmationToken", () => {
  it("shows the organisation's key data for a valid token and changes nothing", async () => {
    const token = await issueToken();
    const lookup = await lookUpConfirmationToken(db, token, NOW);

    expect(lookup.status).toBe("valid");
    if (lookup.status !== "valid") return;
    expect(lookup.organisation).toMatchObject({ name: "Wijkteam Zwijndrecht", phone: "078 123 45 67", email: "info@wijkteam.test", address: "Hofstraat 1" });
    expect(lookup.organisation._count.contacts).toBe(2);
    expect((await organisationState()).verifiedAt).toEqual(OLD_VERIFIED);
    expect((await db.confirmationToken.findFirstOrThrow()).usedAt).toBeNull();
  });

  it("tells unknown, expired and used tokens apart", async () => {
    expect((await lookUpConfirmationToken(db, newConfirmationToken(), NOW)).status).toBe("unknown");
    expect((await lookUpConfirmationToken(db, "kort", NOW)).status).toBe("unknown");
    expect((await lookUpConfirmationToken(db, await issueToken({ expiresAt: NOW }), NOW)).status).toBe("expired");
    expect((await lookUpConfirmationToken(db, await issueToken({ usedAt: new Date("2026-12-02T00:00:00Z") }), NOW)).status).toBe("used");
  });
});

describe("confirmOrganisationByToken", () => {
  it("sets verifiedAt and verifiedBy, uses up the token and audits with the token's user as actor", async () => {
    const token = await issueToken();

    const outcome = await confirmOrganisationByToken(db, token, NOW);

    expect(outcome.status).toBe("confirmed");
    const state = await organisationState();
    expect(state.verifiedAt).toEqual(NOW);
    expect(state.verifiedById).toBe(userId);
    // Confirming is not editing: a coordinator's open edit form stays valid.
    expect(state.version).toBe(1);
    expect((await db.confirmationToken.findFirstOrThrow()).usedAt).toEqual(NOW);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { id: { gt: auditAfter }, action: "organisation.confirm" } });
    expect(audit).toMatchObject({ actorId: userId, actorEmail: "partner@test.example", entityType: "Organisation", entityId: organisationId });
    expect(audit.before).toEqual({ verifiedAt: OLD_VERIFIED.toISOString(), verifiedById: null });
  });

  it("works once: the second use is refused and changes nothing", async () => {
    const token = await issueToken();
    await confirmOrganisationByToken(db, token, NOW);

    const again = await confirmOrganisationByToken(db, token, new Date("2026-12-11T09:00:00Z"));

    expect(again.status).toBe("used");
    expect((await organisationState()).verifiedAt).toEqual(NOW);
    expect(await db.auditEvent.count({ where: { id: { gt: auditAfter }, action: "organisation.confirm" } })).toBe(1);
  });

  it("confirms once when the button is pressed twice at the same moment", async () => {
    const token = await issueToken();
    const outcomes = await Promise.all([confirmOrganisationByToken(db, token, NOW), confirmOrganisationByToken(db, token, NOW)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["confirmed", "used"]);
    expect(await db.auditEvent.count({ where: { id: { gt: auditAfter }, action: "organisation.confirm" } })).toBe(1);
  });

  it.each([
    ["expired", { expiresAt: new Date("2026-12-10T08:59:59Z") }],
    ["used", { usedAt: new Date("2026-12-05T00:00:00Z") }],
  ] as const)("refuses an %s token and changes nothing", async (status, data) => {
    const token = await issueToken(data);

    expect((await confirmOrganisationByToken(db, token, NOW)).status).toBe(status);
    expect(await organisationState()).toEqual({ verifiedAt: OLD_VERIFIED, verifiedById: null, version: 1 });
    expect(await db.auditEvent.count({ where: { id: { gt: auditAfter } } })).toBe(0);
  });

  it("refuses an unknown token and a deactivated user's token", async () => {
    expect((await confirmOrganisationByToken(db, newConfirmationToken(), NOW)).status).toBe("unknown");
    const token = await issueToken();
    await db.user.update({ where: { id: userId }, data: { active: false } });
    expect((await confirmOrganisationByToken(db, token, NOW)).status).toBe("unknown");
    expect((await organisationState()).verifiedAt).toEqual(OLD_VERIFIED);
    expect((await db.confirmationToken.findFirstOrThrow()).usedAt).toBeNull();
  });
});

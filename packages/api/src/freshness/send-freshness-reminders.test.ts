import type { Db } from "@kk/db";
import { createTestDatabase } from "@kk/db/testing";
import { createMailer } from "@kk/mail";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hashConfirmationToken } from "./confirmation-token.ts";
import { FRESHNESS_REMINDER_KIND } from "./reminder-mail.ts";
import { sendFreshnessReminders } from "./send-freshness-reminders.ts";

const BASE_URL = "https://portaal.test";
const NOW = new Date("2026-12-01T07:00:00Z");

let db: Db;
let drop: () => Promise<void>;

beforeAll(async () => {
  const serverUrl = process.env.KK_TEST_SERVER_URL;
  if (!serverUrl) throw new Error("KK_TEST_SERVER_URL is not set: run the tests through the root vitest config.");
  ({ db, drop } = await createTestDatabase(serverUrl, "freshness_reminders"));
});

afterAll(async () => {
  await drop();
});

beforeEach(async () => {
  await db.outboxMessage.deleteMany();
  await db.confirmationToken.deleteMany();
  await db.user.deleteMany();
  await db.organisation.deleteMany();
  await db.setting.deleteMany();
});

let sequence = 0;
async function organisation(data: { name: string; verifiedAt: Date | null; status?: "ACTIVE" | "INACTIVE" | "CLOSED" }) {
  sequence += 1;
  return db.organisation.create({
    data: {
      name: data.name,
      slug: `org-${sequence}`,
      sector: "JEUGDHULP_SOCIAAL_WERK",
      type: "Wijkteam",
      legalFrame: "CONSENT_REQUIRED",
      verifiedAt: data.verifiedAt,
      status: data.status ?? "ACTIVE",
    },
  });
}

async function user(organisationId: string | null, data: { email: string; role?: "PARTNER" | "PROFESSIONAL"; active?: boolean }) {
  return db.user.create({
    data: { email: data.email, name: `Naam ${data.email}`, role: data.role ?? "PARTNER", organisationId, active: data.active ?? true },
  });
}

function outbox() {
  return createMailer(db, { transport: "outbox" });
}

function linkIn(text: string): string {
  const match = text.match(/https:\/\/portaal\.test\/bevestigen\/([A-Za-z0-9_-]{43})/);
  if (!match?.[1]) throw new Error(`no confirmation link in:\n${text}`);
  return match[1];
}

describe("sendFreshnessReminders", () => {
  it("mails every active partner user of a stale organisation a one-click link whose hash is stored", async () => {
    const stale = await organisation({ name: "Wijkteam Oud", verifiedAt: new Date("2026-03-01T00:00:00Z") });
    await user(stale.id, { email: "een@wijkteam.test" });
    await user(stale.id, { email: "twee@wijkteam.test" });

    const run = await sendFreshnessReminders(db, outbox(), { now: NOW, baseUrl: BASE_URL });

    expect(run).toEqual({ staleOrganisations: 1, sent: 2, alreadyReminded: 0, failed: 0 });
    const messages = await db.outboxMessage.findMany({ orderBy: { to: "asc" } });
    expect(messages.map((m) => m.to)).toEqual([["een@wijkteam.test"], ["twee@wijkteam.test"]]);
    for (const message of messages) {
      expect(message.kind).toBe(FRESHNESS_REMINDER_KIND);
      expect(message.subject).toBe("Kloppen de gegevens van Wijkteam Oud nog?");
      expect(message.text).toContain(`${BASE_URL}/sociale-kaart/${stale.slug}/bewerken`);
      const token = linkIn(message.text);
      const stored = await db.confirmationToken.findUniqueOrThrow({ where: { tokenHash: hashConfirmationToken(token) } });
      expect(stored.organisationId).toBe(stale.id);
      expect(stored.usedAt).toBeNull();
      expect(stored.expiresAt.toISOString()).toBe("2026-12-31T07:00:00.000Z");
    }
    // The secret itself is nowhere in the database.
    const tokens = await db.confirmationToken.findMany();
    expect(tokens.map((t) => t.tokenHash)).not.toContain(linkIn(messages[0]!.text));

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "freshness.reminders.send" } });
    expect(audit.actorId).toBeNull();
    expect(audit.after).toMatchObject({ sent: 2, staleOrganisations: 1 });
  });

  it("counts a never-confirmed entry as stale and leaves fresh, inactive and closed ones alone", async () => {
    const never = await organisation({ name: "Nooit Gecontroleerd", verifiedAt: null });
    const fresh = await organisation({ name: "Vers", verifiedAt: new Date("2026-11-01T00:00:00Z") });
    const inactive = await organisation({ name: "Inactief", verifiedAt: null, status: "INACTIVE" });
    const closed = await organisation({ name: "Gesloten", verifiedAt: null, status: "CLOSED" });
    await user(never.id, { email: "nooit@test.example" });
    await user(fresh.id, { email: "vers@test.example" });
    await user(inactive.id, { email: "inactief@test.example" });
    await user(closed.id, { email: "gesloten@test.example" });

    const run = await sendFreshnessReminders(db, outbox(), { now: NOW, baseUrl: BASE_URL });

    expect(run.sent).toBe(1);
    const messages = await db.outboxMessage.findMany();
    expect(messages.map((m) => m.to)).toEqual([["nooit@test.example"]]);
    expect(messages[0]!.text).toContain("nog nooit gecontroleerd");
  });

  it("respects the coordinator's stale-after setting", async () => {
    const org = await organisation({ name: "Drie Maanden", verifiedAt: new Date("2026-08-15T00:00:00Z") });
    await user(org.id, { email: "drie@test.example" });

    expect((await sendFreshnessReminders(db, outbox(), { now: NOW, baseUrl: BASE_URL })).sent).toBe(0);
    await db.setting.create({ data: { key: "freshness.staleAfterMonths", value: 3 } });
    expect((await sendFreshnessReminders(db, outbox(), { now: NOW, baseUrl: BASE_URL })).sent).toBe(1);
  });

  it("skips deactivated users and users who are not partners", async () => {
    const stale = await organisation({ name: "Wijkteam", verifiedAt: null });
    await user(stale.id, { email: "actief@test.example" });
    await user(stale.id, { email: "weg@test.example", active: false });
    await user(stale.id, { email: "professional@test.example", role: "PROFESSIONAL" });

    await sendFreshnessReminders(db, outbox(), { now: NOW, baseUrl: BASE_URL });

    const messages = await db.outboxMessage.findMany();
    expect(messages.map((m) => m.to)).toEqual([["actief@test.example"]]);
  });

  it("sends once per month: a second run the same month sends nothing, next month sends again", async () => {
    const stale = await organisation({ name: "Wijkteam", verifiedAt: null });
    await user(stale.id, { email: "een@test.example" });
    await user(stale.id, { email: "twee@test.example" });

    await sendFreshnessReminders(db, outbox(), { now: NOW, baseUrl: BASE_URL });
    const second = await sendFreshnessReminders(db, outbox(), { now: new Date("2026-12-20T12:00:00Z"), baseUrl: BASE_URL });

    expect(second).toEqual({ staleOrganisations: 1, sent: 0, alreadyReminded: 2, failed: 0 });
    expect(await db.outboxMessage.count()).toBe(2);
    expect(await db.confirmationToken.count()).toBe(2);

    const nextMonth = await sendFreshnessReminders(db, outbox(), { now: new Date("2027-01-01T07:00:00Z"), baseUrl: BASE_URL });
    expect(nextMonth.sent).toBe(2);
    expect(await db.outboxMessage.count()).toBe(4);
  });

  it("does not send twice when two runs overlap", async () => {
    const stale = await organisation({ name: "Wijkteam", verifiedAt: null });
    await user(stale.id, { email: "een@test.example" });

    const runs = await Promise.all([
      sendFreshnessReminders(db, outbox(), { now: NOW, baseUrl: BASE_URL }),
      sendFreshnessReminders(db, outbox(), { now: NOW, baseUrl: BASE_URL }),
    ]);

    expect(runs.map((r) => r.sent).sort()).toEqual([0, 1]);
    expect(await db.outboxMessage.count()).toBe(1);
  });

  it("records an SMTP failure on the message and counts it, without stopping the run", async () => {
    const stale = await organisation({ name: "Wijkteam", verifiedAt: null });
    await user(stale.id, { email: "een@test.example" });
    await user(stale.id, { email: "twee@test.example" });
    // Port 9 (discard) on localhost: nothing listens, the connection is refused.
    const mailer = createMailer(db, { transport: "smtp", smtp: { url: "smtp://127.0.0.1:9", from: "portaal@test.example" } });

    const run = await sendFreshnessReminders(db, mailer, { now: NOW, baseUrl: BASE_URL });

    expect(run).toMatchObject({ sent: 2, failed: 2 });
    const messages = await db.outboxMessage.findMany();
    expect(messages).toHaveLength(2);
    expect(messages.every((m) => m.error !== null && m.sentAt === null)).toBe(true);
  });
});

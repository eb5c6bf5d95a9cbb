import { createPrismaClient, type Db } from "@kk/db";
import { createTestDatabase } from "@kk/db/testing";
import { createMailer } from "@kk/mail";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobsEnabled, startJobRunner, type JobRunner } from "./job-runner.ts";
import { AGREEMENT_EXPIRY, AGREEMENT_REMINDERS, DATA_RETENTION, FRESHNESS_REMINDERS, MEETING_REMINDERS, MEETING_RETENTION } from "./schedules.ts";

let db: Db;
/** The jobs run as the application role, as in the portal (docs/adr/0024); fixtures as the owner. */
let appUrl: string;
let appDb: Db;
let drop: () => Promise<void>;
let runner: JobRunner | undefined;
const logged: string[] = [];

beforeAll(async () => {
  const serverUrl = process.env.KK_TEST_SERVER_URL;
  if (!serverUrl) throw new Error("KK_TEST_SERVER_URL is not set: run the tests through the root vitest config.");
  ({ db, appUrl, drop } = await createTestDatabase(serverUrl, "jobs"));
  appDb = createPrismaClient(appUrl);
});

afterAll(async () => {
  await runner?.stop(1_000);
  await appDb.$disconnect();
  await drop();
});

async function eventually<T>(probe: () => Promise<T | null>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("job runner", () => {
  it("registers the monthly and daily schedules in Dutch time and runs the freshness reminders when the job comes", async () => {
    const org = await db.organisation.create({
      data: { name: "Wijkteam Job", slug: "wijkteam-job", sector: "JEUGDHULP_SOCIAAL_WERK", type: "Wijkteam", legalFrame: "CONSENT_REQUIRED" },
    });
    await db.user.create({ data: { email: "editor@job.test", name: "Eddy", role: "PARTNER", organisationId: org.id } });

    runner = await startJobRunner({
      connectionString: appUrl,
      db: appDb,
      mailer: createMailer(appDb, { transport: "outbox" }),
      baseUrl: "https://portaal.test",
      now: () => new Date("2026-12-01T07:00:00Z"),
      pollingIntervalSeconds: 0.5,
      log: { info: (message: string) => logged.push(message), error: (...args: unknown[]) => logged.push(args.join(" ")) },
    });

    const schedules = await runner.boss.getSchedules();
    expect([...schedules].sort((x, y) => x.name.localeCompare(y.name))).toEqual([
      expect.objectContaining({ name: "agreements.expire", cron: "15 0 * * *", timezone: "Europe/Amsterdam" }),
      expect.objectContaining({ name: "agreements.reminders", cron: "0 7 * * *", timezone: "Europe/Amsterdam" }),
      expect.objectContaining({ name: "freshness.reminders", cron: "0 8 1 * *", timezone: "Europe/Amsterdam" }),
      expect.objectContaining({ name: "meetings.reminders", cron: "30 7 * * *", timezone: "Europe/Amsterdam" }),
      expect.objectContaining({ name: "meetings.retention", cron: "30 3 * * *", timezone: "Europe/Amsterdam" }),
      expect.objectContaining({ name: "retention.purge", cron: "45 3 * * *", timezone: "Europe/Amsterdam" }),
    ]);

    await runner.boss.send(FRESHNESS_REMINDERS.name, {});
    const message = await eventually(() => db.outboxMessage.findFirst({ where: { kind: "freshness.reminder" } }));
    expect(message.to).toEqual(["editor@job.test"]);
    expect(message.text).toMatch(/https:\/\/portaal\.test\/bevestigen\/[A-Za-z0-9_-]{43}/);
    await eventually(async () => (logged.some((line) => line.includes("1 sent")) ? true : null));
  });

  it("runs the daily agreement jobs: expiry moves a lapsed agreement to VERLOPEN, the reminder mails its owner", async () => {
    if (!runner) throw new Error("the runner is started by the first test");
    const owner = await db.user.create({ data: { email: "coordinator@job.test", name: "Carla", role: "COORDINATOR" } });
    const party = await db.organisation.create({
      data: { name: "Veilig Thuis Job", slug: "veilig-thuis-job", sector: "BESCHERMINGSKETEN", type: "Veilig Thuis", legalFrame: "WITHOUT_CONSENT" },
    });
    const parties = { create: [{ organisationId: party.id }] };
    // The runner's clock says 2026-12-01 (Amsterdam).
    const lapsed = await db.agreement.create({
      data: { title: "Afgelopen", kind: "CONVENANT", status: "ACTIEF", endDate: new Date("2026-11-30T00:00:00Z"), ownerId: owner.id, parties },
    });
    const soon = await db.agreement.create({
      data: { title: "Loopt bijna af", kind: "CONVENANT", status: "ACTIEF", endDate: new Date("2026-12-31T00:00:00Z"), ownerId: owner.id, parties },
    });

    await runner.boss.send(AGREEMENT_EXPIRY.name, {});
    await eventually(async () => ((await db.agreement.findUniqueOrThrow({ where: { id: lapsed.id } })).status === "VERLOPEN" ? true : null));
    expect(await db.auditEvent.count({ where: { action: "agreement.expire", entityId: lapsed.id, actorId: null } })).toBe(1);

    await runner.boss.send(AGREEMENT_REMINDERS.name, {});
    const message = await eventually(() => db.outboxMessage.findFirst({ where: { kind: "agreement.reminder" } }));
    expect(message.to).toEqual(["coordinator@job.test"]);
    expect(message.text).toContain(`https://portaal.test/convenanten/${soon.id}`);
    await eventually(async () => (logged.some((line) => line.includes("agreements.reminders: 1 sent")) ? true : null));
    expect(logged.some((line) => line.includes("agreements.expire: 1 expired (today 2026-12-01)"))).toBe(true);
  });

  it("runs the daily meeting jobs: a reminder to the registered, and old registrations reduced to counts", async () => {
    if (!runner) throw new Error("the runner is started by the first test");
    // The runner's clock says 2026-12-01 08:00 Amsterdam.
    const soon = await db.meeting.create({
      data: {
        type: "WERKATELIER",
        title: "Werkatelier morgen",
        theme: "SAMENWERKEN",
        startsAt: new Date("2026-12-02T13:00:00Z"),
        endsAt: new Date("2026-12-02T15:00:00Z"),
        capacity: 10,
        registrations: { create: [{ name: "Rita", email: "rita@job.test", sector: "ONDERWIJS", status: "AANGEMELD" }] },
      },
    });
    const old = await db.meeting.create({
      data: {
        type: "EXPERTMEETING",
        title: "Lang geleden",
        theme: "INFORMATIE_DELEN_EN_PRIVACY",
        startsAt: new Date("2017-03-09T13:00:00Z"),
        endsAt: new Date("2017-03-09T16:00:00Z"),
        capacity: 30,
        status: "AFGEROND",
        registrations: { create: [{ name: "Oud", email: "oud@job.test", organisationName: "GGD", sector: "MEDISCH", status: "AANWEZIG" }] },
      },
    });

    await runner.boss.send(MEETING_REMINDERS.name, {});
    const message = await eventually(() => db.outboxMessage.findFirst({ where: { kind: "meeting.reminder" } }));
    expect(message.to).toEqual(["rita@job.test"]);
    expect(message.text).toContain(`https://portaal.test/werkateliers/${soon.id}`);

    await runner.boss.send(MEETING_RETENTION.name, {});
    await eventually(async () => ((await db.meeting.findUniqueOrThrow({ where: { id: old.id } })).registrationsReducedAt ? true : null));
    expect(await db.meetingAttendanceCount.findMany({ where: { meetingId: old.id }, select: { organisationName: true, registered: true, attended: true } })).toEqual([
      { organisationName: "GGD", registered: 1, attended: 1 },
    ]);
    await eventually(async () => (logged.some((line) => line.includes("meetings.retention: 1 meetings reduced")) ? true : null));
  });

  it("runs the daily purge with the runner's clock: old outbox messages and sign-in attempts go", async () => {
    if (!runner) throw new Error("the runner is started by the first test");
    // The runner's clock is 2026-12-01T07:00Z: 90 days back is 2026-09-02T07:00Z, a day back 2026-11-30T07:00Z.
    const old = await db.outboxMessage.create({
      data: { to: ["x@job.test"], subject: "Oud", text: "Oud", kind: "test.old", transport: "outbox", createdAt: new Date("2026-09-01T07:00:00Z") },
    });
    await db.signInAttempt.create({ data: { key: "account:oud@job.test", succeeded: false, at: new Date("2026-11-30T06:00:00Z") } });
    await db.signInAttempt.create({ data: { key: "account:nieuw@job.test", succeeded: false, at: new Date("2026-12-01T06:00:00Z") } });

    await runner.boss.send(DATA_RETENTION.name, {});
    await eventually(async () => ((await db.outboxMessage.findUnique({ where: { id: old.id } })) === null ? true : null));
    await eventually(async () => (logged.some((line) => line.includes("retention.purge: 1 outbox messages")) ? true : null));
    expect((await db.signInAttempt.findMany()).map((attempt) => attempt.key)).toEqual(["account:nieuw@job.test"]);
  });

  it("can be switched off with KK_JOBS=off", () => {
    expect(jobsEnabled({})).toBe(true);
    expect(jobsEnabled({ KK_JOBS: "on" })).toBe(true);
    expect(jobsEnabled({ KK_JOBS: "off" })).toBe(false);
    expect(jobsEnabled({ KK_JOBS: " OFF " })).toBe(false);
  });
});

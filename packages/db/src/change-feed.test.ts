import fs from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedUntilChanged, listenForChanges, type ChangeFeed } from "./change-feed.ts";
import { createTestDatabase, type TestDatabase } from "./testing/index.ts";

/**
 * The public pages' cache invalidation (issue 15, ADR 0028) on a real database: the triggers of
 * migration 20261206093812_public_pages notify channel kk_public_pages, and every listening process
 * (two feeds here, as two web processes would hold) sees the change.
 */
let database: TestDatabase;
const feeds: ChangeFeed[] = [];

beforeAll(async () => {
  database = await createTestDatabase(process.env.KK_TEST_SERVER_URL ?? "", "change_feed");
});

afterAll(async () => {
  await Promise.all(feeds.map((feed) => feed.close()));
  await database.drop();
});

function feed(retryMs = 50, syncTimeoutMs?: number): ChangeFeed {
  const created = listenForChanges(database.appUrl, "kk_public_pages", { retryMs, ...(syncTimeoutMs === undefined ? {} : { syncTimeoutMs }) });
  feeds.push(created);
  return created;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function createOrganisation(slug: string): Promise<string> {
  const row = await database.db.organisation.create({
    data: { slug, name: `Organisatie ${slug}`, sector: "JEUGDHULP_SOCIAAL_WERK", type: "Wijkteam", legalFrame: "CONSENT_REQUIRED" },
    select: { id: true },
  });
  return row.id;
}

describe("listenForChanges on kk_public_pages", () => {
  it("reaches every listening process when an organisation, its working area or a page setting changes", async () => {
    const first = feed();
    const second = feed();
    await Promise.all([first.ready(), second.ready()]);

    const changes: [string, () => Promise<unknown>][] = [
      ["an organisation is created", () => createOrganisation("nieuw")],
      ["an organisation is updated", () => database.db.organisation.updateMany({ where: { slug: "nieuw" }, data: { phone: "078-000 00 00" } })],
      ["a page setting is written", async () => {
        const region = await database.db.area.create({ data: { code: "VT-T", name: "Regio", kind: "VT_REGION" }, select: { id: true } });
        const area = await database.db.area.create({ data: { code: "GM0482", name: "Alblasserdam", kind: "MUNICIPALITY", parentId: region.id }, select: { id: true } });
        await database.db.municipality.create({ data: { code: "GM0482", name: "Alblasserdam", areaId: area.id } });
        return database.db.publicPage.create({ data: { municipalityCode: "GM0482", intro: { nl: "Welkom" } } });
      }],
      ["a working area changes", async () => {
        const id = await createOrganisation("werkgebied");
        return database.db.organisationMunicipality.create({ data: { organisationId: id, municipalityCode: "GM0482" } });
      }],
      ["an organisation is deleted", () => database.db.organisation.deleteMany({ where: { slug: "nieuw" } })],
    ];
    for (const [what, change] of changes) {
      const before = [first.generation(), second.generation()] as const;
      await change();
      await until(() => first.generation() !== before[0] && second.generation() !== before[1], what);
      expect(first.generation(), what).toBeGreaterThan(before[0] ?? Number.NaN);
      expect(second.generation(), what).toBeGreaterThan(before[1] ?? Number.NaN);
    }
  });

  it("sync(): a change committed before the call is counted when it resolves, without waiting for anything else", async () => {
    const listener = feed();
    await listener.ready();
    for (let i = 0; i < 40; i++) {
      const before = listener.generation() ?? Number.NaN;
      await database.db.organisation.updateMany({ where: { slug: "sync" }, data: { phone: `078-${i}` } });
      await listener.sync();
      expect(listener.generation()).toBeGreaterThan(before);
    }
    // Callers that arrive together share round trips, and each still sees what committed before it.
    const before = listener.generation() ?? Number.NaN;
    await database.db.organisation.updateMany({ where: { slug: "sync" }, data: { phone: "078-x" } });
    await Promise.all(Array.from({ length: 20 }, () => listener.sync()));
    expect(listener.generation()).toBeGreaterThan(before);
  });

  it("a rolled-back change notifies nobody", async () => {
    const listener = feed();
    await listener.ready();
    const before = listener.generation();
    await database.db
      .$transaction(async (tx) => {
        await tx.organisation.updateMany({ data: { phone: "078-111 11 11" } });
        throw new Error("rollback");
      })
      .catch(() => {});
    // A committed change afterwards is the only one seen.
    await createOrganisation("na-rollback");
    await until(() => listener.generation() !== before, "the committed change");
    expect(listener.generation()).toBe((before ?? Number.NaN) + 1);
  });

  it("reports null while the connection is lost, and listens again afterwards", async () => {
    const listener = feed(20);
    await listener.ready();
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'kk-listen-kk_public_pages' and datname = current_database()");
    } finally {
      await admin.end();
    }
    await until(() => listener.generation() === null, "the feed to notice the lost connection");
    await until(() => listener.generation() !== null, "the feed to listen again");
    const before = listener.generation();
    await createOrganisation("na-herstel");
    await until(() => listener.generation() !== before, "a change after reconnecting");
  });
});

describe("sync() against a connection that stops answering", () => {
  it("gives up after the timeout: the feed counts as not listening (callers read the database) and reconnects", async () => {
    const listener = feed(20, 300);
    await listener.ready();
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    const { rows } = await admin.query<{ pid: number }>(
      "select pid from pg_stat_activity where application_name = 'kk-listen-kk_public_pages' and datname = current_database() and state = 'idle'",
    );
    const pids = rows.map((row) => row.pid);
    expect(pids.length).toBeGreaterThan(0);
    // Only the suite's own embedded server runs here: make sure each pid is a PostgreSQL backend on this machine.
    for (const pid of pids) expect(fs.readFileSync(`/proc/${pid}/comm`, "utf8")).toMatch(/^postgres/);
    // The backends stop running (as a server that hangs would), without closing their connections.
    for (const pid of pids) process.kill(pid, "SIGSTOP");
    try {
      const started = Date.now();
      await listener.sync();
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      expect(listener.generation()).toBeNull();
    } finally {
      for (const pid of pids) process.kill(pid, "SIGCONT");
      await admin.end();
    }
    await until(() => listener.generation() !== null, "the feed to listen again");
  });
});

describe("cachedUntilChanged", () => {
  it("loads once per generation, and every time while the feed is not listening", async () => {
    let generation: number | null = 1;
    let loads = 0;
    const cached = cachedUntilChanged({ generation: () => generation }, async () => ++loads);
    expect(await cached()).toBe(1);
    expect(await cached()).toBe(1);
    generation = 2;
    expect(await cached()).toBe(2);
    expect(await cached()).toBe(2);
    generation = null;
    expect(await cached()).toBe(3);
    expect(await cached()).toBe(4);
  });

  it("keeps a value loaded before a change only for the old generation", async () => {
    let generation = 1;
    let loads = 0;
    let release: () => void = () => {};
    const cached = cachedUntilChanged({ generation: () => generation }, async () => {
      loads++;
      if (loads === 1) await new Promise<void>((resolve) => (release = resolve));
      return loads;
    });
    const slow = cached();
    generation = 2; // a change commits while the first load runs
    release();
    expect(await slow).toBe(1);
    expect(await cached()).toBe(2);
  });

  it("does not keep a failed load", async () => {
    let fail = true;
    const cached = cachedUntilChanged({ generation: () => 1 }, async () => {
      if (fail) throw new Error("database down");
      return "ok";
    });
    await expect(cached()).rejects.toThrow("database down");
    fail = false;
    expect(await cached()).toBe("ok");
  });
});

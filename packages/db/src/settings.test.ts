import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenForChanges, type ChangeFeed } from "./change-feed.ts";
import type { Db } from "./client.ts";
import { cachedSettings, databaseSettings } from "./settings.ts";
import { createTestDatabase, type TestDatabase } from "./testing/index.ts";

/** Settings on the hot path (issue 17, item 2): one read per change, also a change by another process. */
let database: TestDatabase;
let feed: ChangeFeed;

beforeAll(async () => {
  database = await createTestDatabase(process.env.KK_TEST_SERVER_URL ?? "", "settings_cache");
  feed = listenForChanges(database.appUrl, "kk_request_state", { retryMs: 50 });
  await feed.ready();
});

afterAll(async () => {
  await feed?.close();
  await database?.drop();
});

function counting(): { db: Db; reads: () => number } {
  let reads = 0;
  const db = database.db.$extends({
    query: {
      setting: {
        $allOperations({ args, query }) {
          reads++;
          return query(args);
        },
      },
    },
  }) as unknown as Db;
  return { db, reads: () => reads };
}

describe("settings", () => {
  it("databaseSettings reads the row each time; undefined without one", async () => {
    const { db, reads } = counting();
    const settings = databaseSettings(db);
    expect(await settings.get("test.a")).toBeUndefined();
    await database.db.setting.create({ data: { key: "test.a", value: 7 } });
    expect(await settings.get("test.a")).toBe(7);
    expect(reads()).toBe(2);
  });

  it("cachedSettings reads all settings once, and again after a change notifies", async () => {
    const { db, reads } = counting();
    const settings = cachedSettings(db, feed);
    await database.db.setting.upsert({ where: { key: "test.b" }, create: { key: "test.b", value: "een" }, update: { value: "een" } });
    await feed.sync();
    expect(await settings.get("test.b")).toBe("een");
    expect(await settings.get("test.a")).toBe(7);
    expect(await settings.get("test.missing")).toBeUndefined();
    expect(reads()).toBe(1);
    await database.db.setting.update({ where: { key: "test.b" }, data: { value: "twee" } });
    await feed.sync();
    expect(await settings.get("test.b")).toBe("twee");
    expect(reads()).toBe(2);
  });

  it("cachedSettings reads every time while the feed is not listening", async () => {
    const { db, reads } = counting();
    const settings = cachedSettings(db, { generation: () => null });
    await settings.get("test.a");
    await settings.get("test.a");
    expect(reads()).toBe(2);
  });
});

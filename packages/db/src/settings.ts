import { cachedUntilChanged, type ChangeFeed } from "./change-feed.ts";
import type { Db } from "./client.ts";

/**
 * Where a procedure reads a `Setting` from (issue 17, item 2: settings read on the hot path). In
 * tests and jobs: the database, every time. In a web process: one copy of all settings, read in one
 * query and kept until PostgreSQL notifies that a `Setting` changed (channel kk_request_state,
 * migration 20261206130000_request_state_notify; docs/adr/0030-request-path.md).
 */
export interface SettingsSource {
  /** The stored JSON value of `key`, or undefined when there is no row. */
  get(key: string): Promise<unknown>;
}

/** Reads each setting from the database when asked. */
export function databaseSettings(db: Pick<Db, "setting">): SettingsSource {
  return {
    get: async (key) => (await db.setting.findUnique({ where: { key }, select: { value: true } }))?.value ?? undefined,
  };
}

/** All settings in one read, kept for one generation of `feed` (every read while it is not listening). */
export function cachedSettings(db: Pick<Db, "setting">, feed: Pick<ChangeFeed, "generation">): SettingsSource {
  const all = cachedUntilChanged(feed, async () => new Map((await db.setting.findMany({ select: { key: true, value: true } })).map((row) => [row.key, row.value])));
  return { get: async (key) => (await all()).get(key) };
}

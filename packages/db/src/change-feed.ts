import pg from "pg";

/**
 * Tells a web process that data it caches has changed, also when another process changed it:
 * PostgreSQL `LISTEN` on one channel, fed by database triggers (`pg_notify`) when a transaction
 * commits. `generation()` goes up on every notification and whenever the connection was lost or
 * re-established (anything may have changed unseen), and is null while not listening: a cache must
 * then not serve anything it holds (docs/adr/0028).
 */
export interface ChangeFeed {
  /** The current generation, or null while the feed is not listening (do not cache). */
  generation(): number | null;
  /** Resolves when the feed is listening (for tests and start-up; never rejects). */
  ready(): Promise<void>;
  /**
   * Resolves once every notification of a transaction that committed before this call has been
   * counted: a round trip (`SELECT 1`) on the listening connection, which PostgreSQL answers only
   * after sending the notifications it holds for it. Callers that arrive while a round trip waits to
   * be sent share it, so under load one round trip serves many requests. Resolves at once while not
   * listening (then `generation()` is null anyway); never rejects.
   */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface ChangeFeedOptions {
  /** Wait before reconnecting after a lost connection (ms; doubles up to 30 s). */
  retryMs?: number;
  /** A `sync()` round trip unanswered for this long counts as a lost connection (ms, default 2,000). */
  syncTimeoutMs?: number;
  onError?: (error: unknown) => void;
}

const CHANNEL = /^[a-z_][a-z0-9_]*$/;

export function listenForChanges(connectionString: string, channel: string, options: ChangeFeedOptions = {}): ChangeFeed {
  if (!CHANNEL.test(channel)) throw new Error(`Not a channel name: ${JSON.stringify(channel)}`);
  const baseRetry = options.retryMs ?? 1000;
  const syncTimeoutMs = options.syncTimeoutMs ?? 2000;
  let generation = 0;
  let listening = false;
  let closed = false;
  let client: pg.Client | null = null;
  let retry = baseRetry;
  let timer: NodeJS.Timeout | null = null;
  let waiters: (() => void)[] = [];

  const lost = (error?: unknown) => {
    if (error !== undefined) options.onError?.(error);
    generation++;
    listening = false;
    const old = client;
    client = null;
    old?.removeAllListeners();
    old?.on("error", () => {});
    void old?.end().catch(() => {});
    if (!closed && timer === null) {
      timer = setTimeout(() => {
        timer = null;
        void connect();
      }, retry);
      timer.unref();
      retry = Math.min(retry * 2, 30_000);
    }
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString, application_name: `kk-listen-${channel}` });
    client = next;
    next.on("notification", (message) => {
      if (message.channel === channel) generation++;
    });
    next.on("error", (error) => lost(error));
    next.on("end", () => {
      if (client === next) lost();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
      if (closed || client !== next) return;
      generation++;
      listening = true;
      retry = baseRetry;
      for (const resolve of waiters) resolve();
      waiters = [];
    } catch (error) {
      if (client === next) lost(error);
    }
  };

  // The round trip that has been sent and not yet answered, and the one waiting to be sent after it.
  let inFlight: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  const roundTrip = (): Promise<void> => {
    const current = client;
    if (!listening || current === null) return Promise.resolve();
    // A connection that stops answering must not hold every request: after the timeout it counts as
    // lost (generation() null, so callers read the database) and the feed reconnects.
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        if (client === current) lost(new Error(`No answer to the change feed's sync within ${syncTimeoutMs} ms`));
        resolve();
      }, syncTimeoutMs);
      timer.unref();
    });
    const answered = current.query("SELECT 1").then(
      () => undefined,
      () => undefined, // a lost connection: lost() has made generation() null
    );
    const trip = Promise.race([answered, timedOut]).finally(() => clearTimeout(timer));
    inFlight = trip;
    void trip.then(() => {
      if (inFlight === trip) inFlight = null;
    });
    return trip;
  };
  const sync = (): Promise<void> => {
    if (!listening) return Promise.resolve();
    // A round trip already sent may have been answered before this caller's moment: wait for the next one.
    if (inFlight === null) return roundTrip();
    queued ??= inFlight.then(() => {
      queued = null;
      // One statement at a time on the connection: a round trip someone started meanwhile began
      // after these callers arrived, so it serves them too.
      return inFlight ?? roundTrip();
    });
    return queued;
  };

  void connect();
  return {
    generation: () => (listening ? generation : null),
    sync,
    ready: () => (listening || closed ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    close: async () => {
      closed = true;
      listening = false;
      if (timer !== null) clearTimeout(timer);
      for (const resolve of waiters) resolve();
      waiters = [];
      const old = client;
      client = null;
      old?.removeAllListeners();
      old?.on("error", () => {});
      await old?.end().catch(() => {});
    },
  };
}

/** A feed that never listens: every cache on it loads each time (no database URL, e.g. unit tests). */
export const NOT_LISTENING: ChangeFeed = { generation: () => null, ready: async () => {}, sync: async () => {}, close: async () => {} };

/**
 * This process's feed for `channel` on DATABASE_URL, with connection problems logged under `label`;
 * NOT_LISTENING when the process has no database URL.
 */
export function processFeed(channel: string, label: string, connectionString = process.env.DATABASE_URL): ChangeFeed {
  if (!connectionString) return NOT_LISTENING;
  return listenForChanges(connectionString, channel, {
    onError: (error) => console.warn(`[${label}] change feed:`, error instanceof Error ? error.message : error),
  });
}

/**
 * A value loaded on demand and kept while the feed's generation stays the same. The generation is
 * read before loading, so a change committed during a load makes the next call load again. While
 * the feed is not listening every call loads (correct, only slower). A failed load is not kept.
 */
export function cachedUntilChanged<T>(feed: Pick<ChangeFeed, "generation">, load: () => Promise<T>): () => Promise<T> {
  let entry: { generation: number; value: Promise<T> } | null = null;
  return () => {
    const generation = feed.generation();
    if (generation === null) return load();
    if (entry !== null && entry.generation === generation) return entry.value;
    const value = load();
    const current = { generation, value };
    entry = current;
    value.catch(() => {
      if (entry === current) entry = null;
    });
    return value;
  };
}

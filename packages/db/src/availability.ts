import pg from "pg";

/*
 * Is the database there? (issue 14, "Fault test"; docs/security.md, "O — Database outage".)
 *
 * Two pieces, both cheap and without the Prisma client, so the web proxy can import them:
 * - `isDatabaseUnavailable(error)` tells an outage (server down, restarting, connection cut,
 *   pool exhausted) from every other error, through Prisma's and pg's wrappers and `cause` chains;
 *   tRPC answers those with 503 instead of a masked 500.
 * - `createAvailabilityGate(probe)` remembers the last answer of a health probe for a short while,
 *   so the proxy can answer pages with a 503 page without a database round trip per request.
 */

/** Prisma's codes for "no connection": P1001 can't reach, P1002 timed out, P1017 closed, P2024 pool timeout. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

/** The driver adapter's kinds for the same (packages @prisma/driver-adapter-utils, adapter-pg). */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/** Socket errors from Node (a server that is gone, or a network between us that is). */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

/**
 * PostgreSQL SQLSTATEs for an outage: class 08 (connection exception), 57P01 admin shutdown,
 * 57P02 crash shutdown, 57P03 cannot connect now (starting up, shutting down, recovering),
 * 53300 too many connections.
 */
function isOutageSqlState(code: string): boolean {
  return /^08[0-9A-Z]{3}$/.test(code) || code === "57P01" || code === "57P02" || code === "57P03" || code === "53300";
}

/** pg's own messages when a connection dies or cannot be had (these errors carry no code). */
const PG_MESSAGES = [
  "Connection terminated unexpectedly",
  "Connection terminated due to connection timeout",
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error and is not queryable",
];

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
}

function describesOutage(error: Record<string, unknown>): boolean {
  const code = error.code;
  if (typeof code === "string") {
    if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || isOutageSqlState(code)) return true;
  }
  if (typeof error.originalCode === "string" && isOutageSqlState(error.originalCode)) return true;
  if (typeof error.kind === "string" && ADAPTER_KINDS.has(error.kind)) return true;
  const message = error.message;
  return typeof message === "string" && PG_MESSAGES.some((known) => message === known || message.startsWith(`${known}.`));
}

/**
 * True when `error` (or anything it wraps: `cause`, Prisma's `meta.driverAdapterError`, an
 * AggregateError's `errors`) says the database cannot be reached right now. False for every
 * other error, including a query error such as a unique violation or a syntax error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = asRecord(queue.shift());
    if (!current || seen.has(current) || seen.size > 20) continue;
    seen.add(current);
    if (describesOutage(current)) return true;
    queue.push(current.cause);
    const meta = asRecord(current.meta);
    if (meta) queue.push(meta.driverAdapterError);
    if (Array.isArray(current.errors)) queue.push(...(current.errors as unknown[]));
  }
  return false;
}

/** One health probe: resolves true when the database answered, false otherwise (never rejects). */
export type AvailabilityProbe = () => Promise<boolean>;

export interface AvailabilityGateOptions {
  /** How long an "up" answer is trusted (ms). A short outage is seen at most this late. */
  upForMs?: number;
  /** How long a "down" answer is trusted before probing again (ms): recovery is seen this soon. */
  downForMs?: number;
  /** The clock, in ms (tests pass their own). */
  nowMs?: () => number;
}

export interface AvailabilityGate {
  /** The database's state as last seen, probing again when that answer is too old. */
  isUp(): Promise<boolean>;
}

/**
 * Remembers the last probe's answer for `upForMs` (up) or `downForMs` (down). Callers that ask
 * while a probe runs share it, so a burst of requests during an outage costs one probe.
 */
export function createAvailabilityGate(probe: AvailabilityProbe, options: AvailabilityGateOptions = {}): AvailabilityGate {
  const upForMs = options.upForMs ?? 1000;
  const downForMs = options.downForMs ?? 250;
  const nowMs = options.nowMs ?? Date.now;
  let last: { up: boolean; at: number } | null = null;
  let running: Promise<boolean> | null = null;

  return {
    async isUp() {
      if (last && nowMs() - last.at < (last.up ? upForMs : downForMs)) return last.up;
      running ??= probe()
        .catch(() => false)
        .then((up) => {
          last = { up, at: nowMs() };
          running = null;
          return up;
        });
      return running;
    },
  };
}

/**
 * A probe on its own small pool (one connection, reused while the server lives): `select 1`
 * within `timeoutMs`. A server that is down refuses the connection at once; one that hangs is
 * given up on after the timeout.
 */
export function createPostgresProbe(connectionString: string, timeoutMs = 1500): AvailabilityProbe {
  const pool = new pg.Pool({
    connectionString,
    max: 1,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    allowExitOnIdle: true,
  });
  // An idle connection cut by a restarting server is reported here; the pool drops it itself.
  pool.on("error", () => undefined);
  return async () => {
    try {
      await pool.query("select 1");
      return true;
    } catch {
      return false;
    }
  };
}

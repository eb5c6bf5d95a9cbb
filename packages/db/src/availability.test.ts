import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "./client.ts";
import { createAvailabilityGate, createPostgresProbe, isDatabaseUnavailable } from "./availability.ts";
import { findFreePort, startEmbeddedPostgres } from "./embedded-postgres.ts";

/** Prisma's error as it arrives (shape seen on Prisma 7 with @prisma/adapter-pg; see the outage test below). */
function prismaError(code: string, cause?: Record<string, unknown>): Error {
  const error = new Error(`Invalid invocation (${code})`) as Error & { code: string; meta?: unknown };
  error.name = "PrismaClientKnownRequestError";
  error.code = code;
  if (cause) error.meta = { driverAdapterError: { name: "DriverAdapterError", cause } };
  return error;
}

function socketError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, syscall: "connect", errno: -111 });
}

describe("isDatabaseUnavailable: an outage", () => {
  it.each<[string, unknown]>([
    ["Prisma P1001, can't reach (server down)", prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
    ["Prisma P1001 without meta", prismaError("P1001")],
    ["Prisma P1017, server closed the connection", prismaError("P1017")],
    ["Prisma P2024, no connection from the pool in time", prismaError("P2024")],
    ["57P01 admin shutdown during a query (fast shutdown)", prismaError("P2010", { kind: "postgres", code: "57P01", originalCode: "57P01", severity: "FATAL", message: "terminating connection due to administrator command" })],
    ["57P03 cannot connect now (starting up)", prismaError("P2010", { kind: "postgres", code: "57P03", originalCode: "57P03", message: "the database system is starting up" })],
    ["57P02 crash shutdown (another backend crashed)", { code: "57P02", severity: "FATAL", message: "terminating connection because of crash of another server process" }],
    ["class 08: connection failure", { code: "08006", message: "connection failure" }],
    ["53300 too many connections", prismaError("P2037", { kind: "TooManyConnections", cause: "sorry, too many clients already" })],
    ["adapter kind ConnectionClosed (ECONNRESET, immediate kill)", prismaError("P1017", { kind: "ConnectionClosed" })],
    ["adapter kind SocketTimeout", { name: "DriverAdapterError", cause: { kind: "SocketTimeout" } }],
    ["raw ECONNREFUSED", socketError("ECONNREFUSED")],
    ["raw ECONNRESET", socketError("ECONNRESET")],
    ["pg: Connection terminated unexpectedly", new Error("Connection terminated unexpectedly")],
    ["pg: pool connect timeout", new Error("timeout exceeded when trying to connect")],
    ["wrapped as a tRPC error's cause", Object.assign(new Error("Invalid invocation"), { code: "INTERNAL_SERVER_ERROR", cause: prismaError("P1001") })],
    ["inside an AggregateError (pg tries IPv4 and IPv6)", new AggregateError([socketError("ECONNREFUSED"), socketError("ECONNREFUSED")], "")],
  ])("%s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
});

describe("isDatabaseUnavailable: not an outage", () => {
  const cyclic: Record<string, unknown> = { message: "loop" };
  cyclic.cause = cyclic;
  it.each<[string, unknown]>([
    ["unique violation", prismaError("P2002")],
    ["record not found", prismaError("P2025")],
    ["a SQL error (syntax) in a raw query", prismaError("P2010", { kind: "postgres", code: "42601", originalCode: "42601", message: "syntax error" })],
    ["a NUL byte refused by PostgreSQL", { code: "22021", message: "invalid byte sequence for encoding \"UTF8\": 0x00" }],
    ["a serialization failure (retry, but not an outage)", { code: "40001", message: "could not serialize access" }],
    ["authentication failed (a configuration error, loud 500)", prismaError("P1000", { kind: "AuthenticationFailed" })],
    ["a TypeError in our code", new TypeError("Cannot read properties of undefined")],
    ["a tRPC NOT_FOUND", Object.assign(new Error("Deze casus bestaat niet."), { code: "NOT_FOUND" })],
    ["a message that merely mentions a connection", new Error("Connection terminated by the user's browser? no")],
    ["a cyclic cause chain", cyclic],
    ["null", null],
    ["a string", "ECONNREFUSED"],
  ])("%s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe("createAvailabilityGate", () => {
  function fakeProbe(answers: boolean[]) {
    let calls = 0;
    const probe = async () => {
      calls += 1;
      return answers.shift() ?? true;
    };
    return { probe, calls: () => calls };
  }

  it("trusts an up answer for upForMs and a down answer for downForMs", async () => {
    let now = 0;
    const { probe, calls } = fakeProbe([true, false, false, true]);
    const gate = createAvailabilityGate(probe, { upForMs: 1000, downForMs: 250, nowMs: () => now });
    const steps: [number, boolean, number][] = [
      // [time, answer, probes so far]
      [0, true, 1],
      [999, true, 1], // still trusted
      [1000, false, 2], // stale: probed, now down
      [1249, false, 2], // down answer trusted
      [1250, false, 3], // probed again, still down
      [1500, true, 4], // back: seen within downForMs
      [2400, true, 4],
    ];
    for (const [time, up, probes] of steps) {
      now = time;
      expect([time, await gate.isUp()]).toEqual([time, up]);
      expect([time, calls()]).toEqual([time, probes]);
    }
  });

  it("shares one running probe between callers", async () => {
    let release: (up: boolean) => void = () => undefined;
    let calls = 0;
    const gate = createAvailabilityGate(() => {
      calls += 1;
      return new Promise<boolean>((resolve) => (release = resolve));
    });
    const answers = Promise.all([gate.isUp(), gate.isUp(), gate.isUp()]);
    release(false);
    expect(await answers).toEqual([false, false, false]);
    expect(calls).toBe(1);
  });

  it("counts a probe that throws as down", async () => {
    const gate = createAvailabilityGate(() => Promise.reject(new Error("boom")));
    expect(await gate.isUp()).toBe(false);
  });
});

/*
 * The real thing: a PostgreSQL of its own (the shared test server must stay up for the other
 * files), stopped and started again on the same data directory under a live Prisma client and
 * probe. Shows the errors above are the ones Prisma really raises, and that the pool reconnects
 * by itself once the server is back: the portal recovers without a restart.
 */
describe("a real outage: PostgreSQL stopped and started again", () => {
  it("is classified as unavailable while down, and Prisma and the probe recover without a new client", async () => {
    const dataDir = path.join(os.tmpdir(), `kk-test-outage-${randomBytes(4).toString("hex")}`);
    const port = await findFreePort();
    let server = await startEmbeddedPostgres({ dataDir, port });
    const db = createPrismaClient(server.urlFor("postgres"));
    const probe = createPostgresProbe(server.urlFor("postgres"), 1000);
    try {
      expect(await db.$queryRaw`select 1 as one`).toEqual([{ one: 1 }]);
      expect(await probe()).toBe(true);

      // A query in flight when the server shuts down (fast shutdown: 57P01 to every backend).
      const inFlight = db.$queryRaw`select pg_sleep(10)`.then(
        () => "answered",
        (error: unknown) => error,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      await server.stop();
      const inFlightError = await inFlight;
      expect(isDatabaseUnavailable(inFlightError)).toBe(true);

      const whileDown = await db.$queryRaw`select 1`.then(
        () => "answered",
        (error: unknown) => error,
      );
      expect(isDatabaseUnavailable(whileDown)).toBe(true);
      expect(await probe()).toBe(false);

      server = await startEmbeddedPostgres({ dataDir, port });
      expect(await db.$queryRaw`select 2 as two`).toEqual([{ two: 2 }]);
      expect(await probe()).toBe(true);
    } finally {
      await db.$disconnect();
      await server.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
      await fs.rm(`${dataDir}.log`, { force: true });
    }
  });
});

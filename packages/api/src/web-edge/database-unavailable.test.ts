import { createPrismaClient } from "@kk/db";
import { findFreePort } from "@kk/db/embedded";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { createTRPCContext } from "../trpc.ts";
import { DATABASE_UNAVAILABLE_MESSAGE, RETRY_AFTER_SECONDS } from "./database-unavailable.ts";
import { handleTrpcRequest } from "./handle-trpc-request.ts";

/**
 * Issue 14, fault test: /api/trpc while the database cannot be reached answers 503 with a Dutch
 * message and Retry-After, not the masked 500 of an unexpected error. The database here is a real
 * Prisma client on a port where nothing listens (a stopped server looks the same to the driver);
 * scripts/test-faults.ts does the same against a PostgreSQL that is really stopped and restarted.
 */
const NOW = new Date("2026-03-02T10:00:00Z");
const ORIGIN = "http://portal.test";

let t: ApiTestDatabase;
let down: ReturnType<typeof createPrismaClient>;
const logged: { line: string; error: unknown }[] = [];

beforeAll(async () => {
  t = await createApiTestDatabase("database-unavailable", { now: NOW });
  down = createPrismaClient(`postgresql://postgres:postgres@127.0.0.1:${await findFreePort()}/gone`);
});
afterAll(async () => {
  await down.$disconnect();
  await t.drop();
});

type Context = Parameters<typeof handleTrpcRequest>[1]["createContext"];

function call(request: Request, createContext: Context): Promise<Response> {
  return handleTrpcRequest(request, { createContext, log: (line, error) => logged.push({ line, error }) });
}

/** The route's context: the session user is read from the database, so it fails first. */
const contextReadingTheSession: Context = async () => {
  await down.user.findFirst({ where: { id: t.users.PROFESSIONAL.id } });
  return createTRPCContext({ db: down, user: t.users.PROFESSIONAL, now: () => NOW });
};
const contextWithDownDatabase: Context = async () => createTRPCContext({ db: down, user: t.users.PROFESSIONAL, now: () => NOW });

function query(paths: string[], input: unknown): Request {
  const inputs = Object.fromEntries(paths.map((_, index) => [index, superjson.serialize(input)]));
  const batch = paths.length > 1 ? "&batch=1" : "";
  const inputParam = paths.length > 1 ? JSON.stringify(inputs) : JSON.stringify(superjson.serialize(input));
  return new Request(`${ORIGIN}/api/trpc/${paths.join(",")}?input=${encodeURIComponent(inputParam)}${batch}`, { headers: { host: "portal.test" } });
}

function mutation(path: string, input: unknown): Request {
  return new Request(`${ORIGIN}/api/trpc/${path}`, {
    method: "POST",
    body: JSON.stringify(superjson.serialize(input)),
    headers: { host: "portal.test", "content-type": "application/json", origin: ORIGIN, "sec-fetch-site": "same-origin" },
  });
}

interface ErrorJson {
  message: string;
  data: { code: string; httpStatus: number; errorId: string | null; stack?: unknown };
}

async function errorsOf(response: Response): Promise<ErrorJson[]> {
  const body = (await response.json()) as { error: { json: ErrorJson } } | { error: { json: ErrorJson } }[];
  return (Array.isArray(body) ? body : [body]).map((entry) => entry.error.json);
}

describe("/api/trpc while the database is down", () => {
  it.each<[string, () => Request, Context]>([
    ["a query whose procedure reads the database", () => query(["directory.search"], { q: "jeugd" }), contextWithDownDatabase],
    ["a mutation (nothing can be written)", () => mutation("meetingCalendar.createFeed", {}), contextWithDownDatabase],
    ["any call, when reading the session already fails", () => query(["directory.search"], { q: "jeugd" }), contextReadingTheSession],
    ["a batch of calls", () => query(["directory.search", "organisation.options"], { q: "" }), contextWithDownDatabase],
  ])("%s: 503, Dutch, Retry-After, no details", async (_label, request, createContext) => {
    logged.length = 0;
    const started = performance.now();
    const response = await call(request(), createContext);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    const text = await response.clone().text();
    for (const error of await errorsOf(response)) {
      expect(error.message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
      expect(error.data).toMatchObject({ code: "SERVICE_UNAVAILABLE", httpStatus: 503, errorId: null });
      expect(error.data.stack ?? null).toBeNull();
    }
    for (const leak of ["127.0.0.1", "P1001", "prisma", "Prisma", "reach", "/work/", "node_modules", "at "]) {
      expect(text, `response contains "${leak}"`).not.toContain(leak);
    }
    // Expected during an outage: a short line per call, not an error id with a stack.
    expect(logged.length).toBeGreaterThan(0);
    for (const entry of logged) expect(entry.line).toMatch(/^\[database\] unavailable: tRPC /);
  });

  it("answers normally (200, no Retry-After) once the database is there", async () => {
    const response = await call(query(["directory.search"], { q: "jeugd" }), async () =>
      createTRPCContext({ db: t.db, user: t.users.PROFESSIONAL, now: () => NOW }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("retry-after")).toBeNull();
  });
});

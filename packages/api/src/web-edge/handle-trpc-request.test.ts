import type { SessionUser } from "@kk/auth/roles";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { createTRPCContext } from "../trpc.ts";
import { handleTrpcRequest, MAX_TRPC_BODY_BYTES, MAX_TRPC_FILE_BODY_BYTES } from "./handle-trpc-request.ts";
import { UNSAFE_TEXT_MESSAGE } from "./unsafe-text.ts";

/**
 * Issue 14, part E: /api/trpc as the browser reaches it (Request in, Response out), on a real
 * database. Findings 6b (body and batch caps), 9a (unsafe text refused, unexpected errors masked
 * with an id) and 9b (cross-site and form posts refused).
 */
const NOW = new Date("2026-03-02T10:00:00Z");
const ORIGIN = "http://portal.test";

let t: ApiTestDatabase;
const logged: { line: string; error: unknown }[] = [];

beforeAll(async () => {
  t = await createApiTestDatabase("web-edge", { now: NOW });
});
afterAll(async () => {
  await t.drop();
});

function call(request: Request, user: SessionUser | null = t.users.PROFESSIONAL, db = t.db): Promise<Response> {
  return handleTrpcRequest(request, {
    createContext: async () => createTRPCContext({ db, user, now: () => NOW }),
    publicUrls: ["https://portaal.example.nl/"],
    log: (line, error) => logged.push({ line, error }),
  });
}

function query(path: string, input: unknown, headers: Record<string, string> = {}): Request {
  const url = `${ORIGIN}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
  return new Request(url, { headers: { host: "portal.test", ...headers } });
}

function mutation(path: string, body: BodyInit | null, headers: Record<string, string>): Request {
  return new Request(`${ORIGIN}/api/trpc/${path}`, { method: "POST", body, headers: { host: "portal.test", ...headers } });
}

const json = { "content-type": "application/json" };
const sameOrigin = { ...json, origin: ORIGIN, "sec-fetch-site": "same-origin" };

async function errorOf(response: Response): Promise<{ message: string; data: { code: string; httpStatus: number; fieldErrors: Record<string, string[]> | null; errorId: string | null } }> {
  const body = (await response.json()) as { error: { json: never } } | { error: { json: never } }[];
  return (Array.isArray(body) ? body[0]! : body).error.json;
}

async function feedCount(): Promise<number> {
  return t.db.calendarFeedToken.count({ where: { userId: t.users.PROFESSIONAL.id } });
}

describe("9a: unsafe characters in text are a Dutch 400, not a database error", () => {
  it.each([
    ["a NUL byte in the search", { q: "jeugd\u0000zorg" }, "q"],
    ["a NUL byte alone", { q: "\u0000" }, "q"],
    ["a NUL byte in a filter", { q: "", type: ["Wijkteam\u0000"] }, "type.0"],
    ["a lone high surrogate", { q: "zorg\ud800" }, "q"],
    ["a lone low surrogate", { q: "\udc00zorg" }, "q"],
    ["an escape character", { q: "zorg\u001b[31m" }, "q"],
  ])("%s", async (_label, input, field) => {
    const response = await call(query("directory.search", input));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.message).toBe(UNSAFE_TEXT_MESSAGE);
    expect(error.data.fieldErrors).toEqual({ [field]: [UNSAFE_TEXT_MESSAGE] });
  });

  it("keeps ordinary text, emoji, accents, tabs and newlines", async () => {
    const response = await call(query("directory.search", { q: "jeugd 👪 coördinatie\tnoord\n" }));
    expect(response.status).toBe(200);
  });

  it("refuses a NUL byte in a mutation's text field on that field, before anything is written", async () => {
    const before = await t.db.user.count();
    const input = { email: "nieuw@test.example", name: "Nieuwe\u0000Gebruiker", role: "PROFESSIONAL", organisationId: null, password: "" };
    const response = await call(mutation("user.create", JSON.stringify(superjson.serialize(input)), sameOrigin), t.users.BEHEERDER);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).data.fieldErrors).toEqual({ name: [UNSAFE_TEXT_MESSAGE] });
    expect(await t.db.user.count()).toBe(before);
  });

  it("checks the role before the text: an anonymous caller with a NUL byte gets 401", async () => {
    const response = await call(query("directory.search", { q: "\u0000" }), null);
    expect(response.status).toBe(401);
  });
});

describe("9a: an unexpected server error is masked and logged with an id", () => {
  it("answers a generic Dutch message with an error id and logs the details under it", async () => {
    const broken = await createApiTestDatabase("web-edge-broken", { now: NOW });
    try {
      // The database fails under the procedure (as a Prisma error with internals in its message).
      await broken.db.$executeRawUnsafe(`ALTER TABLE "Organisation" RENAME TO "OrganisationGone"`);
      logged.length = 0;
      const response = await call(query("directory.search", { q: "jeugd" }), broken.users.PROFESSIONAL, broken.db);
      expect(response.status).toBe(500);
      const text = await response.clone().text();
      const error = await errorOf(response);
      expect(error.data.errorId).toMatch(/^[0-9A-F]{8}$/);
      expect(error.message).toContain(`foutcode ${error.data.errorId}`);
      expect(error.message).toMatch(/^Er ging iets mis aan onze kant\./);
      for (const leak of ["Organisation", "prisma", "Prisma", "relation", "/work/", "node_modules", "at "]) {
        expect(text, `response contains "${leak}"`).not.toContain(leak);
      }
      expect(logged).toHaveLength(1);
      expect(logged[0]!.line).toContain(`[fout ${error.data.errorId}]`);
      expect(logged[0]!.line).toContain("directory.search");
      expect(String(logged[0]!.error)).toMatch(/Organisation/);
    } finally {
      await broken.drop();
    }
  });
});

describe("9b: state-changing requests only from our own origin, and only as JSON", () => {
  it("accepts a same-origin JSON mutation (the portal's own client)", async () => {
    const before = await feedCount();
    const response = await call(mutation("meetingCalendar.createFeed", "{}", sameOrigin));
    expect(response.status).toBe(200);
    expect(await feedCount()).toBe(before + 1);
  });

  it("accepts the configured public origin behind a proxy", async () => {
    const response = await call(mutation("meetingCalendar.revokeFeed", "{}", { ...json, origin: "https://portaal.example.nl" }));
    expect(response.status).toBe(200);
  });

  it.each([
    ["an Origin of another site", { ...json, origin: "https://evil.example" }],
    ["an Origin of another port", { ...json, origin: "http://portal.test:8080" }],
    ["Origin null (sandboxed frame)", { ...json, origin: "null" }],
    ["Sec-Fetch-Site cross-site", { ...json, "sec-fetch-site": "cross-site" }],
    ["Sec-Fetch-Site same-site (a sibling subdomain)", { ...json, "sec-fetch-site": "same-site", origin: "http://evil.portal.test" }],
    ["a matching Origin but Sec-Fetch-Site cross-site", { ...json, origin: ORIGIN, "sec-fetch-site": "cross-site" }],
  ])("refuses %s with 403 and writes nothing", async (_label, headers) => {
    const before = await feedCount();
    const response = await call(mutation("meetingCalendar.createFeed", "{}", headers));
    expect(response.status).toBe(403);
    expect((await errorOf(response)).message).toBe("Dit verzoek komt niet van het portaal zelf en is geweigerd.");
    expect(await feedCount()).toBe(before);
  });

  it.each([
    ["multipart/form-data", () => new FormData(), {}],
    ["application/x-www-form-urlencoded", () => "a=1", { "content-type": "application/x-www-form-urlencoded" }],
    ["text/plain", () => "{}", { "content-type": "text/plain" }],
    ["application/octet-stream", () => new Uint8Array([1, 2, 3]), { "content-type": "application/octet-stream" }],
    ["no content type", () => null, {}],
  ] as [string, () => BodyInit | null, Record<string, string>][])("refuses a form post as %s with 415 and writes nothing", async (_label, body, headers) => {
    const before = await feedCount();
    const response = await call(mutation("meetingCalendar.createFeed", body(), headers));
    expect(response.status).toBe(415);
    expect((await errorOf(response)).message).toBe("Dit soort verzoek wordt niet geaccepteerd: het portaal verwacht JSON.");
    expect(await feedCount()).toBe(before);
  });
});

describe("6b: request body and batch size are capped", () => {
  it("refuses a body above 1 MB by its Content-Length with a Dutch 413", async () => {
    const big = JSON.stringify({ 0: { json: { q: "x".repeat(MAX_TRPC_BODY_BYTES) } } });
    const response = await call(mutation("meetingCalendar.createFeed?batch=1", big, sameOrigin));
    expect(response.status).toBe(413);
    expect((await errorOf(response)).message).toBe("Het verzoek is te groot.");
  });

  it("lets an import carry its base64 file above 1 MB, up to 15 MB", async () => {
    const input = { fileName: "groot.csv", contentBase64: "A".repeat(2 * MAX_TRPC_BODY_BYTES) };
    const body = JSON.stringify(superjson.serialize(input));
    const response = await call(mutation("directoryImport.preview", body, sameOrigin), t.users.BEHEERDER);
    expect(response.status).not.toBe(413);
    const tooBig = JSON.stringify({ json: { fileName: "x.csv", contentBase64: "A".repeat(MAX_TRPC_FILE_BODY_BYTES) } });
    expect((await call(mutation("directoryImport.preview", tooBig, sameOrigin), t.users.BEHEERDER)).status).toBe(413);
  });

  it("refuses a streamed body without Content-Length once it passes 1 MB", async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // An endless body: the cap must stop reading it.
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const request = new Request(`${ORIGIN}/api/trpc/meetingCalendar.createFeed`, {
      method: "POST",
      body: stream,
      headers: { host: "portal.test", ...sameOrigin },
      duplex: "half",
    } as RequestInit & { duplex: "half" });
    const response = await call(request);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(MAX_TRPC_BODY_BYTES + 4 * chunk.byteLength);
  });

  it("answers a batch of 20 and refuses a batch of 21 (and 700) with a Dutch 400", async () => {
    const batch = (n: number) => {
      const paths = Array.from({ length: n }, () => "directory.facets").join(",");
      return new Request(`${ORIGIN}/api/trpc/${paths}?batch=1&input=${encodeURIComponent("{}")}`, { headers: { host: "portal.test" } });
    };
    expect((await call(batch(20))).status).toBe(200);
    for (const n of [21, 700]) {
      const response = await call(batch(n));
      expect(response.status).toBe(400);
      expect((await errorOf(response)).message).toBe("Te veel verzoeken tegelijk: hooguit 20 per keer.");
    }
  });
});

describe("answers are never cached nor rendered as a page (ASVS V8.2.1, V14.4.2)", () => {
  it.each([
    ["a successful query", () => query("directory.search", { q: "zorg" }), 200],
    ["a refused query", () => query("directory.search", { q: "\u0000" }), 400],
  ])("%s carries Cache-Control: no-store and Content-Disposition: attachment", async (_label, request, status) => {
    const response = await call(request());
    expect(response.status).toBe(status);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="api.json"');
  });
});

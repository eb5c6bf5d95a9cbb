import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import * as messages from "@/messages/catalogue";
import { fileResponse, plainError, signInRedirect, trpcErrorResponse } from "./route-response";

describe("trpcErrorResponse", () => {
  it.each([
    ["UNAUTHORIZED", {}, 401, messages.signIn.title],
    ["FORBIDDEN", {}, 403, messages.errors.forbiddenTitle],
    ["NOT_FOUND", {}, 404, messages.errors.notFoundTitle],
    ["BAD_REQUEST", {}, 400, "invoer onjuist"],
    ["BAD_REQUEST", { status: { BAD_REQUEST: 404 } }, 404, messages.errors.notFoundTitle],
    ["BAD_REQUEST", { body: { 400: "Kies een ander filter." } }, 400, "Kies een ander filter."],
    ["NOT_FOUND", { body: { 404: (error: TRPCError) => error.message } }, 404, "invoer onjuist"],
    ["CONFLICT", {}, 409, "invoer onjuist"],
  ] as const)("%s with %o is %i", async (code, mapping, status, body) => {
    const response = trpcErrorResponse(new TRPCError({ code, message: "invoer onjuist" }), mapping);
    expect(response.status).toBe(status);
    expect(await response.text()).toBe(body);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });

  it.each([new TRPCError({ code: "INTERNAL_SERVER_ERROR" }), new Error("boom"), "not an error"])("throws %s on", (error) => {
    expect(() => trpcErrorResponse(error)).toThrow();
  });
});

describe("fileResponse", () => {
  it("sends an attachment that no cache keeps", async () => {
    const response = fileResponse({ contentType: "text/csv; charset=utf-8", fileName: "sociale-kaart-2026-01-02.csv", body: "a;b" }, { ETag: '"x"' });
    expect(Object.fromEntries(response.headers.entries())).toMatchObject({
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="sociale-kaart-2026-01-02.csv"; filename*=UTF-8''sociale-kaart-2026-01-02.csv`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      etag: '"x"',
    });
    expect(await response.text()).toBe("a;b");
  });

  it("keeps binary bodies byte for byte", async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    const response = fileResponse({ contentType: "application/pdf", fileName: "convenant.pdf", body: bytes });
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });
});

describe("plainError and signInRedirect", () => {
  it("answers in plain text", async () => {
    const response = plainError(400, "Kies het formaat csv of xlsx.");
    expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe("Kies het formaat csv of xlsx.");
  });

  it("sends the signed-out user to sign in and back", () => {
    const response = signInRedirect("/werkateliers/abc");
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/inloggen?callbackUrl=%2Fwerkateliers%2Fabc");
  });
});

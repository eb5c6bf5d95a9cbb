import { TRPCClientError } from "@trpc/client";
import type { FieldErrors } from "react-hook-form";
import { describe, expect, it } from "vitest";
import * as messages from "@/messages/catalogue";
import { applyServerError, serverErrorCode, serverErrorMessage, serverFieldError, summaryItems } from "./server-error";

/** A tRPC error as the client sees it: a code and the API's Dutch field errors. */
function apiError(code: string, fieldErrors?: Record<string, string[]>, message = "Mislukt."): TRPCClientError<never> {
  return new TRPCClientError(message, { result: { error: { message, code: -32600, data: { code, httpStatus: 400, path: "x", fieldErrors } } } } as never);
}

describe("applyServerError", () => {
  const cases: Array<{ name: string; error: unknown; known: readonly string[]; placed: Record<string, string>; formError: string | null }> = [
    { name: "field errors on known fields, nothing at the top", error: apiError("BAD_REQUEST", { title: ["Te lang."] }), known: ["title"], placed: { title: "Te lang." }, formError: null },
    { name: "an error on a field the form lacks goes to the top", error: apiError("BAD_REQUEST", { catalogueVersion: ["Gewijzigd."] }), known: ["title"], placed: {}, formError: "Gewijzigd." },
    { name: "both: the known one inline, the other at the top", error: apiError("BAD_REQUEST", { title: ["Te lang."], version: ["Oud."] }), known: ["title"], placed: { title: "Te lang." }, formError: "Oud." },
    { name: "a conflict without fields", error: apiError("CONFLICT"), known: ["title"], placed: {}, formError: messages.forms.conflict },
    { name: "no permission", error: apiError("FORBIDDEN"), known: ["title"], placed: {}, formError: messages.forms.forbidden },
    { name: "not a tRPC error", error: new Error("kapot"), known: ["title"], placed: {}, formError: messages.forms.unexpected },
  ];
  it.each(cases)("$name", ({ error, known, placed, formError }) => {
    const set: Record<string, string> = {};
    const result = applyServerError(error, (field, { message }) => (set[field] = message ?? ""), known);
    expect(set).toEqual(placed);
    expect(result).toBe(formError);
  });

  it("accepts a predicate and renames the API's field to the form's", () => {
    const set: Record<string, string> = {};
    const result = applyServerError(
      apiError("BAD_REQUEST", { "items.1.knelpuntId": ["Kies."] }),
      (field, { message }) => (set[field] = message ?? ""),
      (field) => field.startsWith("items."),
      (field) => field.replace(/\.knelpuntId$/, ".discussed"),
    );
    expect(set).toEqual({ "items.1.discussed": "Kies." });
    expect(result).toBeNull();
  });
});

describe("summaryItems", () => {
  const errors = { title: { type: "x", message: "Vul een titel in." }, items: [undefined, { note: { type: "x", message: "Te lang." } }], tags: [{ type: "x", message: "Een tag is te lang." }] } as unknown as FieldErrors;
  const cases: Array<{ name: string; fields: string[]; formError: string | null; idOf?: (f: string) => string; expected: Array<{ fieldId?: string; message: string }> }> = [
    { name: "in the order given, the form error last", fields: ["items.1.note", "title"], formError: "Mislukt.", expected: [{ fieldId: "items.1.note", message: "Te lang." }, { fieldId: "title", message: "Vul een titel in." }, { message: "Mislukt." }] },
    { name: "an error inside a list shows on the list", fields: ["tags"], formError: null, expected: [{ fieldId: "tags", message: "Een tag is te lang." }] },
    { name: "fields without an error are left out", fields: ["body", "items.0.note"], formError: null, expected: [] },
    { name: "ids mapped when the field's id differs from its path", fields: ["title"], formError: null, idOf: (f) => `registratie-${f}`, expected: [{ fieldId: "registratie-title", message: "Vul een titel in." }] },
  ];
  it.each(cases)("$name", ({ fields, formError, idOf, expected }) => {
    expect(summaryItems(errors, fields, formError, idOf)).toEqual(expected);
  });
});

describe("serverErrorMessage and serverErrorCode", () => {
  it.each([
    { error: apiError("CONFLICT"), message: messages.forms.conflict, code: "CONFLICT" },
    { error: apiError("TOO_MANY_REQUESTS", undefined, "Te vaak geprobeerd."), message: "Te vaak geprobeerd.", code: "TOO_MANY_REQUESTS" },
    { error: "geen fout", message: messages.forms.unexpected, code: null },
  ])("$code", ({ error, message, code }) => {
    expect(serverErrorMessage(error)).toBe(message);
    expect(serverErrorCode(error)).toBe(code);
  });
});

describe("serverFieldError", () => {
  it.each([
    { name: "the first message for the field", error: apiError("BAD_REQUEST", { confirmNewVersion: ["Vink aan.", "Nog een."], note: ["Te lang."] }), field: "confirmNewVersion", expected: "Vink aan." },
    { name: "another field's error is not this field's", error: apiError("BAD_REQUEST", { note: ["Te lang."] }), field: "confirmNewVersion", expected: undefined },
    { name: "a conflict without fields", error: apiError("CONFLICT"), field: "confirmNewVersion", expected: undefined },
    { name: "not a tRPC error", error: new Error("kapot"), field: "confirmNewVersion", expected: undefined },
  ])("$name", ({ error, field, expected }) => {
    expect(serverFieldError(error, field)).toBe(expected);
  });
});

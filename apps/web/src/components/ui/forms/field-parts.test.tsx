import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { describedBy, FieldError } from "./field-parts";

describe("describedBy", () => {
  it.each([
    { name: "hint and error", hint: "Zoals op de brief.", error: "Vul in.", expected: "naam-hint naam-error" },
    { name: "only a hint", hint: "Zoals op de brief.", error: undefined, expected: "naam-hint" },
    { name: "only an error", hint: undefined, error: "Vul in.", expected: "naam-error" },
    { name: "neither: no attribute", hint: undefined, error: undefined, expected: undefined },
    { name: "an empty error counts as none", hint: null, error: "", expected: undefined },
  ])("$name", ({ hint, error, expected }) => {
    expect(describedBy("naam", hint, error)).toBe(expected);
  });
});

describe("FieldError", () => {
  it.each([
    { name: "with id, as the fields render it", props: { id: "naam-error", message: "Vul in." }, html: '<p id="naam-error" class="font-semibold text-danger"><span class="sr-only">Fout: </span>Vul in.</p>' },
    { name: "a list's error: extra spacing, no id", props: { message: "Kies er een.", className: "mb-3" }, html: '<p class="mb-3 font-semibold text-danger"><span class="sr-only">Fout: </span>Kies er een.</p>' },
    { name: "no message: nothing", props: { id: "naam-error", message: undefined }, html: "" },
    { name: "an empty message: nothing", props: { message: "" }, html: "" },
  ])("$name", ({ props, html }) => {
    expect(renderToStaticMarkup(<FieldError {...props} />)).toBe(html);
  });
});

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { describedBy, FieldError, FieldGroup } from "./field-parts";

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

describe("FieldGroup", () => {
  it.each([
    { name: "legend only", props: {}, html: '<fieldset class="mb-6 "><legend class="font-semibold">Soort</legend><i>opties</i></fieldset>' },
    {
      name: "hint and error: both described, the red bar",
      props: { hint: "Kies er een.", error: "Kies een soort." },
      html: '<fieldset class="mb-6 border-l-4 border-danger pl-4" aria-describedby="soort-hint soort-error"><legend class="font-semibold">Soort</legend><p id="soort-hint" class="text-ink-muted">Kies er een.</p><p id="soort-error" class="font-semibold text-danger"><span class="sr-only">Fout: </span>Kies een soort.</p><i>opties</i></fieldset>',
    },
    {
      name: "the radio group's own classes and a block hint",
      props: { hint: "Lijst", className: "mb-6 min-w-0", legendClassName: "text-lg", hintAs: "div" as const },
      html: '<fieldset class="mb-6 min-w-0 " aria-describedby="soort-hint"><legend class="text-lg">Soort</legend><div id="soort-hint" class="text-ink-muted">Lijst</div><i>opties</i></fieldset>',
    },
  ])("$name", ({ props, html }) => {
    expect(
      renderToStaticMarkup(
        <FieldGroup id="soort" legend="Soort" {...props}>
          <i>opties</i>
        </FieldGroup>,
      ),
    ).toBe(html);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hintedValues } from "./key-hints.ts";

describe("hintedValues: values in the format a field's name asks for", () => {
  it.each([
    ["email", /^[a-z]+@[a-z.]+$/],
    ["phone", /^[\d +-]+$/],
    ["postcode", /^\d{4} [A-Z]{2}$/],
    ["reviewDate", /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/],
    ["startsAt", /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/],
    ["month", /^\d{4}-\d{2}$/],
    ["year", /^\d+$/],
    ["children0to17", /^(\d+|\.)$/],
  ])("%s", (key, format) => {
    const hinted = hintedValues(key);
    expect(hinted).not.toBeNull();
    for (const value of fc.sample(hinted!, { seed: 1, numRuns: 100 })) expect(value).toMatch(format);
  });

  it("says nothing for a name without a format", () => {
    expect(hintedValues("name")).toBeNull();
    expect(hintedValues("q")).toBeNull();
  });
});

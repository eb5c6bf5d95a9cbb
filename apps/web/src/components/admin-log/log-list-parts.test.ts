import { describe, expect, it } from "vitest";
import { firstParam, logPageHref } from "./log-list-parts";

describe("firstParam", () => {
  it.each([
    { value: undefined, expected: undefined },
    { value: "", expected: undefined },
    { value: "   ", expected: undefined },
    { value: " Organisation ", expected: "Organisation" },
    { value: ["user", "contact"], expected: "user" },
    { value: [], expected: undefined },
  ])("$value → $expected", ({ value, expected }) => {
    expect(firstParam(value)).toBe(expected);
  });
});

describe("logPageHref", () => {
  it.each([
    { kind: undefined, before: undefined, expected: "/beheer/audit" },
    { kind: "Organisation", before: undefined, expected: "/beheer/audit?soort=Organisation" },
    { kind: undefined, before: "1234", expected: "/beheer/audit?voor=1234" },
    { kind: "password-reset", before: "2026-01-02T03:04:05.000Z_abc1", expected: "/beheer/audit?soort=password-reset&voor=2026-01-02T03%3A04%3A05.000Z_abc1" },
  ])("$kind, $before", ({ kind, before, expected }) => {
    expect(logPageHref("/beheer/audit", kind, before)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { municipalityFromParam } from "./municipality-picker";

const municipalities = [{ code: "GM0505" }, { code: "GM0642" }];

describe("municipalityFromParam", () => {
  it.each([
    ["absent: the user's own", undefined, "GM0642", "GM0642"],
    ["absent, user without municipality: the region", undefined, null, null],
    ["absent, own municipality not of this install: the region", undefined, "GM0363", null],
    ["'regio': the region", "regio", "GM0642", null],
    ["a known code (any case)", "gm0505", "GM0642", "GM0505"],
    ["an unknown code: the region", "GM9999", "GM0642", null],
    ["the first of several", ["GM0505", "GM0642"], null, "GM0505"],
  ] as const)("%s", (_label, raw, own, expected) => {
    expect(municipalityFromParam(raw as string | string[] | undefined, own, municipalities)).toBe(expected);
  });
});

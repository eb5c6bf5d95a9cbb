import { describe, expect, it } from "vitest";
import { knownValuesFor, preview, type KnownValues } from "./fuzz-support.ts";

const known: KnownValues = {
  all: [],
  byTable: new Map([
    ["Organisation", new Map([["id", ["org1"]], ["slug", ["wijkteam"]]])],
    ["Meeting", new Map([["id", ["meet1"]]])],
    ["MeetingAction", new Map([["id", ["act1"]]])],
    ["FigurePeriod", new Map([["id", ["per1"]], ["code", ["2018"]]])],
    ["User", new Map([["id", ["user1"]]])],
  ]),
};

describe("knownValuesFor picks the existing values a key means", () => {
  it.each([
    ["organisation.update", "id", ["org1"]],
    ["meetingOutcome.setActionStatus", "id", ["meet1", "act1"]],
    ["meetingCase.create", "meetingId", ["meet1"]],
    ["sharing.compare", "organisationIds", ["org1"]],
    ["organisation.bySlug", "slug", ["wijkteam"]],
    ["figureEntry.form", "periodCode", ["2018"]],
    ["user.setActive", "id", ["user1"]],
    ["directory.search", "q", []],
  ])("%s, %s", (path, key, expected) => {
    expect(knownValuesFor(known, path, key).sort()).toEqual([...expected].sort());
  });
});

describe("preview", () => {
  it("shortens long strings and shows what JSON cannot", () => {
    expect(preview({ q: "x".repeat(1000), n: Number.NaN, b: 10n })).toBe('{"q":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (1000 characters)","n":"NaN","b":"10n"}');
    expect(preview(undefined)).toBe("undefined");
  });
});

import { describe, expect, it } from "vitest";
import { parseWeighingQuery, weighingHref } from "./answers-query";

describe("parseWeighingQuery", () => {
  it.each([
    ["known codes are kept", { acuut: "nee", grond: "ots" }, { acuut: "nee", grond: "ots" }, []],
    ["an unknown code is dropped and named", { acuut: "misschien", grond: "ots" }, { grond: "ots" }, ["acuut"]],
    ["only the first of a repeated single parameter counts", { acuut: ["ja", "nee"] }, { acuut: "ja" }, []],
    ["multi codes in the options' order, duplicates collapsed", { overleg: ["privacy", "collega", "privacy"] }, { overleg: ["collega", "privacy"] }, []],
    ["'geen' alone is an empty Leenen answer", { leenen: "geen" }, { leenen: [] }, []],
    ["'geen' beside ticked boxes is ignored", { leenen: ["geen", "schade"] }, { leenen: ["schade"] }, []],
    ["an unknown multi code drops the whole answer", { overleg: ["collega", "buurvrouw"] }, {}, ["overleg"]],
    ["typed text in an unknown parameter is ignored", { toelichting: "Jan Jansen" }, {}, []],
  ] as const)("%s", (_name, params, answers, invalid) => {
    const parsed = parseWeighingQuery(params as Record<string, string | string[]>);
    expect(parsed.answers).toEqual(answers);
    expect(parsed.invalid).toEqual(invalid);
  });

  it("reads the submitted step and the 'sent back' marker", () => {
    expect(parseWeighingQuery({ verzonden: "leeftijd", fout: "1" })).toMatchObject({ submitted: "leeftijd", missing: true });
    expect(parseWeighingQuery({ verzonden: "nergens" }).submitted).toBeNull();
  });
});

describe("weighingHref", () => {
  it("writes choice codes only", () => {
    expect(weighingHref("besluit", { acuut: "nee", grond: "ots" })).toBe("/mag-ik-delen/afwegen/besluit?acuut=nee&grond=ots");
    expect(weighingHref("acuut-gevaar", {})).toBe("/mag-ik-delen/afwegen/acuut-gevaar");
    expect(weighingHref("leenen", { leenen: [] }, [["fout", "1"]])).toBe("/mag-ik-delen/afwegen/leenen?leenen=geen&fout=1");
  });
});

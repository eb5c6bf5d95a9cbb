import { describe, expect, it } from "vitest";
import { agreementListHref, parseAgreementSearchParams } from "./agreement-search-params";

const text = { unknownStatus: "Onbekende status." };

describe("parseAgreementSearchParams", () => {
  it("reads every filter from the Dutch URL names", () => {
    const search = parseAgreementSearchParams({ q: " toolkid ", status: ["ACTIEF", "CONCEPT"], soort: "CONVENANT", partij: "org-1", verlooptBinnen: "30" }, text);
    expect(search.errors).toEqual([]);
    expect(search.filtered).toBe(true);
    expect(search.input).toEqual({ q: "toolkid", status: ["ACTIEF", "CONCEPT"], kind: "CONVENANT", organisationId: "org-1", lapsesWithinDays: "30" });
  });

  it("reads the municipality (Geldt in gemeente, issue 18), and drops one that is not a CBS code", () => {
    expect(parseAgreementSearchParams({ gemeente: "gm0505" }, text).input).toEqual({ municipality: "GM0505" });
    const bad = parseAgreementSearchParams({ gemeente: "Dordrecht", status: "ACTIEF" }, text);
    expect(bad.input).toEqual({ status: ["ACTIEF"] });
    expect(bad.errors).toHaveLength(1);
    expect(bad.form.municipality).toBe("DORDRECHT");
  });

  it("has no filters for an empty URL", () => {
    const search = parseAgreementSearchParams({}, text);
    expect(search).toMatchObject({ input: {}, errors: [], filtered: false });
  });

  it("drops a filter that does not parse, with its Dutch message, and keeps the others", () => {
    const search = parseAgreementSearchParams({ status: "ACTIEF", verlooptBinnen: "-3" }, text);
    expect(search.input).toEqual({ status: ["ACTIEF"] });
    expect(search.errors).toEqual(["Vul ten minste 1 dag in."]);
    expect(search.form.lapsesWithinDays).toBe("-3");
    expect(search.filtered).toBe(true);
  });

  it("drops an unknown status and keeps the known ones", () => {
    const search = parseAgreementSearchParams({ status: ["ACTIEF", "KAPOT"] }, text);
    expect(search.input).toEqual({ status: ["ACTIEF"] });
    expect(search.errors).toEqual(["Onbekende status."]);
  });
});

describe("agreementListHref", () => {
  it("builds the list URL with the Dutch names", () => {
    expect(agreementListHref()).toBe("/convenanten");
    expect(agreementListHref({ status: ["ACTIEF", "VERLOPEN"], organisationId: "org-1" })).toBe("/convenanten?status=ACTIEF&status=VERLOPEN&partij=org-1");
  });
});

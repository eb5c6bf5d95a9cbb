import { describe, expect, it } from "vitest";
import { CONSENT_BY_AGE, sharingAdvice } from "./rules.ts";

const verdicts = (advice: ReturnType<typeof sharingAdvice>) => advice.cases.map((c) => [c.condition, c.verdict]);

describe("sharingAdvice (domain.md, Legal position of organisations)", () => {
  it("voluntary → voluntary: not without consent", () => {
    const advice = sharingAdvice("CONSENT_REQUIRED", "CONSENT_REQUIRED", "Huisarts");
    expect(verdicts(advice)).toEqual([["ALWAYS", "NOT_WITHOUT_CONSENT"]]);
    expect(advice.cases[0]?.recordWeighing).toBe(false);
    expect(advice.meldrechtVeiligThuis).toBe(true);
  });

  it("voluntary → without consent: on request with a legitimate ground, weighing recorded", () => {
    const advice = sharingAdvice("CONSENT_REQUIRED", "WITHOUT_CONSENT", "Politie");
    expect(verdicts(advice)).toEqual([["ALWAYS", "ON_REQUEST_WITH_LEGITIMATE_GROUND"]]);
    expect(advice.cases[0]?.recordWeighing).toBe(true);
  });

  it("voluntary → Veilig Thuis: meldrecht", () => {
    const advice = sharingAdvice("CONSENT_REQUIRED", "WITHOUT_CONSENT", "Veilig Thuis");
    expect(verdicts(advice)).toEqual([["ALWAYS", "MELDRECHT_VEILIG_THUIS"]]);
    expect(advice.cases[0]?.recordWeighing).toBe(true);
    // Type matching tolerates case and spacing, as types are typed in by people.
    expect(verdicts(sharingAdvice("CONSENT_REQUIRED", "WITHOUT_CONSENT", "  veilig  thuis "))).toEqual([["ALWAYS", "MELDRECHT_VEILIG_THUIS"]]);
  });

  it("voluntary → Raad voor de Kinderbescherming: right to inform the Raad", () => {
    const advice = sharingAdvice("CONSENT_REQUIRED", "WITHOUT_CONSENT", "Raad voor de Kinderbescherming");
    expect(verdicts(advice)).toEqual([["ALWAYS", "MAY_INFORM_RAAD"]]);
  });

  it("without consent → without consent: may exchange among themselves", () => {
    const advice = sharingAdvice("WITHOUT_CONSENT", "WITHOUT_CONSENT", "Veilig Thuis");
    expect(verdicts(advice)).toEqual([["ALWAYS", "MAY_EXCHANGE"]]);
    expect(advice.meldrechtVeiligThuis).toBe(false);
  });

  it("without consent → voluntary: the source is silent", () => {
    expect(verdicts(sharingAdvice("WITHOUT_CONSENT", "CONSENT_REQUIRED", "School"))).toEqual([["ALWAYS", "NOT_IN_SOURCE"]]);
  });

  it("voluntary → GI: as a without-consent organisation only while an order is in force", () => {
    const advice = sharingAdvice("CONSENT_REQUIRED", "WITHOUT_CONSENT_DURING_ORDER", "Gecertificeerde Instelling");
    expect(verdicts(advice)).toEqual([
      ["ORDER_IN_FORCE", "ON_REQUEST_WITH_LEGITIMATE_GROUND"],
      ["NO_ORDER", "NOT_IN_SOURCE"],
    ]);
    expect(advice.meldrechtVeiligThuis).toBe(true);
  });

  it("GI → without consent: exchange only while an order is in force", () => {
    const advice = sharingAdvice("WITHOUT_CONSENT_DURING_ORDER", "WITHOUT_CONSENT", "Raad voor de Kinderbescherming");
    expect(verdicts(advice)).toEqual([
      ["ORDER_IN_FORCE", "MAY_EXCHANGE"],
      ["NO_ORDER", "NOT_IN_SOURCE"],
    ]);
    expect(advice.meldrechtVeiligThuis).toBe(false);
  });

  it("without consent → GI: exchange only while an order is in force", () => {
    expect(verdicts(sharingAdvice("WITHOUT_CONSENT", "WITHOUT_CONSENT_DURING_ORDER", "Gecertificeerde Instelling"))).toEqual([
      ["ORDER_IN_FORCE", "MAY_EXCHANGE"],
      ["NO_ORDER", "NOT_IN_SOURCE"],
    ]);
  });

  it("GI → GI: exchange only while an order is in force", () => {
    expect(verdicts(sharingAdvice("WITHOUT_CONSENT_DURING_ORDER", "WITHOUT_CONSENT_DURING_ORDER", "Gecertificeerde Instelling"))).toEqual([
      ["ORDER_IN_FORCE", "MAY_EXCHANGE"],
      ["NO_ORDER", "NOT_IN_SOURCE"],
    ]);
  });

  it("GI → voluntary: the source is silent in both cases", () => {
    expect(verdicts(sharingAdvice("WITHOUT_CONSENT_DURING_ORDER", "CONSENT_REQUIRED", "Wijkteam"))).toEqual([
      ["ORDER_IN_FORCE", "NOT_IN_SOURCE"],
      ["NO_ORDER", "NOT_IN_SOURCE"],
    ]);
  });
});

describe("consent by age (domain.md, Tabel 1)", () => {
  it("lists the four rows in order", () => {
    expect(CONSENT_BY_AGE.map((r) => [r.ageGroup, r.whoConsents])).toEqual([
      ["UNDER_12", "LEGAL_REPRESENTATIVES"],
      ["FROM_12_TO_16", "YOUNG_PERSON_AND_LEGAL_REPRESENTATIVES"],
      ["FROM_16", "YOUNG_PERSON"],
      ["NOT_COMPETENT", "ALSO_LEGAL_REPRESENTATIVES"],
    ]);
  });
});

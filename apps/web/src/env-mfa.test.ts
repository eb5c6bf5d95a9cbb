import { describe, expect, it } from "vitest";
import { problemsOf, productionEnv } from "./testing/env";

// KK_MFA_KEY: the key for stored two-factor secrets (docs/adr/0018).
describe("KK_MFA_KEY in production", () => {
  it("is optional, and accepted when generated", () => {
    expect(problemsOf(productionEnv)).toEqual([]);
    expect(problemsOf({ ...productionEnv, KK_MFA_KEY: "Vt7Qe2Lm9Xc4Rb8Kn1Pw6Zs3Hj5Gd0Fa-Yu_TiOoLq" })).toEqual([]);
  });

  it.each([["a hand-made key", "ons-mfa-geheim-voor-het-portaal-2026"], ["a short key", "kort"]])("refuses %s", (_name, key) => {
    const problems = problemsOf({ ...productionEnv, KK_MFA_KEY: key });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^KK_MFA_KEY /);
  });
});

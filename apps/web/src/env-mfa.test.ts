import { describe, expect, it } from "vitest";
import { InvalidEnvironmentError, parseEnv } from "./env";

/** The key for stored two-factor secrets (docs/adr/0018). */
const production = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://u:p@db.example:5432/kk",
  NEXTAUTH_URL: "https://portaal.gemeente.example",
  NEXTAUTH_SECRET: "q3Zr8xV1mT0pLk2Yw9Hc4Jd6Nb5Gf7Sa-Ue_RiOoPy",
} as const;

function problemsOf(source: NodeJS.ProcessEnv): string[] {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) return error.problems;
    throw error;
  }
}

describe("KK_MFA_KEY in production", () => {
  it("is optional, and accepted when generated", () => {
    expect(problemsOf(production)).toEqual([]);
    expect(problemsOf({ ...production, KK_MFA_KEY: "Vt7Qe2Lm9Xc4Rb8Kn1Pw6Zs3Hj5Gd0Fa-Yu_TiOoLq" })).toEqual([]);
  });

  it.each([["a hand-made key", "ons-mfa-geheim-voor-het-portaal-2026"], ["a short key", "kort"]])("refuses %s", (_name, key) => {
    const problems = problemsOf({ ...production, KK_MFA_KEY: key });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^KK_MFA_KEY /);
  });
});

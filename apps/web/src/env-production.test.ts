import { describe, expect, it } from "vitest";
import { problemsOf, productionEnv } from "./testing/env";
import { DEVELOPMENT_SECRET, estimatedEntropyBits, productionSecretProblem } from "./production-settings";

describe("production settings", () => {
  it("accepts an https URL with a generated secret, and http on localhost (end-to-end tests)", () => {
    expect(problemsOf(productionEnv)).toEqual([]);
    expect(problemsOf({ ...productionEnv, NEXTAUTH_URL: "http://127.0.0.1:3100" })).toEqual([]);
    expect(problemsOf({ ...productionEnv, NEXTAUTH_URL: "http://localhost:3000" })).toEqual([]);
  });

  it.each([
    { name: "the development secret", secret: DEVELOPMENT_SECRET, problem: /known or hand-made/ },
    { name: "a hand-made secret of 32+ characters", secret: "ons-geheim-voor-het-ketenportaal-2026", problem: /known or hand-made/ },
    { name: "a repeated character", secret: "x".repeat(40), problem: /too predictable/ },
    { name: "a short pattern repeated", secret: "ab12".repeat(10), problem: /too predictable/ },
    { name: "fewer than 32 characters", secret: "Zr8xV1mT0pLk2Yw9", problem: /at least 32/ },
    { name: "no secret", secret: undefined, problem: /is required in production/ },
  ])("refuses $name as NEXTAUTH_SECRET", ({ secret, problem }) => {
    const problems = problemsOf({ ...productionEnv, NEXTAUTH_SECRET: secret });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^NEXTAUTH_SECRET /);
    expect(problems[0]).toMatch(problem);
  });

  it.each([
    { name: "missing", url: undefined, problem: /is required in production/ },
    { name: "http on a public host", url: "http://portaal.gemeente.example", problem: /must start with https/ },
  ])("refuses NEXTAUTH_URL $name (the session cookie would not be Secure)", ({ url, problem }) => {
    const problems = problemsOf({ ...productionEnv, NEXTAUTH_URL: url });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^NEXTAUTH_URL /);
    expect(problems[0]).toMatch(problem);
  });

  it("leaves development and tests alone", () => {
    expect(problemsOf({ NODE_ENV: "development", DATABASE_URL: productionEnv.DATABASE_URL })).toEqual([]);
  });

  it("estimates generated secrets well above the minimum", () => {
    expect(productionSecretProblem("0f3a9c71d2b84e65a0c7f19d3b2e8a4c")).toBeNull(); // openssl rand -hex 16
    expect(estimatedEntropyBits(productionEnv.NEXTAUTH_SECRET)).toBeGreaterThan(150);
  });
});

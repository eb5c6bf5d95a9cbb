import { describe, expect, it } from "vitest";
import { DEVELOPMENT_SECRET } from "../apps/web/src/production-settings.ts";
import { planPortal } from "./portal-plan.ts";

const GOOD_SECRET = "q3Zr8xV1mT0pLk2Yw9Hc4Jd6Nb5Gf7Sa-Ue_RiOoPy";
const fixedSecret = () => "generated-per-run";
const production = { DATABASE_URL: "postgresql://kk@db.gemeente.example/kk", NEXTAUTH_URL: "https://portaal.gemeente.example", NEXTAUTH_SECRET: GOOD_SECRET };

describe("planPortal: npm start (production)", () => {
  it("refuses to start without DATABASE_URL instead of starting the embedded database with demo accounts", () => {
    const plan = planPortal("start", { NEXTAUTH_URL: production.NEXTAUTH_URL, NEXTAUTH_SECRET: GOOD_SECRET }, "3000", fixedSecret);
    expect(plan.kind).toBe("refuse");
    expect(plan.kind === "refuse" && plan.problems.join(" ")).toMatch(/DATABASE_URL is not set.*KK_DEMO=1/);
  });

  it("refuses nothing set at all, naming every problem", () => {
    const plan = planPortal("start", {}, "3000", fixedSecret);
    expect(plan.kind === "refuse" && plan.problems.map((p) => p.split(" ")[0])).toEqual(["DATABASE_URL", "NEXTAUTH_URL", "NEXTAUTH_SECRET"]);
  });

  it.each([
    { name: "no NEXTAUTH_URL (cookie would not be Secure)", env: { ...production, NEXTAUTH_URL: undefined }, problem: /NEXTAUTH_URL is required/ },
    { name: "http on a public host", env: { ...production, NEXTAUTH_URL: "http://portaal.gemeente.example" }, problem: /NEXTAUTH_URL must start with https/ },
    { name: "the development secret", env: { ...production, NEXTAUTH_SECRET: DEVELOPMENT_SECRET }, problem: /NEXTAUTH_SECRET is a known/ },
    { name: "a short secret", env: { ...production, NEXTAUTH_SECRET: "kort" }, problem: /at least 32/ },
    { name: "a predictable secret", env: { ...production, NEXTAUTH_SECRET: "abababababababababababababababababab" }, problem: /too predictable/ },
  ])("refuses $name", ({ env, problem }) => {
    const plan = planPortal("start", env, "3000", fixedSecret);
    expect(plan.kind).toBe("refuse");
    expect(plan.kind === "refuse" && plan.problems.join(" ")).toMatch(problem);
  });

  it("runs on the given database without loading demo accounts, even with the demo badge on", () => {
    expect(planPortal("start", production, "3000", fixedSecret)).toEqual({ kind: "run", embedded: false, seedDemo: false, env: {}, notes: [] });
    const badge = planPortal("start", { ...production, KK_DEMO_MODE: "true" }, "3000", fixedSecret);
    expect(badge).toMatchObject({ kind: "run", seedDemo: false });
  });

  it("accepts http on localhost (the end-to-end tests run the production build there)", () => {
    expect(planPortal("start", { ...production, NEXTAUTH_URL: "http://127.0.0.1:3100" }, "3000", fixedSecret).kind).toBe("run");
  });

  it("KK_DEMO=1 is the explicit demo: embedded database, demo accounts, a fresh secret, never the development one", () => {
    expect(planPortal("start", { KK_DEMO: "1" }, "3000", fixedSecret)).toEqual({
      kind: "run",
      embedded: true,
      seedDemo: true,
      env: { NEXTAUTH_URL: "http://localhost:3000", NEXTAUTH_SECRET: "generated-per-run", KK_DEMO_MODE: "true" },
      notes: [expect.stringMatching(/demo/)],
    });
    const devSecret = planPortal("start", { KK_DEMO: "1", NEXTAUTH_SECRET: DEVELOPMENT_SECRET }, "3000", fixedSecret);
    expect(devSecret.kind === "run" && devSecret.env.NEXTAUTH_SECRET).toBe("generated-per-run");
  });
});

describe("planPortal: npm run dev", () => {
  it("keeps the development defaults: embedded database, demo data, the development secret", () => {
    expect(planPortal("dev", {}, "3000", fixedSecret)).toEqual({
      kind: "run",
      embedded: true,
      seedDemo: true,
      env: { NEXTAUTH_URL: "http://localhost:3000", NEXTAUTH_SECRET: DEVELOPMENT_SECRET, KK_DEMO_MODE: "true" },
      notes: [],
    });
  });

  it("loads no demo data into a given database unless asked", () => {
    expect(planPortal("dev", { DATABASE_URL: production.DATABASE_URL }, "3000", fixedSecret)).toMatchObject({ embedded: false, seedDemo: false });
    expect(planPortal("dev", { DATABASE_URL: production.DATABASE_URL, KK_DEMO_MODE: "true" }, "3000", fixedSecret)).toMatchObject({ seedDemo: true });
  });
});

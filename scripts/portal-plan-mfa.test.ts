import { demoCodeHintAllowed } from "@kk/auth/mfa";
import { describe, expect, it } from "vitest";
import { planPortal } from "./portal-plan.ts";

/** The demo code on the sign-in page (docs/adr/0018): with the settings `npm start` gives a real portal, never. */
const real = {
  DATABASE_URL: "postgresql://u:p@db.example:5432/kk",
  NEXTAUTH_URL: "https://portaal.gemeente.example",
  NEXTAUTH_SECRET: "q3Zr8xV1mT0pLk2Yw9Hc4Jd6Nb5Gf7Sa-Ue_RiOoPy",
};

describe("the demo code on the sign-in page", () => {
  it("is refused with the settings `npm start` uses for a real portal", () => {
    const plan = planPortal("start", { DATABASE_URL: real.DATABASE_URL, NEXTAUTH_URL: real.NEXTAUTH_URL, NEXTAUTH_SECRET: real.NEXTAUTH_SECRET }, "3000");
    expect(plan.kind).toBe("run");
    const env = { NODE_ENV: "production", ...(plan.kind === "run" ? plan.env : {}) };
    expect(demoCodeHintAllowed(env)).toBe(false);
  });

  it("is allowed on the demo `KK_DEMO=1 npm start` and `npm run dev` start", () => {
    const demo = planPortal("start", { KK_DEMO: "1" }, "3000");
    expect(demoCodeHintAllowed({ NODE_ENV: "production", ...(demo.kind === "run" ? demo.env : {}) })).toBe(true);
    const dev = planPortal("dev", {}, "3000");
    expect(demoCodeHintAllowed({ NODE_ENV: "development", ...(dev.kind === "run" ? dev.env : {}) })).toBe(true);
  });
});

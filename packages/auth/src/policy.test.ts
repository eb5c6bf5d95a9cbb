import { describe, expect, it } from "vitest";
import { can, municipalityScopeOf, navigationFor, scopeIncludes } from "./policy.ts";
import { ROLES, type SessionUser } from "./roles.ts";

const user = (role: SessionUser["role"], organisationId: string | null = null): SessionUser => ({
  id: role,
  email: `${role}@x`,
  name: role,
  role,
  organisationId,
  municipalityCode: null,
});

describe("policy", () => {
  it("gives each role its own navigation", () => {
    const keys = (role: SessionUser["role"]) => navigationFor(user(role)).map((n) => n.key);
    expect(keys("BEHEERDER")).toEqual(["sociale-kaart", "mag-ik-delen", "beheer-gebruikers", "beheer-gemeenten", "audit", "beheer-sociale-kaart", "beheer-netwerk", "beheer-outbox", "beheer-publieke-pagina"]);
    expect(keys("COORDINATOR")).toEqual([
      "sociale-kaart",
      "mag-ik-delen",
      "convenanten",
      "escalatie",
      "werkateliers",
      "dashboard",
      "audit",
      "beheer-sociale-kaart",
      "beheer-netwerk",
      "beheer-cijfers",
      "beheer-publieke-pagina",
    ]);
    expect(keys("PARTNER")).toEqual(["sociale-kaart", "mag-ik-delen", "convenanten", "escalatie", "werkateliers"]);
    expect(keys("PROFESSIONAL")).toEqual(["sociale-kaart", "mag-ik-delen", "convenanten", "escalatie", "werkateliers"]);
    expect(keys("RAAD")).toEqual(["dashboard"]);
    expect(navigationFor(null)).toEqual([]);
  });

  it("shows the region's municipalities to the administrator and the regional coordinator only; only the administrator adds one (issue 18)", () => {
    for (const role of ROLES) {
      expect(navigationFor(user(role)).some((n) => n.key === "beheer-gemeenten"), role).toBe(role === "BEHEERDER" || role === "REGIO_COORDINATOR");
      expect(can(user(role), "municipality.add"), role).toBe(role === "BEHEERDER");
    }
  });

  it("lets the coordinator and the administrator edit the public residents' page, nobody else (issue 15)", () => {
    for (const role of ROLES) expect(can(user(role), "publicPage.manage"), role).toBe(role === "COORDINATOR" || role === "BEHEERDER");
  });

  it("lets a partner update only its own organisation", () => {
    expect(can(user("PARTNER", "org-a"), "organisation.update", { organisationId: "org-a" })).toBe(true);
    expect(can(user("PARTNER", "org-a"), "organisation.update", { organisationId: "org-b" })).toBe(false);
    expect(can(user("PARTNER", null), "organisation.update", { organisationId: null })).toBe(false);
    expect(can(user("COORDINATOR"), "organisation.update", { organisationId: "org-b" })).toBe(true);
    expect(can(user("PROFESSIONAL", "org-a"), "organisation.update", { organisationId: "org-a" })).toBe(false);
  });

  it("lets coordinators manage agreements and the council see only their figures", () => {
    expect(can(user("COORDINATOR"), "agreement.manage")).toBe(true);
    expect(can(user("PARTNER", "org-a"), "agreement.manage")).toBe(false);
    expect(can(user("PROFESSIONAL"), "agreement.read")).toBe(true);
    expect(can(user("RAAD"), "agreement.read")).toBe(false);
    expect(can(user("RAAD"), "agreement.figures")).toBe(true);
    expect(can(user("PROFESSIONAL"), "agreement.figures")).toBe(false);
    expect(can(user("BEHEERDER"), "networkGaps.read")).toBe(true);
    expect(can(user("PARTNER", "org-a"), "networkGaps.read")).toBe(false);
  });

  it("keeps raw Veilig Thuis figures and their management from the council", () => {
    expect(can(user("COORDINATOR"), "figures.read")).toBe(true);
    expect(can(user("COORDINATOR"), "figures.manage")).toBe(true);
    expect(can(user("RAAD"), "figures.council")).toBe(true);
    expect(can(user("RAAD"), "plan.read")).toBe(true);
    for (const action of ["figures.read", "figures.manage", "plan.manage"] as const) expect(can(user("RAAD"), action)).toBe(false);
    for (const role of ["BEHEERDER", "PARTNER", "PROFESSIONAL"] as const) {
      expect(can(user(role, "org-a"), "figures.council")).toBe(false);
      expect(can(user(role, "org-a"), "plan.read")).toBe(false);
    }
  });

  it("denies anonymous callers everything but the session check", () => {
    expect(can(null, "session.read")).toBe(true);
    expect(can(null, "user.list")).toBe(false);
    expect(can(null, "area.dashboard")).toBe(false);
  });
});

describe("municipalityScopeOf (issue 18)", () => {
  const inGm0505 = (role: SessionUser["role"]): SessionUser => ({ ...user(role), municipalityCode: "GM0505" });
  it.each([
    ["COORDINATOR", { kind: "municipality", code: "GM0505" }],
    ["RAAD", { kind: "municipality", code: "GM0505" }],
    ["PARTNER", { kind: "municipality", code: "GM0505" }],
    ["PROFESSIONAL", { kind: "municipality", code: "GM0505" }],
    ["BEHEERDER", { kind: "region" }],
    ["REGIO_COORDINATOR", { kind: "region" }],
  ] as const)("%s acts on %o", (role, scope) => {
    expect(municipalityScopeOf(inGm0505(role))).toEqual(scope);
  });

  it("gives a user without a municipality, and an anonymous caller, no municipality's data", () => {
    expect(municipalityScopeOf(user("COORDINATOR"))).toEqual({ kind: "none" });
    expect(municipalityScopeOf(null)).toEqual({ kind: "none" });
    expect(scopeIncludes({ kind: "none" }, "GM0505")).toBe(false);
  });

  it("includes only its own municipality, or every one for the region", () => {
    expect(scopeIncludes({ kind: "municipality", code: "GM0505" }, "GM0505")).toBe(true);
    expect(scopeIncludes({ kind: "municipality", code: "GM0505" }, "GM0642")).toBe(false);
    expect(scopeIncludes({ kind: "municipality", code: "GM0505" }, null)).toBe(false);
    expect(scopeIncludes({ kind: "region" }, "GM0642")).toBe(true);
  });
});

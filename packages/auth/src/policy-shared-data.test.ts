import { describe, expect, it } from "vitest";
import { ACTIONS, can, isSharedDataCoordinator, navigationFor, type Action } from "./policy.ts";
import type { SessionUser } from "./roles.ts";

/*
 * Issue 18 part C: the regional coordinator has the coordinator's rights on the shared data of the
 * region (sociale kaart, contacts, escalation routes, import/export, freshness, agreements, regional
 * werkateliers) and none on municipal data (figures, plan, council view) or administration.
 */

const regio: SessionUser = { id: "r", email: "r@x", name: "R", role: "REGIO_COORDINATOR", organisationId: null, municipalityCode: null };

const SHARED: readonly Action[] = [
  "organisation.options",
  "organisation.read",
  "organisation.create",
  "organisation.update",
  "organisation.archive",
  "organisation.updateIdentity",
  "organisation.confirm",
  "contact.manage",
  "escalationRoute.manage",
  "directory.search",
  "directory.export",
  "directory.import",
  "freshness.read",
  "freshness.manage",
  "agreement.read",
  "agreement.manage",
  "agreementDocument.upload",
  "agreementCoverage.read",
  "networkGaps.read",
  "meeting.read",
  "meeting.manage",
  "area.sociale-kaart",
  "area.convenanten",
  "area.escalatie",
  "area.werkateliers",
];

describe("the regional coordinator's rights on shared data", () => {
  it.each(SHARED)("may %s", (action) => {
    expect(can(regio, action, { organisationId: "any" })).toBe(true);
  });

  // Figures, the council view and the plan: read-only, for every municipality of the region (part B;
  // packages/api/src/vt-figures/figure-scope.ts); never the writes.
  it.each(["figures.manage", "plan.manage", "agreement.figures", "user.list", "meeting.register"] as const)(
    "may not %s",
    (action) => {
      expect(can(regio, action)).toBe(false);
    },
  );

  it("is a coordinator of the shared data, as the municipal coordinator is", () => {
    expect(isSharedDataCoordinator(regio)).toBe(true);
    expect(isSharedDataCoordinator({ ...regio, role: "COORDINATOR" })).toBe(true);
    expect(isSharedDataCoordinator({ ...regio, role: "PARTNER" })).toBe(false);
  });

  it("sees the shared areas in the navigation", () => {
    expect(navigationFor(regio).map((n) => n.key)).toEqual(["sociale-kaart", "convenanten", "escalatie", "werkateliers", "dashboard", "beheer-gemeenten", "beheer-sociale-kaart", "beheer-netwerk"]);
  });

  it("lists only existing actions", () => {
    for (const action of SHARED) expect(ACTIONS).toContain(action);
  });
});

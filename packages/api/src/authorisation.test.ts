import { ACTIONS, can, MFA_ENROLMENT_ACTIONS, type Action } from "@kk/auth/policy";
import type { SessionUser } from "@kk/auth/roles";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { createApiTestDatabase, type ApiTestDatabase } from "./testing/test-context.ts";
import type { ProcedureMeta } from "./trpc.ts";

/**
 * Calls every procedure as every role (and anonymously) and checks allow/deny against the
 * policy table. A new procedure without an action, or whose guard disagrees with the policy,
 * fails here.
 */
interface ProcedureLike {
  _def: { meta?: ProcedureMeta; type: "query" | "mutation" | "subscription" };
}

// At run time `_def.procedures` is flat, keyed by the dotted path (its static type is nested).
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, ProcedureLike>);

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("authz");
});
afterAll(async () => {
  await t?.drop();
});

async function callAs(user: SessionUser | null, path: string): Promise<unknown> {
  let target: unknown = t.callerFor(user);
  for (const part of path.split(".")) target = (target as Record<string, unknown>)[part];
  // An empty input: allowed callers get past the guard and fail validation (BAD_REQUEST) or
  // succeed; denied callers must be stopped before the input is even looked at.
  return (target as (input: unknown) => Promise<unknown>)({});
}

function isDenied(error: unknown): boolean {
  return error instanceof TRPCError && (error.code === "FORBIDDEN" || error.code === "UNAUTHORIZED");
}

describe("authorisation", () => {
  it("finds the procedures", () => {
    expect(procedures.length).toBeGreaterThanOrEqual(7);
  });

  it.each(procedures.map(([path, proc]) => [path, proc] as const))("%s names a policy action", (_path, proc) => {
    expect(proc._def.meta?.action).toBeDefined();
    expect(ACTIONS).toContain(proc._def.meta?.action);
  });

  const callers = ["anonymous", "BEHEERDER", "COORDINATOR", "PARTNER", "PROFESSIONAL", "RAAD"] as const;
  for (const [path, proc] of procedures) {
    it.each(callers)(`${path} as %s follows the policy`, async (who) => {
      const user = who === "anonymous" ? null : t.users[who];
      const action = proc._def.meta?.action as Action;
      // Record-dependent rules (a partner's own organisation) pass the role gate for the user's own subject.
      const expected = can(user, action, user ? { organisationId: user.organisationId } : undefined);
      let denied = false;
      try {
        await callAs(user, path);
      } catch (error) {
        denied = isDenied(error);
      }
      expect(denied, `${path} as ${who}: expected ${expected ? "allowed" : "denied"}`).toBe(!expected);
    });
  }

  // Two-factor enrolment gate (docs/adr/0018): a BEHEERDER or COORDINATOR without TOTP may call
  // the enrolment procedures and session.me, nothing else.
  for (const role of ["BEHEERDER", "COORDINATOR"] as const) {
    for (const [path, proc] of procedures) {
      const action = proc._def.meta?.action as Action;
      const allowed = MFA_ENROLMENT_ACTIONS.includes(action);
      it(`${path} as ${role} before enrolment is ${allowed ? "allowed" : "refused"}`, async () => {
        let denied = false;
        try {
          await callAs({ ...t.users[role], mfaEnrolmentRequired: true }, path);
        } catch (error) {
          denied = isDenied(error);
        }
        expect(denied).toBe(!allowed);
      });
    }
  }
});

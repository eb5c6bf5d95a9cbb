import { ACTIONS, allowsAnonymous, can, type Action } from "@kk/auth/policy";
import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { describe, expect, expectTypeOf, it } from "vitest";
import { createCallerFactory, createTRPCContext, createTRPCRouter, guarded, type ActorFor } from "./trpc.ts";

// guarded() gives handlers `ctx.actor`, non-null unless the action's rule is "anyone" (issue 16, item 4).

const coordinator: SessionUser = { id: "u-1", email: "coordinator@test.example", name: "Test", role: "COORDINATOR", organisationId: null, municipalityCode: null };

const probe = createTRPCRouter({
  anonymous: guarded("session.read").query(({ ctx }) => {
    expectTypeOf(ctx.actor).toEqualTypeOf<SessionUser | null>();
    return ctx.actor?.id ?? null;
  }),
  signedIn: guarded("password.change").query(({ ctx }) => {
    expectTypeOf(ctx.actor).toEqualTypeOf<SessionUser>();
    return ctx.actor.id;
  }),
  byRole: guarded("meetingOutcome.manage").query(({ ctx }) => {
    expectTypeOf(ctx.actor).toEqualTypeOf<SessionUser>();
    return ctx.actor.role;
  }),
});

const callerAs = (user: SessionUser | null) =>
  createCallerFactory(probe)(createTRPCContext({ db: {} as Db, user, now: () => new Date(0) }));

describe("guarded(): the actor's type follows from the policy rule", () => {
  it.each(ACTIONS.map((action) => [action] as [Action]))("%s: anonymous allowed in the type exactly when can(null) says so", (action) => {
    expect(allowsAnonymous(action)).toBe(can(null, action));
  });

  it("types the actor per rule", () => {
    expectTypeOf<ActorFor<"session.read">>().toEqualTypeOf<SessionUser | null>();
    expectTypeOf<ActorFor<"mfa.demoCode">>().toEqualTypeOf<SessionUser | null>();
    expectTypeOf<ActorFor<"mfa.self">>().toEqualTypeOf<SessionUser>();
    expectTypeOf<ActorFor<"organisation.update">>().toEqualTypeOf<SessionUser>();
    expectTypeOf<ActorFor<"user.list">>().toEqualTypeOf<SessionUser>();
  });

  it.each([
    { procedure: "anonymous", user: null, expected: null },
    { procedure: "anonymous", user: coordinator, expected: coordinator.id },
    { procedure: "signedIn", user: coordinator, expected: coordinator.id },
    { procedure: "byRole", user: coordinator, expected: "COORDINATOR" },
  ] as const)("$procedure as $user.role hands the handler its actor", async ({ procedure, user, expected }) => {
    await expect(callerAs(user)[procedure]()).resolves.toBe(expected);
  });

  it.each(["signedIn", "byRole"] as const)("%s refuses an anonymous caller before the handler runs", async (procedure) => {
    await expect(callerAs(null)[procedure]()).rejects.toMatchObject({ code: "UNAUTHORIZED", message: "U bent niet ingelogd." });
  });
});

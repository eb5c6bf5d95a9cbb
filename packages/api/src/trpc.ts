import { can, type Action, type PolicySubject } from "@kk/auth/policy";
import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { FieldErrorsCause, type FieldErrors } from "./field-errors.ts";

export interface TRPCContext {
  db: Db;
  user: SessionUser | null;
  /**
   * The clock every procedure reads "now" from (ADR 0007, "Time is an argument"): domain functions
   * take `now` as an argument and routers pass `ctx.now()`. The real clock is set in one place,
   * here; tests pass a fixed one.
   */
  now: () => Date;
}

export const systemClock = (): Date => new Date();

export function createTRPCContext(input: { db: Db; user: SessionUser | null; now?: () => Date }): TRPCContext {
  return { db: input.db, user: input.user, now: input.now ?? systemClock };
}

/** Every procedure names the policy action that guards it (see the authorisation test). */
export interface ProcedureMeta {
  action: Action;
}


function fieldErrorsOf(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

const t = initTRPC
  .context<TRPCContext>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const fieldErrors =
        cause instanceof ZodError ? fieldErrorsOf(cause) : cause instanceof FieldErrorsCause ? cause.fieldErrors : null;
      return {
        ...shape,
        message: cause instanceof ZodError ? "Controleer de gemarkeerde velden." : shape.message,
        data: { ...shape.data, stack: undefined, fieldErrors },
      };
    },
  });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * The only way to declare a procedure: `guarded("user.list")`. The role check runs before
 * input parsing, so a caller without the right sees FORBIDDEN whatever they send.
 * Rules that depend on the record (a partner's own organisation) are checked again in the
 * handler with `assertCan`, once the record is loaded.
 */
export function guarded(action: Action) {
  return t.procedure.meta({ action }).use(({ ctx, next }) => {
    if (!can(ctx.user, action, subjectForRoleCheck(ctx.user))) {
      throw new TRPCError(
        ctx.user
          ? { code: "FORBIDDEN", message: "U heeft geen toegang tot deze functie." }
          : { code: "UNAUTHORIZED", message: "U bent niet ingelogd." },
      );
    }
    return next({ ctx: { ...ctx } });
  });
}

/** For record-dependent rules the role gate lets through anyone who could pass for some record. */
function subjectForRoleCheck(user: SessionUser | null): PolicySubject | undefined {
  return user ? { organisationId: user.organisationId } : undefined;
}

export function assertCan(user: SessionUser | null, action: Action, subject?: PolicySubject): asserts user is SessionUser {
  if (!can(user, action, subject)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "U heeft geen toegang tot deze gegevens." });
  }
}

/** Signed-in user for a guarded procedure whose action excludes anonymous callers. */
export function actorOf(ctx: TRPCContext): SessionUser {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "U bent niet ingelogd." });
  return ctx.user;
}

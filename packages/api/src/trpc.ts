import { allowsAnonymous, can, type Action, type AnonymousAction, type PolicySubject } from "@kk/auth/policy";
import type { SessionUser } from "@kk/auth/roles";
import { databaseSettings, type Db, type DbScope, type SettingsSource } from "@kk/db";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { FieldErrorsCause, type FieldErrors } from "./field-errors.ts";
import { databaseUnavailableShape, isDatabaseUnavailable } from "./web-edge/database-unavailable.ts";
import { findUnsafeText, UNSAFE_TEXT_MESSAGE } from "./web-edge/unsafe-text.ts";
import { errorIdOf, unexpectedErrorMessage } from "./web-edge/unexpected-error.ts";

export interface TRPCContext {
  db: Db;
  user: SessionUser | null;
  /**
   * The clock every procedure reads "now" from (ADR 0007, "Time is an argument"): domain functions
   * take `now` as an argument and routers pass `ctx.now()`. The real clock is set in one place,
   * here; tests pass a fixed one.
   */
  now: () => Date;
  /**
   * The caller's own UserSession (ADR 0017), for "deze sessie" and "end my other sessions"; null
   * for anonymous callers, jobs and tests that do not sign in through a session.
   */
  sessionId: string | null;
  /**
   * The client of another row-level security scope (docs/adr/0024). `db` is the caller's own scope;
   * a procedure that must read beyond it and protects the answer itself (the council comparison
   * across the region, with suppression) asks for `dbForScope({ kind: "region" })`, visibly.
   */
  dbForScope: (scope: DbScope) => Db;
  /**
   * The settings read on every search or organisation page (the staleness period): the web process's
   * copy kept until a Setting changes (`cachedSettings`, ADR 0030); by default the database.
   */
  settings: SettingsSource;
}

export const systemClock = (): Date => new Date();

export function createTRPCContext(input: {
  db: Db;
  user: SessionUser | null;
  now?: () => Date;
  sessionId?: string | null;
  /** Default: `db` for every scope (a caller on the owner's connection, which row-level security does not filter). */
  dbForScope?: (scope: DbScope) => Db;
  /** Default: read from `db` each time. */
  settings?: SettingsSource;
}): TRPCContext {
  return {
    db: input.db,
    user: input.user,
    now: input.now ?? systemClock,
    sessionId: input.sessionId ?? null,
    dbForScope: input.dbForScope ?? (() => input.db),
    settings: input.settings ?? databaseSettings(input.db),
  };
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
      // The database is down or restarting: 503 with a calm Dutch message, not a 500 (issue 14, fault test).
      if (isDatabaseUnavailable(error)) return { ...shape, ...databaseUnavailableShape(shape.data) };
      // Unexpected errors (issue 14, 9a): a generic Dutch message with an id; the details are
      // logged under that id by the route's onError (logUnexpectedError), never sent.
      if (error.code === "INTERNAL_SERVER_ERROR") {
        const errorId = errorIdOf(error);
        return { ...shape, message: unexpectedErrorMessage(errorId), data: { ...shape.data, stack: undefined, fieldErrors: null, errorId } };
      }
      const cause = error.cause;
      const fieldErrors =
        cause instanceof ZodError ? fieldErrorsOf(cause) : cause instanceof FieldErrorsCause ? cause.fieldErrors : null;
      return {
        ...shape,
        message: cause instanceof ZodError ? "Controleer de gemarkeerde velden." : (frameworkMessage(error) ?? shape.message),
        data: { ...shape.data, stack: undefined, fieldErrors, errorId: null },
      };
    },
  });

/** The largest batch the tRPC endpoint accepts (issue 14, 6b); the web client's link batches at most this many. */
export const MAX_BATCH_SIZE = 20;

/**
 * tRPC's own refusals (before any procedure runs) come in English; the portal answers in Dutch.
 * Null for every other error: procedures throw Dutch messages themselves.
 */
function frameworkMessage(error: TRPCError): string | null {
  if (error.code === "PARSE_ERROR") return "Het verzoek kon niet worden gelezen.";
  if (error.code === "UNSUPPORTED_MEDIA_TYPE") return "Dit soort verzoek wordt niet geaccepteerd.";
  if (error.code === "METHOD_NOT_SUPPORTED") return "Deze methode wordt hier niet ondersteund.";
  if (error.code === "PAYLOAD_TOO_LARGE") return "Het verzoek is te groot.";
  if (error.code === "NOT_FOUND" && error.message.startsWith("No procedure found")) return "Deze functie bestaat niet.";
  if (error.code === "BAD_REQUEST" && error.message === "Batch call exceeds maximum size") {
    return `Te veel verzoeken tegelijk: hooguit ${MAX_BATCH_SIZE} per keer.`;
  }
  return null;
}

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** The refusal for a BEHEERDER or COORDINATOR who has not set up two-factor sign-in yet (docs/adr/0018). */
export const MFA_ENROLMENT_FIRST =
  "Stel eerst tweestapsverificatie in (Account, Tweestapsverificatie: /account/tweestapsverificatie). Daarna kunt u het portaal gebruiken.";

/**
 * Who `ctx.actor` is for a procedure guarded by action `A`: the signed-in user, never null, unless
 * the policy lets anonymous callers in ("anyone"), where it may be null. Follows from the policy
 * table (`AnonymousAction`), as create-t3-turbo's `protectedProcedure` narrows its session.
 */
export type ActorFor<A extends Action> = A extends AnonymousAction ? SessionUser | null : SessionUser;

/**
 * The only way to declare a procedure: `guarded("user.list")`. The role check runs before
 * input parsing, so a caller without the right sees FORBIDDEN whatever they send.
 * Handlers get `ctx.actor` (see `ActorFor`): the caller, non-null for every action that needs a
 * signed-in user. Rules that depend on the record (a partner's own organisation) are checked
 * again in the handler with `assertCan`, once the record is loaded.
 */
export function guarded<A extends Action>(action: A) {
  return t.procedure.meta({ action }).use(async ({ ctx, next, getRawInput }) => {
    if (!can(ctx.user, action, subjectForRoleCheck(ctx.user))) {
      throw new TRPCError(
        ctx.user?.mfaEnrolmentRequired
          ? { code: "FORBIDDEN", message: MFA_ENROLMENT_FIRST }
          : ctx.user
          ? { code: "FORBIDDEN", message: "U heeft geen toegang tot deze functie." }
          : { code: "UNAUTHORIZED", message: "U bent niet ingelogd." },
      );
    }
    refuseUnsafeText(await getRawInput());
    return next({ ctx: { ...ctx, actor: actorFor(ctx.user, action) } });
  });
}

/**
 * `can()` has already refused anonymous callers for every action but the "anyone" ones; this
 * states it once more where the type is narrowed, so a policy slip cannot hand a handler null.
 */
function actorFor<A extends Action>(user: SessionUser | null, action: A): ActorFor<A> {
  if (user === null && !allowsAnonymous(action)) throw new TRPCError({ code: "UNAUTHORIZED", message: "U bent niet ingelogd." });
  // TypeScript cannot narrow a conditional type through the check above; the check is the proof.
  return user as ActorFor<A>;
}

/**
 * Every string entering any procedure, before its schema parses it: a NUL byte, another control
 * character or a lone surrogate is a Dutch 400 on that field (issue 14, 9a), never a database
 * error. One check here covers every text field, search box and filter at once.
 */
function refuseUnsafeText(rawInput: unknown): void {
  const path = findUnsafeText(rawInput);
  if (path === null) return;
  throw new TRPCError({
    code: "BAD_REQUEST",
    message: UNSAFE_TEXT_MESSAGE,
    cause: new FieldErrorsCause(UNSAFE_TEXT_MESSAGE, { [path || "_form"]: [UNSAFE_TEXT_MESSAGE] }),
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

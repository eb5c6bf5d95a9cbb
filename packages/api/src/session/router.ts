import { navigationFor } from "@kk/auth/policy";
import { createTRPCRouter, guarded } from "../trpc.ts";

export const sessionRouter = createTRPCRouter({
  /** The current user and what they may see; null for anonymous callers. */
  me: guarded("session.read").query(({ ctx }) =>
    ctx.actor ? { user: ctx.actor, navigation: navigationFor(ctx.actor) } : null,
  ),
});

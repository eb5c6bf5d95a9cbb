import { createMailerFromEnvironment } from "@kk/mail";
import { portalBaseUrl } from "../freshness/reminder-settings.ts";
import { createTRPCRouter, guarded } from "../trpc.ts";
import { changePassword, passwordState } from "./change-password.ts";
import { changePasswordInput } from "./schemas.ts";

/**
 * The signed-in user's own password (issue 14, part L). The anonymous steps (wachtwoord vergeten,
 * herstellen) are server actions beside their pages, like the confirmation link: the token is the
 * credential and the per-address limit needs the request's headers (docs/adr/0019).
 */
export const passwordRouter = createTRPCRouter({
  state: guarded("password.change").query(({ ctx }) => passwordState(ctx.db, ctx.actor)),
  change: guarded("password.change")
    .input(changePasswordInput)
    .mutation(({ ctx, input }) => changePassword(ctx.db, createMailerFromEnvironment(ctx.db), ctx.actor, input, { now: ctx.now(), baseUrl: portalBaseUrl() })),
});

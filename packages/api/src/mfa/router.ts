import { mfaKey } from "@kk/auth/mfa";
import { createTRPCRouter, guarded } from "../trpc.ts";
import { demoCodeInput, resetMfaInput, totpCodeInput } from "./schemas.ts";
import { confirm, demoCode, disable, getStatus, renewRecoveryCodes, reset, startEnrolment } from "./two-factor.ts";

/** Two-factor sign-in (docs/adr/0018). Everything but `reset` and `demoCode` is about one's own account. */
export const mfaRouter = createTRPCRouter({
  status: guarded("mfa.self").query(({ ctx }) => getStatus(ctx.db, ctx.actor)),
  startEnrolment: guarded("mfa.self").mutation(({ ctx }) => startEnrolment(ctx.db, ctx.actor, ctx.now(), mfaKey())),
  confirmEnrolment: guarded("mfa.self")
    .input(totpCodeInput)
    .mutation(({ ctx, input }) => confirm(ctx.db, ctx.actor, input.code, ctx.now(), mfaKey())),
  renewRecoveryCodes: guarded("mfa.self")
    .input(totpCodeInput)
    .mutation(({ ctx, input }) => renewRecoveryCodes(ctx.db, ctx.actor, input.code, ctx.now(), mfaKey())),
  disable: guarded("mfa.self")
    .input(totpCodeInput)
    .mutation(({ ctx, input }) => disable(ctx.db, ctx.actor, input.code, ctx.now(), mfaKey())),
  reset: guarded("mfa.reset")
    .input(resetMfaInput)
    .mutation(({ ctx, input }) => reset(ctx.db, ctx.actor, input.userId, ctx.now())),
  demoCode: guarded("mfa.demoCode")
    .input(demoCodeInput)
    .mutation(({ ctx, input }) => demoCode(ctx.db, input.email, ctx.now(), mfaKey())),
});

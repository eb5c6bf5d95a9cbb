import { createTRPCRouter, guarded } from "../trpc.ts";
import { getIdleTimeoutSetting, setIdleTimeout } from "./idle-timeout-setting.ts";
import { endOtherOwnSessions, endOwnSession, listOwnSessions } from "./own-sessions.ts";
import { endSessionInput, setIdleTimeoutInput } from "./schemas.ts";

export const userSessionRouter = createTRPCRouter({
  /** The caller's open sessions, "deze sessie" marked. */
  listOwn: guarded("userSession.manageOwn").query(({ ctx }) => listOwnSessions(ctx.db, ctx.actor, ctx.sessionId, ctx.now())),
  endOwn: guarded("userSession.manageOwn")
    .input(endSessionInput)
    .mutation(({ ctx, input }) => endOwnSession(ctx.db, ctx.actor, ctx.sessionId, input, ctx.now())),
  endOtherOwn: guarded("userSession.manageOwn").mutation(({ ctx }) => endOtherOwnSessions(ctx.db, ctx.actor, ctx.sessionId, ctx.now())),
  /** The administrator's idle timeout (5–240 minutes, default 30). */
  idleTimeout: guarded("userSession.configure").query(({ ctx }) => getIdleTimeoutSetting(ctx.db)),
  setIdleTimeout: guarded("userSession.configure")
    .input(setIdleTimeoutInput)
    .mutation(({ ctx, input }) => setIdleTimeout(ctx.db, ctx.actor, input)),
});

import { actorOf, createTRPCRouter, guarded } from "../trpc.ts";
import { endOtherOwnSessions, endOwnSession, listOwnSessions } from "./own-sessions.ts";
import { endSessionInput } from "./schemas.ts";

export const userSessionRouter = createTRPCRouter({
  /** The caller's open sessions, "deze sessie" marked. */
  listOwn: guarded("userSession.manageOwn").query(({ ctx }) => listOwnSessions(ctx.db, actorOf(ctx), ctx.sessionId, ctx.now())),
  endOwn: guarded("userSession.manageOwn")
    .input(endSessionInput)
    .mutation(({ ctx, input }) => endOwnSession(ctx.db, actorOf(ctx), ctx.sessionId, input, ctx.now())),
  endOtherOwn: guarded("userSession.manageOwn").mutation(({ ctx }) => endOtherOwnSessions(ctx.db, actorOf(ctx), ctx.sessionId, ctx.now())),
});

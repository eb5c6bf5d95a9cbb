import { createTRPCRouter, guarded } from "../trpc.ts";
import { replaceEscalationRoute } from "./replace-escalation-route.ts";
import { replaceEscalationRouteInput } from "./schemas.ts";

export const escalationRouteRouter = createTRPCRouter({
  replace: guarded("escalationRoute.manage")
    .input(replaceEscalationRouteInput)
    .mutation(({ ctx, input }) => replaceEscalationRoute(ctx.db, ctx.actor, input)),
});

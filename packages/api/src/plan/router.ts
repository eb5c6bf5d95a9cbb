import { createTRPCRouter, guarded } from "../trpc.ts";
import { planProgress } from "./plan-progress.ts";
import { updatePlanActivityInput } from "./schemas.ts";
import { updatePlanActivity } from "./update-plan-activity.ts";

/** Plan van aanpak: activities, budget against spend per theme (docs/dashboard.md, "Plan van aanpak"). */
export const planRouter = createTRPCRouter({
  progress: guarded("plan.read").query(({ ctx }) => planProgress(ctx.db)),
  updateActivity: guarded("plan.manage")
    .input(updatePlanActivityInput)
    .mutation(({ ctx, input }) => updatePlanActivity(ctx.db, ctx.actor, input)),
});

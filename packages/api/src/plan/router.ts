import { z } from "zod";
import { createTRPCRouter, guarded } from "../trpc.ts";
import { planProgress } from "./plan-progress.ts";
import { updatePlanActivityInput } from "./schemas.ts";
import { updatePlanActivity } from "./update-plan-activity.ts";

/** Plan van aanpak: activities, budget against spend per theme (docs/dashboard.md, "Plan van aanpak"). */
export const planRouter = createTRPCRouter({
  /** One municipality's plan: the caller's own; a region role may pick one (issue 18). */
  progress: guarded("plan.read")
    .input(z.object({ municipalityCode: z.string().regex(/^GM\d{4}$/).optional() }).optional())
    .query(({ ctx, input }) => planProgress(ctx.db, ctx.actor, input?.municipalityCode)),
  updateActivity: guarded("plan.manage")
    .input(updatePlanActivityInput)
    .mutation(({ ctx, input }) => updatePlanActivity(ctx.db, ctx.actor, input)),
});

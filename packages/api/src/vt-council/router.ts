import { dashboardFilterSchema } from "../vt-dashboard/schemas.ts";
import { createTRPCRouter, guarded } from "../trpc.ts";
import { councilOverview } from "./council-overview.ts";

/** The council's view: aggregates after suppression (docs/dashboard.md, "Raadsweergave"). */
export const councilRouter = createTRPCRouter({
  overview: guarded("figures.council")
    .input(dashboardFilterSchema.optional())
    .query(({ ctx, input }) => councilOverview(ctx.db, ctx.actor, input ?? {})),
});

import { z } from "zod";
import { dashboardFilterSchema } from "../vt-dashboard/schemas.ts";
import { createTRPCRouter, guarded } from "../trpc.ts";
import { councilComparison } from "./council-comparison.ts";
import { councilOverview } from "./council-overview.ts";

/** The council's view: aggregates after suppression (docs/dashboard.md, "Raadsweergave"). */
export const councilRouter = createTRPCRouter({
  overview: guarded("figures.council")
    .input(dashboardFilterSchema.optional())
    // The suppression pattern spans the region (docs/adr/0025): the neighbours' figures are read on a
    // region connection (row-level security, docs/adr/0024) and only leave this process suppressed.
    .query(({ ctx, input }) => councilOverview(ctx.db, ctx.actor, input ?? {}, ctx.dbForScope({ kind: "region" }))),
  /** The caller's municipality beside the others of the region and the region total, after suppression (docs/adr/0025). */
  comparison: guarded("figures.compare")
    .input(z.object({ municipalityCode: z.string().regex(/^GM\d{4}$/, "Kies een gemeente.").optional() }).optional())
    .query(({ ctx, input }) => councilComparison(ctx.db, ctx.actor, input ?? {}, ctx.dbForScope({ kind: "region" }))),
});

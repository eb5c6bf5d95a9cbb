import { createTRPCRouter, guarded } from "../trpc.ts";
import { exportDashboardCsv } from "./export-csv.ts";
import { dashboardOverview } from "./overview.ts";
import { dashboardExportSchema, dashboardFilterSchema } from "./schemas.ts";

/** The coordinator's dashboard: indicator against the target, reports and advice requests, breakdowns. */
export const dashboardRouter = createTRPCRouter({
  overview: guarded("figures.read")
    .input(dashboardFilterSchema)
    .query(({ ctx, input }) => dashboardOverview(ctx.db, ctx.actor, input)),
  /** One dataset of the dashboard as CSV; the download is recorded in the audit log (raw figures). */
  exportCsv: guarded("figures.read")
    .input(dashboardExportSchema)
    .mutation(({ ctx, input }) => exportDashboardCsv(ctx.db, ctx.actor, input.dataset, input.filter)),
});

import { createTRPCRouter } from "../trpc.ts";

/** The coordinator's dashboard: indicator against the target, reports and advice requests, breakdowns. */
export const dashboardRouter = createTRPCRouter({});

import { createTRPCRouter } from "../trpc.ts";

/** The council's view: aggregates after suppression (docs/dashboard.md). */
export const councilRouter = createTRPCRouter({});

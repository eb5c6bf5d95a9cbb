import { createTRPCRouter, guarded } from "../trpc.ts";
import { readPublicPage } from "./read-public-page.ts";
import { publicPageWhich, updatePublicPageInput } from "./schemas.ts";
import { updatePublicPage } from "./update-public-page.ts";

/** The coordinator's settings of the public residents' page (issue 15, item 5; docs/public-site.md). */
export const publicPageRouter = createTRPCRouter({
  get: guarded("publicPage.manage")
    .input(publicPageWhich.optional())
    .query(({ ctx, input }) => readPublicPage(ctx.db, ctx.actor, input?.municipalityCode)),
  update: guarded("publicPage.manage")
    .input(updatePublicPageInput)
    .mutation(({ ctx, input }) => updatePublicPage(ctx.db, ctx.actor, input, ctx.now())),
});

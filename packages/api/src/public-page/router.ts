import { createTRPCRouter, guarded } from "../trpc.ts";
import { readPublicPage } from "./read-public-page.ts";
import { previewPublicPage } from "./preview-public-page.ts";
import { previewPublicPageInput, publicPageWhich, updatePublicPageInput } from "./schemas.ts";
import { updatePublicPage } from "./update-public-page.ts";

/** The coordinator's settings of the public residents' page (issue 15, item 5; docs/public-site.md). */
export const publicPageRouter = createTRPCRouter({
  get: guarded("publicPage.manage")
    .input(publicPageWhich.optional())
    .query(({ ctx, input }) => readPublicPage(ctx.db, ctx.actor, input?.municipalityCode)),
  update: guarded("publicPage.manage")
    .input(updatePublicPageInput)
    .mutation(({ ctx, input }) => updatePublicPage(ctx.db, ctx.actor, input, ctx.now())),
  // Writes nothing; a mutation because the draft (two texts of up to 1,500 characters) travels in
  // the request body, not in a GET query string.
  preview: guarded("publicPage.manage")
    .input(previewPublicPageInput)
    .mutation(({ ctx, input }) => previewPublicPage(ctx.db, ctx.actor, input)),
});

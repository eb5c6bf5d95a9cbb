import { createTRPCRouter, guarded } from "../trpc.ts";
import { legalReviewStatus } from "./legal-review-status.ts";
import { recordLegalReview } from "./record-legal-review.ts";
import { recordLegalReviewInput } from "./schemas.ts";

/** "Juridisch gecontroleerd door … op …" for the legal content catalogue (issue 13; docs/mag-ik-delen.md). */
export const legalReviewRouter = createTRPCRouter({
  status: guarded("legalReview.read").query(({ ctx }) => legalReviewStatus(ctx.db, ctx.actor)),
  record: guarded("legalReview.manage")
    .input(recordLegalReviewInput)
    .mutation(({ ctx, input }) => recordLegalReview(ctx.db, ctx.actor, input, ctx.now())),
});

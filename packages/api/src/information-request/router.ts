import { createTRPCRouter, guarded } from "../trpc.ts";
import { answerDate } from "./answer-date.ts";
import { answerDateInput } from "./schemas.ts";

export const informationRequestRouter = createTRPCRouter({
  /** "Informatieverzoek opstellen": the answer date of a request sent today between two organisations. */
  answerDate: guarded("informationRequest.answerDate")
    .input(answerDateInput)
    .query(({ ctx, input }) => answerDate(ctx.db, ctx.actor, input, ctx.now())),
});

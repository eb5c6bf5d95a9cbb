import { createTRPCRouter, guarded } from "../trpc.ts";
import { createAgreement } from "./create-agreement.ts";
import { agreementHistory, listAgreements, ownerOptions, readAgreement } from "./read-agreements.ts";
import { agreementIdInput, createAgreementInput, listAgreementsInput, transitionAgreementInput, updateAgreementInput } from "./schemas.ts";
import { transitionAgreement } from "./transition-agreement.ts";
import { updateAgreement } from "./update-agreement.ts";

/** Convenanten registry (issue 4, docs/convenanten.md). Reads respect agreement-access.ts. */
export const agreementRouter = createTRPCRouter({
  list: guarded("agreement.read")
    .input(listAgreementsInput)
    .query(({ ctx, input }) => listAgreements(ctx.db, ctx.actor, input, ctx.now())),
  byId: guarded("agreement.read")
    .input(agreementIdInput)
    .query(({ ctx, input }) => readAgreement(ctx.db, ctx.actor, input.id)),
  history: guarded("agreement.read")
    .input(agreementIdInput)
    .query(({ ctx, input }) => agreementHistory(ctx.db, ctx.actor, input.id)),
  owners: guarded("agreement.manage").query(({ ctx }) => ownerOptions(ctx.db)),
  create: guarded("agreement.manage")
    .input(createAgreementInput)
    .mutation(({ ctx, input }) => createAgreement(ctx.db, ctx.actor, input)),
  update: guarded("agreement.manage")
    .input(updateAgreementInput)
    .mutation(({ ctx, input }) => updateAgreement(ctx.db, ctx.actor, input)),
  transition: guarded("agreement.manage")
    .input(transitionAgreementInput)
    .mutation(({ ctx, input }) => transitionAgreement(ctx.db, ctx.actor, input)),
});

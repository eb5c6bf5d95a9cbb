import { actorOf, createTRPCRouter, guarded } from "../trpc.ts";
import { compareOrganisationsForSharing } from "./compare-organisations.ts";
import { sharingCompareInput } from "./schemas.ts";

export const sharingRouter = createTRPCRouter({
  /** "Mag ik delen met …?": the rules for one pair of organisations. */
  compare: guarded("sharing.read")
    .input(sharingCompareInput)
    .query(({ ctx, input }) => compareOrganisationsForSharing(ctx.db, actorOf(ctx), input)),
});

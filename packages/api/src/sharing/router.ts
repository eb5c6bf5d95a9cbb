import { actorOf, createTRPCRouter, guarded } from "../trpc.ts";
import { compareOrganisationsForSharing } from "./compare-organisations.ts";
import { findOrganisationsByName } from "./find-organisations.ts";
import { organisationPickerInput, sharingCompareInput } from "./schemas.ts";

export const sharingRouter = createTRPCRouter({
  /** "Mag ik delen met …?": the rules, contacts and agreement for one pair of organisations. */
  compare: guarded("sharing.read")
    .input(sharingCompareInput)
    .query(({ ctx, input }) => compareOrganisationsForSharing(ctx.db, actorOf(ctx), input, ctx.now())),
  /** The organisation picker: at most ten organisations whose name or type matches. */
  findOrganisations: guarded("sharing.read")
    .input(organisationPickerInput)
    .query(({ ctx, input }) => findOrganisationsByName(ctx.db, actorOf(ctx), input.q)),
});

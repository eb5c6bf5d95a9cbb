import { createTRPCRouter, guarded } from "../trpc.ts";
import { compareOrganisationsForSharing } from "./compare-organisations.ts";
import { findOrganisationsById, findOrganisationsByName } from "./find-organisations.ts";
import { organisationPickerInput, organisationsByIdInput, sharingCompareInput } from "./schemas.ts";

export const sharingRouter = createTRPCRouter({
  /** "Mag ik delen met …?": the rules, contacts and agreement for one pair of organisations. */
  compare: guarded("sharing.read")
    .input(sharingCompareInput)
    .query(({ ctx, input }) => compareOrganisationsForSharing(ctx.db, ctx.actor, input, ctx.now())),
  /** The organisation picker: at most ten organisations whose name or type matches. */
  findOrganisations: guarded("sharing.read")
    .input(organisationPickerInput)
    .query(({ ctx, input }) => findOrganisationsByName(ctx.db, ctx.actor, input.q)),
  /** The pickers' current choice by id (names for the form). */
  organisationsById: guarded("sharing.read")
    .input(organisationsByIdInput)
    .query(({ ctx, input }) => findOrganisationsById(ctx.db, ctx.actor, input.ids)),
});

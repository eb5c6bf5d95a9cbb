import { createTRPCRouter, guarded } from "../trpc.ts";
import { addMunicipality } from "./add-municipality.ts";
import { listMunicipalities, municipalityOptions, ownMunicipality } from "./list-municipalities.ts";
import { addMunicipalityInput } from "./schemas.ts";

export const municipalityRouter = createTRPCRouter({
  list: guarded("municipality.list").query(({ ctx }) => listMunicipalities(ctx.db)),
  // For the user form's "Gemeente" select (the administrator's).
  options: guarded("user.list").query(({ ctx }) => municipalityOptions(ctx.db)),
  // The caller's own municipality (the header's "Gemeente Zwijndrecht"); null when they have none.
  mine: guarded("session.read").query(({ ctx }) => (ctx.actor ? ownMunicipality(ctx.db, ctx.actor.municipalityCode) : null)),
  add: guarded("municipality.add")
    .input(addMunicipalityInput)
    .mutation(({ ctx, input }) => addMunicipality(ctx.db, ctx.actor, input, ctx.now())),
});

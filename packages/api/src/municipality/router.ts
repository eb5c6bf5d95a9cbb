import { createTRPCRouter, guarded } from "../trpc.ts";
import { addMunicipality } from "./add-municipality.ts";
import { listMunicipalities, municipalityOptions } from "./list-municipalities.ts";
import { addMunicipalityInput } from "./schemas.ts";

export const municipalityRouter = createTRPCRouter({
  list: guarded("municipality.list").query(({ ctx }) => listMunicipalities(ctx.db)),
  // For the user form's "Gemeente" select (the administrator's).
  options: guarded("user.list").query(({ ctx }) => municipalityOptions(ctx.db)),
  add: guarded("municipality.add")
    .input(addMunicipalityInput)
    .mutation(({ ctx, input }) => addMunicipality(ctx.db, ctx.actor, input, ctx.now())),
});

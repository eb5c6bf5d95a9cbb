import { actorOf, createTRPCRouter, guarded } from "../trpc.ts";
import { archiveOrganisation } from "./archive-organisation.ts";
import { confirmOrganisation } from "./confirm-organisation.ts";
import { createOrganisation } from "./create-organisation.ts";
import { getOrganisationForEdit } from "./organisation-for-edit.ts";
import {
  archiveOrganisationInput,
  confirmOrganisationInput,
  createOrganisationInput,
  organisationForEditInput,
  updateOrganisationInput,
} from "./schemas.ts";
import { updateOrganisation } from "./update-organisation.ts";

export const organisationRouter = createTRPCRouter({
  /** Names and ids for pickers (linking a user to an organisation). */
  options: guarded("organisation.options").query(({ ctx }) =>
    ctx.db.organisation.findMany({
      where: { status: { not: "CLOSED" } },
      select: { id: true, name: true, legalFrame: true, sector: true },
      orderBy: { name: "asc" },
    }),
  ),
  // Management (write side, packages/api/src/organisation/*-organisation.ts).
  forEdit: guarded("organisation.update")
    .input(organisationForEditInput)
    .query(({ ctx, input }) => getOrganisationForEdit(ctx.db, actorOf(ctx), input)),
  create: guarded("organisation.create")
    .input(createOrganisationInput)
    .mutation(({ ctx, input }) => createOrganisation(ctx.db, actorOf(ctx), input)),
  update: guarded("organisation.update")
    .input(updateOrganisationInput)
    .mutation(({ ctx, input }) => updateOrganisation(ctx.db, actorOf(ctx), input)),
  archive: guarded("organisation.archive")
    .input(archiveOrganisationInput)
    .mutation(({ ctx, input }) => archiveOrganisation(ctx.db, actorOf(ctx), input)),
  confirm: guarded("organisation.confirm")
    .input(confirmOrganisationInput)
    .mutation(({ ctx, input }) => confirmOrganisation(ctx.db, actorOf(ctx), input)),
});

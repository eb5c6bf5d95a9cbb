import { createTRPCRouter, guarded } from "../trpc.ts";
import { readEscalationRoute, readOrganisation, readVisibleContact } from "./read-organisation.ts";
import { contactCardInput, organisationBySlugInput, organisationIdInput } from "./read-schemas.ts";
import { contactToVCard, vCardFileName } from "./vcard.ts";
import { archiveOrganisation } from "./archive-organisation.ts";
import { confirmOrganisation } from "./confirm-organisation.ts";
import { createOrganisation } from "./create-organisation.ts";
import { getOrganisationForEdit } from "./organisation-for-edit.ts";
import { listOrganisationOptions } from "./organisation-options.ts";
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
  options: guarded("organisation.options").query(({ ctx }) => listOrganisationOptions(ctx.db)),
  // Management (write side, packages/api/src/organisation/*-organisation.ts).
  forEdit: guarded("organisation.update")
    .input(organisationForEditInput)
    .query(({ ctx, input }) => getOrganisationForEdit(ctx.db, ctx.actor, input)),
  create: guarded("organisation.create")
    .input(createOrganisationInput)
    .mutation(({ ctx, input }) => createOrganisation(ctx.db, ctx.actor, input)),
  update: guarded("organisation.update")
    .input(updateOrganisationInput)
    .mutation(({ ctx, input }) => updateOrganisation(ctx.db, ctx.actor, input)),
  archive: guarded("organisation.archive")
    .input(archiveOrganisationInput)
    .mutation(({ ctx, input }) => archiveOrganisation(ctx.db, ctx.actor, input)),
  confirm: guarded("organisation.confirm")
    .input(confirmOrganisationInput)
    .mutation(({ ctx, input }) => confirmOrganisation(ctx.db, ctx.actor, input, ctx.now())),
  // Read side (packages/api/src/organisation/read-organisation.ts): the organisation page,
  // the escalatie page and the vCard download share one set of visibility rules.
  bySlug: guarded("organisation.read")
    .input(organisationBySlugInput)
    .query(({ ctx, input }) => readOrganisation(ctx.db, ctx.actor, { slug: input.slug }, ctx.now(), ctx.settings)),
  escalationRoute: guarded("organisation.read")
    .input(organisationIdInput)
    .query(({ ctx, input }) => readEscalationRoute(ctx.db, ctx.actor, input.organisationId)),
  contactCard: guarded("organisation.read")
    .input(contactCardInput)
    .query(async ({ ctx, input }) => {
      const contact = await readVisibleContact(ctx.db, ctx.actor, input);
      return {
        fileName: vCardFileName(contact.name),
        vcard: contactToVCard({ ...contact, note: contact.availability }),
      };
    }),
});

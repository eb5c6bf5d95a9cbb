import { actorOf, createTRPCRouter, guarded } from "../trpc.ts";
import { readEscalationRoute, readOrganisation, readVisibleContact } from "./read-organisation.ts";
import { contactCardInput, organisationBySlugInput, organisationIdInput } from "./read-schemas.ts";
import { contactToVCard, vCardFileName } from "./vcard.ts";

export const organisationRouter = createTRPCRouter({
  /** Names and ids for pickers (linking a user to an organisation). */
  options: guarded("organisation.options").query(({ ctx }) =>
    ctx.db.organisation.findMany({
      where: { status: { not: "CLOSED" } },
      select: { id: true, name: true, legalFrame: true, sector: true },
      orderBy: { name: "asc" },
    }),
  ),
  // Read side (packages/api/src/organisation/read-organisation.ts): the organisation page,
  // the escalatie page and the vCard download share one set of visibility rules.
  bySlug: guarded("organisation.read")
    .input(organisationBySlugInput)
    .query(({ ctx, input }) => readOrganisation(ctx.db, actorOf(ctx), { slug: input.slug })),
  escalationRoute: guarded("organisation.read")
    .input(organisationIdInput)
    .query(({ ctx, input }) => readEscalationRoute(ctx.db, actorOf(ctx), input.organisationId)),
  contactCard: guarded("organisation.read")
    .input(contactCardInput)
    .query(async ({ ctx, input }) => {
      const contact = await readVisibleContact(ctx.db, actorOf(ctx), input);
      return {
        fileName: vCardFileName(contact.name),
        vcard: contactToVCard({ ...contact, note: contact.availability }),
      };
    }),
});

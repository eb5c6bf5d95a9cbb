import { createTRPCRouter, guarded } from "../trpc.ts";
import { createContact, removeContact, updateContact } from "./manage-contacts.ts";
import { createContactInput, removeContactInput, updateContactInput } from "./schemas.ts";

/** Contacts of an organisation; a partner manages only its own (checked per record). */
export const contactRouter = createTRPCRouter({
  create: guarded("contact.manage")
    .input(createContactInput)
    .mutation(({ ctx, input }) => createContact(ctx.db, ctx.actor, input)),
  update: guarded("contact.manage")
    .input(updateContactInput)
    .mutation(({ ctx, input }) => updateContact(ctx.db, ctx.actor, input)),
  remove: guarded("contact.manage")
    .input(removeContactInput)
    .mutation(({ ctx, input }) => removeContact(ctx.db, ctx.actor, input)),
});

import { createTRPCRouter, guarded } from "../trpc.ts";
import { readConsultContacts } from "./consult-contacts.ts";

export const weighingRouter = createTRPCRouter({
  /** "Doe het nooit alleen": the people to consult, from the sociale kaart. Takes no input: the weighing itself is never sent. */
  consultContacts: guarded("weighing.consultContacts").query(({ ctx }) => readConsultContacts(ctx.db, ctx.actor, ctx.now())),
});

import type { SessionUser } from "@kk/auth/roles";
import type { Db, Prisma, Tx } from "@kk/db";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { notFound, staleVersion } from "../errors.ts";
import { loadForWrite } from "../organisation/organisation-for-edit.ts";
import { assertCan } from "../trpc.ts";
import type { createContactInput, removeContactInput, updateContactInput } from "./schemas.ts";

const contactFields = {
  id: true,
  organisationId: true,
  name: true,
  jobTitle: true,
  roles: true,
  phone: true,
  email: true,
  availability: true,
  visibility: true,
  version: true,
} satisfies Prisma.ContactSelect;

export type ContactRow = Prisma.ContactGetPayload<{ select: typeof contactFields }>;

/** Loads a contact and checks the actor may manage the contacts of its organisation. */
async function loadContactForWrite(tx: Tx, actor: SessionUser, id: string): Promise<ContactRow> {
  const contact = await tx.contact.findUnique({ where: { id }, select: contactFields });
  if (!contact) throw notFound("De contactpersoon");
  assertCan(actor, "contact.manage", { organisationId: contact.organisationId });
  return contact;
}

export async function createContact(db: Db, actor: SessionUser, input: z.output<typeof createContactInput>): Promise<ContactRow> {
  return db.$transaction(async (tx) => {
    await loadForWrite(tx, actor, "contact.manage", input.organisationId);
    const contact = await tx.contact.create({ data: input, select: contactFields });
    await recordAudit(tx, actor, { action: "contact.create", entityType: "Contact", entityId: contact.id, after: contact });
    return contact;
  });
}

/** Refused when someone else saved the contact since `version`. The organisation stays the same. */
export async function updateContact(db: Db, actor: SessionUser, input: z.output<typeof updateContactInput>): Promise<ContactRow> {
  return db.$transaction(async (tx) => {
    const before = await loadContactForWrite(tx, actor, input.id);
    const { id, version, ...fields } = input;
    const { count } = await tx.contact.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw staleVersion();
    const after = await tx.contact.findUniqueOrThrow({ where: { id }, select: contactFields });
    await recordAudit(tx, actor, { action: "contact.update", entityType: "Contact", entityId: id, before, after });
    return after;
  });
}

/**
 * A contact named in the escalation route is not removed: the route would silently lose a step's
 * person. The editor takes it out of the route first.
 */
export async function removeContact(db: Db, actor: SessionUser, input: z.output<typeof removeContactInput>): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const before = await loadContactForWrite(tx, actor, input.id);
    const inRoute = await tx.escalationStep.count({ where: { contactId: input.id } });
    if (inRoute > 0) {
      throw new TRPCError({
        code: "CONFLICT",
        message: "Deze contactpersoon staat in de escalatieroute. Haal de contactpersoon eerst uit de route en verwijder daarna.",
      });
    }
    const { count } = await tx.contact.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw staleVersion();
    await recordAudit(tx, actor, { action: "contact.remove", entityType: "Contact", entityId: input.id, before });
    return { id: input.id };
  });
}

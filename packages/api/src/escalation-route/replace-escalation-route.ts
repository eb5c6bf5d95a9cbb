import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { staleVersion } from "../errors.ts";
import { FieldErrorsCause, type FieldErrors } from "../field-errors.ts";
import { loadForWrite } from "../organisation/organisation-for-edit.ts";
import { findMunicipalCoordinator } from "../organisation/read-organisation.ts";
import type { replaceEscalationRouteInput } from "./schemas.ts";

const stepFields = { id: true, position: true, label: true, contactId: true, whenToUse: true, responseTime: true } as const;

export interface EscalationRouteResult {
  /** The organisation's new version, for the next save. */
  version: number;
  steps: Array<{ id: string; position: number; label: string; contactId: string | null; whenToUse: string; responseTime: string }>;
}

/**
 * Replaces the organisation's escalation route in one transaction: positions 1..n in the order
 * given. A step's contact must be a contact of this organisation, or the municipal coordinator's
 * contact (issue 3: the coordinator is the last step of every route; the organisation page adds
 * that step when a route does not end with it). The organisation's version is
 * raised, so of two people editing the route (or the entry) at once the second is refused.
 */
export async function replaceEscalationRoute(
  db: Db,
  actor: SessionUser,
  input: z.output<typeof replaceEscalationRouteInput>,
): Promise<EscalationRouteResult> {
  const municipal = await findMunicipalCoordinator(db, actor);
  return db.$transaction(async (tx) => {
    await loadForWrite(tx, actor, "escalationRoute.manage", input.organisationId);
    const ownContacts = new Set(
      (await tx.contact.findMany({ where: { organisationId: input.organisationId }, select: { id: true } })).map((c) => c.id),
    );
    if (municipal?.contact) ownContacts.add(municipal.contact.id);
    const fieldErrors: FieldErrors = {};
    input.steps.forEach((step, index) => {
      if (step.contactId !== null && !ownContacts.has(step.contactId)) {
        fieldErrors[`steps.${index}.contactId`] = ["Kies een contactpersoon van deze organisatie of de coördinator van de gemeente."];
      }
    });
    if (Object.keys(fieldErrors).length > 0) {
      const message = "Een stap noemt een contactpersoon die niet bij deze organisatie hoort.";
      throw new TRPCError({ code: "BAD_REQUEST", message, cause: new FieldErrorsCause(message, fieldErrors) });
    }

    const { count } = await tx.organisation.updateMany({
      where: { id: input.organisationId, version: input.version },
      data: { version: { increment: 1 } },
    });
    if (count === 0) throw staleVersion();

    const before = await tx.escalationStep.findMany({
      where: { organisationId: input.organisationId },
      select: stepFields,
      orderBy: { position: "asc" },
    });
    await tx.escalationStep.deleteMany({ where: { organisationId: input.organisationId } });
    await tx.escalationStep.createMany({
      data: input.steps.map((step, index) => ({ ...step, organisationId: input.organisationId, position: index + 1 })),
    });
    const steps = await tx.escalationStep.findMany({
      where: { organisationId: input.organisationId },
      select: stepFields,
      orderBy: { position: "asc" },
    });
    const { version } = await tx.organisation.findUniqueOrThrow({ where: { id: input.organisationId }, select: { version: true } });
    await recordAudit(tx, actor, {
      action: "escalationRoute.replace",
      entityType: "Organisation",
      entityId: input.organisationId,
      before: { escalationSteps: before },
      after: { escalationSteps: steps },
    });
    return { version, steps };
  });
}

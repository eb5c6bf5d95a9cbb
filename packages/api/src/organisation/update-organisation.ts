import { can } from "@kk/auth/policy";
import type { SessionUser } from "@kk/auth/roles";
import type { Db, Prisma } from "@kk/db";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { notFound, staleVersion } from "../errors.ts";
import { FieldErrorsCause, type FieldErrors } from "../field-errors.ts";
import { loadForWrite, organisationEditFields, type OrganisationEditRow } from "./organisation-for-edit.ts";
import { COORDINATOR_ONLY_FIELDS, type updateOrganisationInput } from "./schemas.ts";

type UpdateInput = z.output<typeof updateOrganisationInput>;

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Without "organisation.updateIdentity" (a partner) the coordinator-only fields may be sent unchanged, never changed. */
function assertPartnerLeavesCoordinatorFields(current: OrganisationEditRow, input: UpdateInput): void {
  const fieldErrors: FieldErrors = {};
  for (const field of COORDINATOR_ONLY_FIELDS) {
    const value = input[field];
    if (value !== undefined && !sameValue(value, current[field])) {
      fieldErrors[field] = ["Dit gegeven kan alleen de aandachtsfunctionaris van de gemeente wijzigen."];
    }
  }
  if (Object.keys(fieldErrors).length > 0) {
    const message = "U mag de naam, sector, het soort organisatie, het wettelijk kader en de zichtbaarheid niet wijzigen. Vraag dit aan de aandachtsfunctionaris van de gemeente.";
    throw new TRPCError({ code: "FORBIDDEN", message, cause: new FieldErrorsCause(message, fieldErrors) });
  }
}

/**
 * Saves the entry's details. Saving is not confirming: `verifiedAt` is left as it is
 * (only `confirmOrganisation` sets it). Refused when someone else saved since `version`.
 */
export async function updateOrganisation(db: Db, actor: SessionUser, input: UpdateInput): Promise<OrganisationEditRow> {
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, actor, "organisation.update", input.id);
    if (!can(actor, "organisation.updateIdentity")) assertPartnerLeavesCoordinatorFields(before, input);
    const data: Prisma.OrganisationUpdateManyMutationInput = {
      description: input.description,
      address: input.address,
      postcode: input.postcode,
      area: input.area,
      phone: input.phone,
      email: input.email,
      website: input.website,
      openingHours: input.openingHours,
      services: input.services,
      targetGroups: input.targetGroups,
      // undefined leaves a coordinator-only field as it is (and a partner cannot get here with a change).
      name: input.name,
      sector: input.sector,
      type: input.type,
      legalFrame: input.legalFrame,
      legalBasis: input.legalBasis,
      meldcodeApplies: input.meldcodeApplies,
      keurmerkMeldcode: input.keurmerkMeldcode,
      isPublic: input.isPublic,
    };
    const { count } = await tx.organisation.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw staleVersion();
    const after = await tx.organisation.findUnique({ where: { id: input.id }, select: organisationEditFields });
    if (!after) throw notFound("De organisatie");
    await recordAudit(tx, actor, { action: "organisation.update", entityType: "Organisation", entityId: input.id, before, after });
    return after;
  });
}

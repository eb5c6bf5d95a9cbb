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
import { assertWorkingArea, normaliseWorkingArea, writeOrganisationWorkingArea, type WorkingArea } from "./working-area.ts";

type UpdateInput = z.output<typeof updateOrganisationInput>;

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function currentWorkingArea(row: OrganisationEditRow): WorkingArea {
  return { regionWide: row.regionWide, municipalityCodes: row.municipalities.map((m) => m.municipalityCode) };
}

/** The value a coordinator-only field has now, as the input names it. */
function currentValue(row: OrganisationEditRow, field: (typeof COORDINATOR_ONLY_FIELDS)[number]): unknown {
  return field === "municipalityCodes" ? currentWorkingArea(row).municipalityCodes : row[field];
}

/** The working area after this update, or null when the input leaves it as it is. */
function nextWorkingArea(current: OrganisationEditRow, input: UpdateInput): WorkingArea | null {
  if (input.regionWide === undefined && input.municipalityCodes === undefined) return null;
  const before = currentWorkingArea(current);
  return normaliseWorkingArea({
    regionWide: input.regionWide ?? before.regionWide,
    municipalityCodes: input.municipalityCodes ?? before.municipalityCodes,
  });
}

/** Without "organisation.updateIdentity" (a partner) the coordinator-only fields may be sent unchanged, never changed. */
function assertPartnerLeavesCoordinatorFields(current: OrganisationEditRow, input: UpdateInput): void {
  const fieldErrors: FieldErrors = {};
  for (const field of COORDINATOR_ONLY_FIELDS) {
    const value = field === "municipalityCodes" && input.municipalityCodes ? [...new Set(input.municipalityCodes)].sort() : input[field];
    if (value !== undefined && !sameValue(value, currentValue(current, field))) {
      fieldErrors[field] = ["Dit gegeven kan alleen de aandachtsfunctionaris van de gemeente wijzigen."];
    }
  }
  if (Object.keys(fieldErrors).length > 0) {
    const message = "U mag de naam, sector, het soort organisatie, het wettelijk kader, de zichtbaarheid en het werkgebied niet wijzigen. Vraag dit aan de aandachtsfunctionaris van de gemeente.";
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
    const workingArea = nextWorkingArea(before, input);
    if (workingArea) await assertWorkingArea(tx, workingArea);
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
      regionWide: workingArea?.regionWide,
    };
    const { count } = await tx.organisation.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw staleVersion();
    if (workingArea) await writeOrganisationWorkingArea(tx, input.id, workingArea);
    const after = await tx.organisation.findUnique({ where: { id: input.id }, select: organisationEditFields });
    if (!after) throw notFound("De organisatie");
    await recordAudit(tx, actor, { action: "organisation.update", entityType: "Organisation", entityId: input.id, before, after });
    return after;
  });
}

import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { notFound, staleVersion } from "../errors.ts";
import { organisationEditFields, type OrganisationEditRow } from "./organisation-for-edit.ts";
import type { archiveOrganisationInput } from "./schemas.ts";

/**
 * Archiving keeps the entry (and its history) but takes it out of use: INACTIVE for a pause,
 * CLOSED when the organisation no longer exists; ACTIVE brings it back. Coordinator only.
 */
export async function archiveOrganisation(
  db: Db,
  actor: SessionUser,
  input: z.output<typeof archiveOrganisationInput>,
): Promise<OrganisationEditRow> {
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id: input.id }, select: organisationEditFields });
    if (!before) throw notFound("De organisatie");
    const { count } = await tx.organisation.updateMany({
      where: { id: input.id, version: input.version },
      data: { status: input.status, version: { increment: 1 } },
    });
    if (count === 0) throw staleVersion();
    const after = await tx.organisation.findUniqueOrThrow({ where: { id: input.id }, select: organisationEditFields });
    const action = input.status === "ACTIVE" ? "organisation.reactivate" : "organisation.archive";
    await recordAudit(tx, actor, { action, entityType: "Organisation", entityId: input.id, before, after });
    return after;
  });
}

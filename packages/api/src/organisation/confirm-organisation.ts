import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { staleVersion } from "../errors.ts";
import { loadForWrite, organisationEditFields, type OrganisationEditRow } from "./organisation-for-edit.ts";
import type { confirmOrganisationInput } from "./schemas.ts";

/**
 * "Alles klopt nog": the only way `verifiedAt`/`verifiedById` change (saving or importing does
 * not count as checking, issue 3). The caller confirms what they saw, so a confirmation based
 * on an old `version` is refused. Confirming changes no content, so it does not raise `version`:
 * a form someone else has open stays valid.
 */
export async function confirmOrganisation(
  db: Db,
  actor: SessionUser,
  input: z.output<typeof confirmOrganisationInput>,
  now: Date,
): Promise<OrganisationEditRow> {
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, actor, "organisation.confirm", input.id);
    const { count } = await tx.organisation.updateMany({
      where: { id: input.id, version: input.version },
      data: { verifiedAt: now, verifiedById: actor.id },
    });
    if (count === 0) throw staleVersion();
    const after = await tx.organisation.findUniqueOrThrow({ where: { id: input.id }, select: organisationEditFields });
    await recordAudit(tx, actor, {
      action: "organisation.confirm",
      entityType: "Organisation",
      entityId: input.id,
      before: { verifiedAt: before.verifiedAt, verifiedById: before.verifiedById },
      after: { verifiedAt: after.verifiedAt, verifiedById: after.verifiedById },
    });
    return after;
  });
}

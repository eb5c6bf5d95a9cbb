import type { SessionUser } from "@kk/auth/roles";
import { Prisma, type Db } from "@kk/db";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { fieldConflict } from "../errors.ts";
import { organisationEditFields, type OrganisationEditRow } from "./organisation-for-edit.ts";
import type { createOrganisationInput } from "./schemas.ts";
import { uniqueOrganisationSlug } from "./slug.ts";
import { assertWorkingArea, defaultWorkingArea, normaliseWorkingArea, writeOrganisationWorkingArea } from "./working-area.ts";

/**
 * A new entry on the sociale kaart (coordinator only, see the policy). It starts unconfirmed:
 * `verifiedAt` stays empty until someone confirms the entry.
 */
export async function createOrganisation(
  db: Db,
  actor: SessionUser,
  input: z.output<typeof createOrganisationInput>,
): Promise<OrganisationEditRow> {
  const { regionWide, municipalityCodes, ...fields } = input;
  const workingArea =
    regionWide === undefined && municipalityCodes === undefined
      ? defaultWorkingArea(actor)
      : normaliseWorkingArea({ regionWide: regionWide ?? false, municipalityCodes: municipalityCodes ?? [] });
  await assertWorkingArea(db, workingArea);
  // Two attempts: a slug taken between choosing it and inserting it gets the next number.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(async (tx) => {
        const slug = await uniqueOrganisationSlug(tx, input.name);
        const { id } = await tx.organisation.create({ data: { ...fields, regionWide: workingArea.regionWide, slug }, select: { id: true } });
        await writeOrganisationWorkingArea(tx, id, workingArea);
        const organisation = await tx.organisation.findUniqueOrThrow({ where: { id }, select: organisationEditFields });
        await recordAudit(tx, actor, {
          action: "organisation.create",
          entityType: "Organisation",
          entityId: organisation.id,
          after: organisation,
        });
        return organisation;
      });
    } catch (error) {
      const duplicate = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!duplicate) throw error;
      if (attempt >= 2) {
        const message = "Er bestaat al een organisatie met een naam die hier te veel op lijkt. Kies een andere naam.";
        throw fieldConflict(message, { name: [message] });
      }
    }
  }
}

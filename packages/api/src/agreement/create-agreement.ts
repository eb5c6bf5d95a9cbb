import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { recordAudit } from "../audit/record-audit.ts";
import { agreementWriteFields, assertPartiesAndOwner, clauseRows, partyRows, type AgreementWriteRow } from "./agreement-record.ts";
import { assertWorkingArea, defaultWorkingArea, normaliseWorkingArea, writeAgreementScope } from "../organisation/working-area.ts";
import { AGREEMENT_SCOPE_MISSING, type CreateAgreementValues } from "./schemas.ts";

/** A new agreement always starts as CONCEPT; the owner defaults to the coordinator creating it. */
export async function createAgreement(db: Db, actor: SessionUser, input: CreateAgreementValues): Promise<AgreementWriteRow> {
  return db.$transaction(async (tx) => {
    const ownerId = input.ownerId ?? actor.id;
    await assertPartiesAndOwner(tx, input, ownerId);
    const scope =
      input.regionWide === undefined && input.municipalityCodes === undefined
        ? defaultWorkingArea(actor)
        : normaliseWorkingArea({ regionWide: input.regionWide ?? false, municipalityCodes: input.municipalityCodes ?? [] });
    await assertWorkingArea(tx, scope, "municipalityCodes", AGREEMENT_SCOPE_MISSING);
    const { id } = await tx.agreement.create({
      data: {
        title: input.title,
        kind: input.kind,
        purpose: input.purpose,
        scope: input.scope,
        legalBasisNotes: input.legalBasisNotes,
        status: "CONCEPT",
        startDate: input.startDate,
        endDate: input.endDate,
        reviewDate: input.reviewDate,
        ownerId,
        municipalityRole: input.municipalityRole,
        coversInformationExchange: input.coversInformationExchange,
        responseWorkingDays: input.responseWorkingDays,
        regionWide: scope.regionWide,
        parties: { create: partyRows(input.parties) },
        clauses: { create: clauseRows(input.clauses) },
      },
      select: { id: true },
    });
    await writeAgreementScope(tx, id, scope);
    const created = await tx.agreement.findUniqueOrThrow({ where: { id }, select: agreementWriteFields });
    await recordAudit(tx, actor, { action: "agreement.create", entityType: "Agreement", entityId: created.id, after: created });
    return created;
  });
}

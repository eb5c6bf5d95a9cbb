import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { recordAudit } from "../audit/record-audit.ts";
import { agreementWriteFields, assertPartiesAndOwner, clauseRows, partyRows, type AgreementWriteRow } from "./agreement-record.ts";
import type { CreateAgreementValues } from "./schemas.ts";

/** A new agreement always starts as CONCEPT; the owner defaults to the coordinator creating it. */
export async function createAgreement(db: Db, actor: SessionUser, input: CreateAgreementValues): Promise<AgreementWriteRow> {
  return db.$transaction(async (tx) => {
    const ownerId = input.ownerId ?? actor.id;
    await assertPartiesAndOwner(tx, input, ownerId);
    const created = await tx.agreement.create({
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
        parties: { create: partyRows(input.parties) },
        clauses: { create: clauseRows(input.clauses) },
      },
      select: agreementWriteFields,
    });
    await recordAudit(tx, actor, { action: "agreement.create", entityType: "Agreement", entityId: created.id, after: created });
    return created;
  });
}

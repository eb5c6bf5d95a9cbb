import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { staleVersion } from "../errors.ts";
import {
  activeRequirements,
  assertPartiesAndOwner,
  badInput,
  clauseRows,
  loadAgreementForWrite,
  partyRows,
  type AgreementWriteRow,
} from "./agreement-record.ts";
import { assertWorkingArea, normaliseWorkingArea, writeAgreementScope } from "../organisation/working-area.ts";
import { AGREEMENT_SCOPE_MISSING, type updateAgreementInput } from "./schemas.ts";

type UpdateValues = z.output<typeof updateAgreementInput>;

/**
 * Saves the whole form: fields, parties and checklist replace what was stored, in one
 * transaction, only when nobody saved since `version`. The status changes through `transition`.
 */
export async function updateAgreement(db: Db, actor: SessionUser, input: UpdateValues): Promise<AgreementWriteRow> {
  return db.$transaction(async (tx) => {
    const before = await loadAgreementForWrite(tx, input.id);
    if (before.version !== input.version) throw staleVersion();
    const ownerId = input.ownerId ?? before.ownerId;
    await assertPartiesAndOwner(tx, input, ownerId);
    const scope =
      input.regionWide === undefined && input.municipalityCodes === undefined
        ? null
        : normaliseWorkingArea({
            regionWide: input.regionWide ?? before.regionWide,
            municipalityCodes: input.municipalityCodes ?? before.municipalities.map((m) => m.municipalityCode),
          });
    if (scope) await assertWorkingArea(tx, scope, "municipalityCodes", AGREEMENT_SCOPE_MISSING);
    if (before.status === "ACTIEF") {
      const errors = activeRequirements(input);
      const first = Object.values(errors)[0]?.[0];
      if (first) throw badInput(first, errors);
    }
    // The version in the where-clause makes a concurrent save lose (count 0), never overwrite.
    const { count } = await tx.agreement.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        title: input.title,
        kind: input.kind,
        purpose: input.purpose,
        scope: input.scope,
        legalBasisNotes: input.legalBasisNotes,
        startDate: input.startDate,
        endDate: input.endDate,
        reviewDate: input.reviewDate,
        ownerId,
        municipalityRole: input.municipalityRole,
        coversInformationExchange: input.coversInformationExchange,
        responseWorkingDays: input.responseWorkingDays,
        regionWide: scope?.regionWide,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw staleVersion();
    if (scope) await writeAgreementScope(tx, input.id, scope);
    await tx.agreementParty.deleteMany({ where: { agreementId: input.id } });
    await tx.agreementParty.createMany({ data: partyRows(input.parties).map((p) => ({ ...p, agreementId: input.id })) });
    await tx.agreementClause.deleteMany({ where: { agreementId: input.id } });
    await tx.agreementClause.createMany({ data: clauseRows(input.clauses).map((c) => ({ ...c, agreementId: input.id })) });
    const after = await loadAgreementForWrite(tx, input.id);
    await recordAudit(tx, actor, { action: "agreement.update", entityType: "Agreement", entityId: input.id, before, after });
    return after;
  });
}

import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { TRPCError } from "@trpc/server";
import { recordAudit } from "../audit/record-audit.ts";
import { staleVersion } from "../errors.ts";
import { activeRequirements, badInput, loadAgreementForWrite, type AgreementWriteRow } from "./agreement-record.ts";
import type { TransitionAgreementInput } from "./schemas.ts";
import { refusedTransitionMessage } from "./status-transitions.ts";

/**
 * Moves an agreement along ALLOWED_TRANSITIONS only. To ACTIEF it needs at least two parties and
 * a start date (an agreement in force is between organisations, from a known day on).
 */
export async function transitionAgreement(db: Db, actor: SessionUser, input: Required<TransitionAgreementInput>): Promise<AgreementWriteRow> {
  return db.$transaction(async (tx) => {
    const before = await loadAgreementForWrite(tx, input.id);
    if (before.version !== input.version) throw staleVersion();
    const refused = refusedTransitionMessage(before.status, input.to);
    if (refused) throw new TRPCError({ code: "BAD_REQUEST", message: refused });
    if (input.to === "ACTIEF") {
      const errors = activeRequirements(before);
      const messages = Object.values(errors).flat();
      if (messages.length > 0) throw badInput(`Deze afspraak kan nog niet actief worden. ${messages.join(" ")} Vul dit eerst aan via Bewerken.`, errors);
    }
    const { count } = await tx.agreement.updateMany({
      where: { id: input.id, version: input.version },
      data: { status: input.to, version: { increment: 1 } },
    });
    if (count === 0) throw staleVersion();
    const after = await loadAgreementForWrite(tx, input.id);
    await recordAudit(tx, actor, {
      action: "agreement.transition",
      entityType: "Agreement",
      entityId: input.id,
      before: { status: before.status, version: before.version },
      after: { status: after.status, version: after.version },
    });
    return after;
  });
}

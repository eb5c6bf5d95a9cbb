import type { SessionUser } from "@kk/auth/roles";
import type { Db, Tx } from "@kk/db";
import { canReadAgreement } from "../agreement/agreement-access.ts";
import { notFound } from "../errors.ts";
import { assertCan } from "../trpc.ts";

/**
 * Documents are read under the agreement's own rule (agreement-access.ts): whoever may read the
 * agreement may read every version of its text. An agreement the user may not read does not
 * exist for them: NOT_FOUND, so its id does not even confirm that a draft exists.
 */
export async function loadReadableAgreement(db: Db | Tx, actor: SessionUser, agreementId: string): Promise<{ id: string; title: string }> {
  assertCan(actor, "agreement.read");
  const agreement = await db.agreement.findUnique({
    where: { id: agreementId },
    select: { id: true, title: true, status: true, parties: { select: { organisationId: true } } },
  });
  if (!agreement || !canReadAgreement(actor, agreement)) throw notFound("De afspraak");
  return { id: agreement.id, title: agreement.title };
}

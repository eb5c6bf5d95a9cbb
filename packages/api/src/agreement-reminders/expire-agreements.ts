import type { Db } from "@kk/db";
import { recordAudit } from "../audit/record-audit.ts";
import { amsterdamToday, dateOnly, toDbDate } from "./amsterdam-date.ts";

export interface ExpiryRun {
  today: string;
  /** Ids of the agreements moved to VERLOPEN. */
  expired: string[];
}

/**
 * The daily expiry job: every ACTIEF agreement whose end date lies before today (in
 * Europe/Amsterdam; the end date itself is the last day in force) becomes VERLOPEN, with its
 * version bumped and an audit event by the system (actor null, "agreement.expire") in the same
 * transaction. The update is conditional on status and version, so a coordinator saving the same
 * agreement at that moment gets the usual conflict instead of a lost change, and a second
 * concurrent run finds nothing left to do.
 */
export async function expireAgreements(db: Db, now: Date): Promise<ExpiryRun> {
  const today = amsterdamToday(now);
  const candidates = await db.agreement.findMany({
    where: { status: "ACTIEF", endDate: { lt: toDbDate(today) } },
    select: { id: true, title: true, version: true, endDate: true },
    orderBy: { endDate: "asc" },
  });
  const expired: string[] = [];
  for (const agreement of candidates) {
    const moved = await db.$transaction(async (tx) => {
      const { count } = await tx.agreement.updateMany({
        where: { id: agreement.id, status: "ACTIEF", version: agreement.version },
        data: { status: "VERLOPEN", version: { increment: 1 } },
      });
      if (count === 0) return false;
      await recordAudit(tx, null, {
        action: "agreement.expire",
        entityType: "Agreement",
        entityId: agreement.id,
        before: { status: "ACTIEF", version: agreement.version },
        after: { status: "VERLOPEN", version: agreement.version + 1, endDate: agreement.endDate ? dateOnly(agreement.endDate) : null, today },
      });
      return true;
    });
    if (moved) expired.push(agreement.id);
  }
  return { today, expired };
}

import type { Db } from "@kk/db";

/**
 * The audit log is append-only (docs/adr/0016): tests cannot empty it between cases. Instead a
 * case takes the last event id before it runs and counts only the events after it.
 */
export async function lastAuditId(db: Db): Promise<bigint> {
  return (await db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
}

import type { Prisma, Tx } from "@kk/db";
import type { SessionUser } from "@kk/auth/roles";

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

const REDACTED_FIELDS = new Set(["passwordHash"]);

/** JSON-safe copy without secrets; dates become ISO strings. */
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => (REDACTED_FIELDS.has(key) ? "[verborgen]" : typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}

/** Must be called with the transaction that makes the change, so the log and the data never disagree. */
export async function recordAudit(tx: Tx, actor: SessionUser | null, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
    },
  });
}

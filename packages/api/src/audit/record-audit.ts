import type { Prisma, Tx } from "@kk/db";
import type { SessionUser } from "@kk/auth/roles";

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

const REDACTED_FIELDS = new Set(["passwordHash", "totpSecretEncrypted", "codeHash", "salt"]);

/**
 * Free text with personal data that outlives its record elsewhere (a registration's remark is
 * removed by the retention job, reduceOldRegistrations). The audit log is append-only, so it
 * never stores the text: only that there was one.
 */
const FREE_TEXT_FIELDS = new Set(["remark"]);
export const FREE_TEXT_NOT_KEPT = "[ingevuld; tekst niet bewaard]";

/** JSON-safe copy without secrets and free text; dates become ISO strings. */
export function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => {
      if (REDACTED_FIELDS.has(key)) return "[verborgen]";
      if (FREE_TEXT_FIELDS.has(key) && typeof v === "string") return v.trim() === "" ? "" : FREE_TEXT_NOT_KEPT;
      return typeof v === "bigint" ? v.toString() : v;
    }),
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

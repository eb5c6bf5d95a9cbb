import type { Db } from "@kk/db";
import type { z } from "zod";
import { AUDIT_PAGE_SIZE, type listAuditInput } from "./schemas.ts";

export interface AuditEventRow {
  id: string;
  at: Date;
  actorEmail: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export async function listAuditEvents(
  db: Db,
  input: z.output<typeof listAuditInput>,
): Promise<{ events: AuditEventRow[]; nextBefore: string | null; entityTypes: string[] }> {
  const rows = await db.auditEvent.findMany({
    where: {
      entityType: input.entityType || undefined,
      entityId: input.entityId || undefined,
      actorId: input.actorId || undefined,
      id: input.before ? { lt: BigInt(input.before) } : undefined,
    },
    include: { actor: { select: { name: true } } },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const types = await db.auditEvent.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } });
  return {
    events: page.map((r) => ({
      id: r.id.toString(),
      at: r.at,
      actorEmail: r.actorEmail,
      actorName: r.actor?.name ?? null,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      before: r.before,
      after: r.after,
    })),
    nextBefore: rows.length > AUDIT_PAGE_SIZE ? (page.at(-1)?.id.toString() ?? null) : null,
    entityTypes: types.map((t) => t.entityType),
  };
}

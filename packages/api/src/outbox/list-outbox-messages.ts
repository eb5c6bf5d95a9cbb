import type { Db } from "@kk/db";
import type { z } from "zod";
import { OUTBOX_PAGE_SIZE, type listOutboxInput } from "./schemas.ts";

export interface OutboxMessageRow {
  id: string;
  createdAt: Date;
  to: string[];
  subject: string;
  text: string;
  kind: string;
  transport: string;
  sentAt: Date | null;
  error: string | null;
}

function cursorOf(row: { createdAt: Date; id: string }): string {
  return `${row.createdAt.toISOString()}_${row.id}`;
}

function parseCursor(cursor: string): { createdAt: Date; id: string } {
  const separator = cursor.lastIndexOf("_");
  return { createdAt: new Date(cursor.slice(0, separator)), id: cursor.slice(separator + 1) };
}

/** Newest first. Keyset on (createdAt, id): ids are not ordered in time, the pair is unique. */
export async function listOutboxMessages(
  db: Db,
  input: z.output<typeof listOutboxInput>,
): Promise<{ messages: OutboxMessageRow[]; nextBefore: string | null; kinds: string[] }> {
  const before = input.before ? parseCursor(input.before) : null;
  const rows = await db.outboxMessage.findMany({
    where: {
      kind: input.kind || undefined,
      ...(before
        ? { OR: [{ createdAt: { lt: before.createdAt } }, { createdAt: before.createdAt, id: { lt: before.id } }] }
        : {}),
    },
    select: { id: true, createdAt: true, to: true, subject: true, text: true, kind: true, transport: true, sentAt: true, error: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: OUTBOX_PAGE_SIZE + 1,
  });
  const page = rows.slice(0, OUTBOX_PAGE_SIZE);
  const kinds = await db.outboxMessage.findMany({ distinct: ["kind"], select: { kind: true }, orderBy: { kind: "asc" } });
  const last = page.at(-1);
  return {
    messages: page,
    nextBefore: rows.length > OUTBOX_PAGE_SIZE && last ? cursorOf(last) : null,
    kinds: kinds.map((k) => k.kind),
  };
}

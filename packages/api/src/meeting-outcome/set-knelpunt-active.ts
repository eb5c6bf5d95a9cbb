import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { notFound } from "../errors.ts";
import type { setKnelpuntActiveInput } from "./schemas.ts";

/** Deactivated knelpunten stay on past meetings and in the register, but cannot be chosen anew. */
export async function setKnelpuntActive(db: Db, actor: SessionUser, input: z.output<typeof setKnelpuntActiveInput>): Promise<{ id: string; active: boolean }> {
  return db.$transaction(async (tx) => {
    const before = await tx.knelpunt.findUnique({ where: { id: input.id } });
    if (!before) throw notFound("Dit knelpunt");
    const after = await tx.knelpunt.update({ where: { id: input.id }, data: { active: input.active } });
    await recordAudit(tx, actor, { action: input.active ? "knelpunt.activate" : "knelpunt.deactivate", entityType: "Knelpunt", entityId: input.id, before, after });
    return { id: after.id, active: after.active };
  });
}

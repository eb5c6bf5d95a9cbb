import { IDLE_TIMEOUT_SETTING, idleTimeoutMinutesFrom } from "@kk/auth/user-sessions";
import type { SessionUser } from "@kk/auth/roles";
import type { Db, Tx } from "@kk/db";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { staleVersion } from "../errors.ts";
import type { setIdleTimeoutInput } from "./schemas.ts";

export interface IdleTimeoutSetting {
  idleTimeoutMinutes: number;
  /** When it was last changed (null: the default applies); the version for the form. */
  updatedAt: Date | null;
}

export async function getIdleTimeoutSetting(db: Db | Tx): Promise<IdleTimeoutSetting> {
  const row = await db.setting.findUnique({ where: { key: IDLE_TIMEOUT_SETTING } });
  return { idleTimeoutMinutes: idleTimeoutMinutesFrom(row?.value), updatedAt: row?.updatedAt ?? null };
}

/**
 * Changes the idle timeout; it applies at once to every open session (it is read per request).
 * The second of two simultaneous saves from the same read gets the conflict message.
 */
export async function setIdleTimeout(db: Db, actor: SessionUser, input: z.output<typeof setIdleTimeoutInput>): Promise<IdleTimeoutSetting> {
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${IDLE_TIMEOUT_SETTING}))`;
    const before = await getIdleTimeoutSetting(tx);
    if ((before.updatedAt?.getTime() ?? null) !== (input.expectedUpdatedAt?.getTime() ?? null)) throw staleVersion();
    const value = input.idleTimeoutMinutes;
    await tx.setting.upsert({
      where: { key: IDLE_TIMEOUT_SETTING },
      create: { key: IDLE_TIMEOUT_SETTING, value, updatedById: actor.id },
      update: { value, updatedById: actor.id },
    });
    await recordAudit(tx, actor, {
      action: "setting.update",
      entityType: "Setting",
      entityId: IDLE_TIMEOUT_SETTING,
      before: { value: before.idleTimeoutMinutes },
      after: { value },
    });
  });
  return getIdleTimeoutSetting(db);
}

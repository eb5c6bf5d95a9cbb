import type { SessionUser } from "@kk/auth/roles";
import { Prisma, type Db } from "@kk/db";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { staleVersion } from "../errors.ts";
import type { setStaleAfterMonthsInput } from "./schemas.ts";
import { getStaleAfterMonths, STALE_AFTER_MONTHS_SETTING } from "./staleness.ts";

/**
 * Changes "freshness.staleAfterMonths". The Setting row has no version column, so its updatedAt
 * is the version: the caller sends the updatedAt it read (null when the setting did not exist).
 * An existing row is changed only where updatedAt still matches (one conditional UPDATE, atomic);
 * a missing row is created, and if two coordinators create it at once the primary key refuses
 * the second. Either way the second of two simultaneous changes gets the usual conflict message.
 */
export async function setStaleAfterMonths(
  db: Db,
  actor: SessionUser,
  input: z.output<typeof setStaleAfterMonthsInput>,
): Promise<{ staleAfterMonths: number; updatedAt: Date }> {
  const before = await getStaleAfterMonths(db);
  try {
    return await db.$transaction(async (tx) => {
      let updatedAt: Date;
      if (input.expectedUpdatedAt === null) {
        const created = await tx.setting.create({
          data: { key: STALE_AFTER_MONTHS_SETTING, value: input.months, updatedById: actor.id },
        });
        updatedAt = created.updatedAt;
      } else {
        const { count } = await tx.setting.updateMany({
          where: { key: STALE_AFTER_MONTHS_SETTING, updatedAt: input.expectedUpdatedAt },
          data: { value: input.months, updatedById: actor.id },
        });
        if (count === 0) throw staleVersion();
        updatedAt = (await tx.setting.findUniqueOrThrow({ where: { key: STALE_AFTER_MONTHS_SETTING } })).updatedAt;
      }
      await recordAudit(tx, actor, {
        action: "setting.update",
        entityType: "Setting",
        entityId: STALE_AFTER_MONTHS_SETTING,
        before: { value: before },
        after: { value: input.months },
      });
      return { staleAfterMonths: input.months, updatedAt };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw staleVersion();
    throw error;
  }
}

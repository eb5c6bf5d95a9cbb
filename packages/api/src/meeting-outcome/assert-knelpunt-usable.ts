import type { Tx } from "@kk/db";
import { fieldConflict } from "../errors.ts";

/** An action may point at an active knelpunt, or keep the inactive one it already had. */
export async function assertKnelpuntUsable(tx: Tx, knelpuntId: string | null, currentId: string | null): Promise<void> {
  if (knelpuntId === null) return;
  const knelpunt = await tx.knelpunt.findUnique({ where: { id: knelpuntId }, select: { active: true } });
  if (!knelpunt || (!knelpunt.active && knelpuntId !== currentId)) {
    throw fieldConflict("Kies een actief knelpunt of geen knelpunt.", { knelpuntId: ["Kies een actief knelpunt of geen knelpunt."] });
  }
}

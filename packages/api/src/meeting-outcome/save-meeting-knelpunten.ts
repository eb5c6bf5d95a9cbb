import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { FieldErrorsCause } from "../field-errors.ts";
import { loadMeeting } from "./load-meeting.ts";
import type { saveMeetingKnelpuntenInput } from "./schemas.ts";

/** Replaces the knelpunten recorded for a meeting by the ticked ones, with their notes. */
export async function saveMeetingKnelpunten(
  db: Db,
  actor: SessionUser,
  input: z.output<typeof saveMeetingKnelpuntenInput>,
): Promise<{ discussed: number }> {
  return db.$transaction(async (tx) => {
    await loadMeeting(tx, input.meetingId);
    const ticked = input.items.filter((item) => item.discussed);
    const before = await tx.meetingKnelpunt.findMany({ where: { meetingId: input.meetingId }, select: { knelpuntId: true, note: true } });
    const previously = new Set(before.map((b) => b.knelpuntId));
    const known = await tx.knelpunt.findMany({ where: { id: { in: ticked.map((t) => t.knelpuntId) } }, select: { id: true, active: true } });
    const knownById = new Map(known.map((k) => [k.id, k]));
    const fieldErrors: Record<string, string[]> = {};
    input.items.forEach((item, index) => {
      if (!item.discussed) return;
      const knelpunt = knownById.get(item.knelpuntId);
      if (!knelpunt) fieldErrors[`items.${index}.knelpuntId`] = ["Dit knelpunt bestaat niet (meer)."];
      else if (!knelpunt.active && !previously.has(item.knelpuntId)) {
        fieldErrors[`items.${index}.knelpuntId`] = ["Dit knelpunt is niet meer actief en kan niet opnieuw worden gekozen."];
      }
    });
    const first = Object.values(fieldErrors)[0]?.[0];
    if (first) throw new TRPCError({ code: "BAD_REQUEST", message: first, cause: new FieldErrorsCause(first, fieldErrors) });
    await tx.meetingKnelpunt.deleteMany({ where: { meetingId: input.meetingId } });
    await tx.meetingKnelpunt.createMany({ data: ticked.map((t) => ({ meetingId: input.meetingId, knelpuntId: t.knelpuntId, note: t.note })) });
    const after = ticked.map((t) => ({ knelpuntId: t.knelpuntId, note: t.note }));
    await recordAudit(tx, actor, { action: "meetingOutcome.knelpunten", entityType: "Meeting", entityId: input.meetingId, before, after });
    return { discussed: ticked.length };
  });
}

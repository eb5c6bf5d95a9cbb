import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import type { z } from "zod";
import { amsterdamToday } from "../agreement-reminders/amsterdam-date.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { notFound, staleVersion } from "../errors.ts";
import { assertKnelpuntUsable } from "./assert-knelpunt-usable.ts";
import { actionSelect, actionView, type MeetingActionView } from "./meeting-action-view.ts";
import type { updateMeetingActionInput } from "./schemas.ts";

export async function updateMeetingAction(
  db: Db,
  actor: SessionUser,
  input: z.output<typeof updateMeetingActionInput>,
  now: Date,
): Promise<MeetingActionView> {
  return db.$transaction(async (tx) => {
    const before = await tx.meetingAction.findUnique({ where: { id: input.id }, select: actionSelect });
    if (!before) throw notFound("Deze actie");
    await assertKnelpuntUsable(tx, input.knelpuntId, before.knelpuntId);
    const { id, version, ...data } = input;
    const { count } = await tx.meetingAction.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw staleVersion();
    const after = await tx.meetingAction.findUniqueOrThrow({ where: { id }, select: actionSelect });
    await recordAudit(tx, actor, { action: "meetingAction.update", entityType: "MeetingAction", entityId: id, before, after });
    return actionView(after, amsterdamToday(now));
  });
}

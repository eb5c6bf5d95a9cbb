import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import type { z } from "zod";
import { amsterdamToday } from "../agreement-reminders/amsterdam-date.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { notFound, staleVersion } from "../errors.ts";
import { actionSelect, actionView, type MeetingActionView } from "./meeting-action-view.ts";
import type { setMeetingActionStatusInput } from "./schemas.ts";

export async function setMeetingActionStatus(
  db: Db,
  actor: SessionUser,
  input: z.output<typeof setMeetingActionStatusInput>,
  now: Date,
): Promise<MeetingActionView> {
  return db.$transaction(async (tx) => {
    const before = await tx.meetingAction.findUnique({ where: { id: input.id }, select: actionSelect });
    if (!before) throw notFound("Deze actie");
    const { count } = await tx.meetingAction.updateMany({
      where: { id: input.id, version: input.version },
      data: { status: input.status, version: { increment: 1 } },
    });
    if (count === 0) throw staleVersion();
    const after = await tx.meetingAction.findUniqueOrThrow({ where: { id: input.id }, select: actionSelect });
    await recordAudit(tx, actor, { action: "meetingAction.status", entityType: "MeetingAction", entityId: input.id, before, after });
    return actionView(after, amsterdamToday(now));
  });
}

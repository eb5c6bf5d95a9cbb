import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import type { z } from "zod";
import { amsterdamToday } from "../agreement-reminders/amsterdam-date.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { assertKnelpuntUsable } from "./assert-knelpunt-usable.ts";
import { loadMeeting } from "./load-meeting.ts";
import { actionSelect, actionView, type MeetingActionView } from "./meeting-action-view.ts";
import type { createMeetingActionInput } from "./schemas.ts";

export async function createMeetingAction(
  db: Db,
  actor: SessionUser,
  input: z.output<typeof createMeetingActionInput>,
  now: Date,
): Promise<MeetingActionView> {
  return db.$transaction(async (tx) => {
    await loadMeeting(tx, input.meetingId);
    await assertKnelpuntUsable(tx, input.knelpuntId, null);
    const row = await tx.meetingAction.create({ data: input, select: actionSelect });
    await recordAudit(tx, actor, { action: "meetingAction.create", entityType: "MeetingAction", entityId: row.id, after: row });
    return actionView(row, amsterdamToday(now));
  });
}

import type { Db, Tx } from "@kk/db";
import { notFound } from "../errors.ts";

/** The meeting an outcome belongs to; "not found" when it does not exist. */
export async function loadMeeting(db: Db | Tx, meetingId: string) {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { id: true, title: true, type: true, status: true, startsAt: true } });
  if (!meeting) throw notFound("Deze bijeenkomst");
  return meeting;
}

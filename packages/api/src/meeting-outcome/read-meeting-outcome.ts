import type { Db, MeetingStatus, MeetingType } from "@kk/db";
import { amsterdamToday } from "../agreement-reminders/amsterdam-date.ts";
import { loadMeeting } from "./load-meeting.ts";
import { actionSelect, actionView, type MeetingActionView } from "./meeting-action-view.ts";

export interface MeetingKnelpuntLine {
  knelpuntId: string;
  key: string | null;
  title: string;
  description: string;
  remedy: string;
  active: boolean;
  discussed: boolean;
  note: string;
}

export interface MeetingOutcomeView {
  meeting: { id: string; title: string; type: MeetingType; status: MeetingStatus; startsAt: Date };
  today: string;
  /** Active catalogue entries plus inactive ones already recorded for this meeting. */
  knelpunten: MeetingKnelpuntLine[];
  actions: MeetingActionView[];
}

export async function meetingOutcome(db: Db, meetingId: string, now: Date): Promise<MeetingOutcomeView> {
  const meeting = await loadMeeting(db, meetingId);
  const today = amsterdamToday(now);
  const [catalogue, discussed, actions] = await Promise.all([
    db.knelpunt.findMany({ orderBy: [{ title: "asc" }] }),
    db.meetingKnelpunt.findMany({ where: { meetingId } }),
    db.meetingAction.findMany({ where: { meetingId }, select: actionSelect, orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }] }),
  ]);
  const notes = new Map(discussed.map((d) => [d.knelpuntId, d.note]));
  const knelpunten = catalogue
    .filter((k) => k.active || notes.has(k.id))
    .map((k) => ({
      knelpuntId: k.id,
      key: k.key,
      title: k.title,
      description: k.description,
      remedy: k.remedy,
      active: k.active,
      discussed: notes.has(k.id),
      note: notes.get(k.id) ?? "",
    }));
  return { meeting, today, knelpunten, actions: actions.map((a) => actionView(a, today)) };
}

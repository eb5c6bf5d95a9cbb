import type { Db } from "@kk/db";
import { amsterdamToday } from "../agreement-reminders/amsterdam-date.ts";
import { actionSelect, actionView, type MeetingActionView } from "./meeting-action-view.ts";

/** The register across meetings: knelpunten by how often they were discussed, and the open actions. */
export interface KnelpuntFrequency {
  id: string;
  key: string | null;
  title: string;
  active: boolean;
  /** Number of meetings at which it was discussed. */
  meetings: number;
  lastDiscussedAt: Date | null;
  openActions: number;
}

export interface OutcomeRegister {
  today: string;
  /** Most often discussed first; entries never discussed (active ones) last with 0. */
  knelpunten: KnelpuntFrequency[];
  meetingsWithOutcomes: number;
  /** Open and in-progress actions, earliest due date first, with their meeting. */
  openActions: Array<MeetingActionView & { meetingTitle: string; meetingStartsAt: Date }>;
  overdueCount: number;
}

export async function outcomeRegister(db: Db, now: Date): Promise<OutcomeRegister> {
  const today = amsterdamToday(now);
  const [catalogue, discussed, actions] = await Promise.all([
    db.knelpunt.findMany({ select: { id: true, key: true, title: true, active: true } }),
    db.meetingKnelpunt.findMany({ select: { knelpuntId: true, meetingId: true, meeting: { select: { startsAt: true } } } }),
    db.meetingAction.findMany({
      where: { status: { not: "AFGEROND" } },
      select: { ...actionSelect, meeting: { select: { title: true, startsAt: true } } },
      orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
    }),
  ]);
  const counts = new Map<string, { meetings: number; last: Date | null }>();
  for (const row of discussed) {
    const entry = counts.get(row.knelpuntId) ?? { meetings: 0, last: null };
    entry.meetings += 1;
    if (!entry.last || row.meeting.startsAt > entry.last) entry.last = row.meeting.startsAt;
    counts.set(row.knelpuntId, entry);
  }
  const openByKnelpunt = new Map<string, number>();
  for (const action of actions) if (action.knelpuntId) openByKnelpunt.set(action.knelpuntId, (openByKnelpunt.get(action.knelpuntId) ?? 0) + 1);
  const knelpunten = catalogue
    .map((k) => ({
      id: k.id,
      key: k.key,
      title: k.title,
      active: k.active,
      meetings: counts.get(k.id)?.meetings ?? 0,
      lastDiscussedAt: counts.get(k.id)?.last ?? null,
      openActions: openByKnelpunt.get(k.id) ?? 0,
    }))
    .filter((k) => k.active || k.meetings > 0)
    .sort((a, b) => b.meetings - a.meetings || a.title.localeCompare(b.title, "nl"));
  const openActions = actions.map((a) => ({ ...actionView(a, today), meetingTitle: a.meeting.title, meetingStartsAt: a.meeting.startsAt }));
  return {
    today,
    knelpunten,
    meetingsWithOutcomes: new Set(discussed.map((d) => d.meetingId)).size,
    openActions,
    overdueCount: openActions.filter((a) => a.overdue).length,
  };
}

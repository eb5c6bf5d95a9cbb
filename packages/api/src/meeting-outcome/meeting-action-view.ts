import type { MeetingActionStatus, Prisma } from "@kk/db";
import { dateOnly } from "../agreement-reminders/amsterdam-date.ts";

/** A meeting action as the outcome pages show it; shared by the per-meeting view, the register and the action use cases. */
export interface MeetingActionView {
  id: string;
  meetingId: string;
  description: string;
  ownerName: string;
  /** "YYYY-MM-DD". */
  dueDate: string;
  status: MeetingActionStatus;
  knelpuntId: string | null;
  knelpuntTitle: string | null;
  version: number;
  /** Not done and the due date lies before today (Europe/Amsterdam). */
  overdue: boolean;
}

export const actionSelect = {
  id: true,
  meetingId: true,
  description: true,
  ownerName: true,
  dueDate: true,
  status: true,
  knelpuntId: true,
  version: true,
  knelpunt: { select: { title: true } },
} as const;

type ActionRow = Prisma.MeetingActionGetPayload<{ select: typeof actionSelect }>;

export function actionView(row: ActionRow, today: string): MeetingActionView {
  const due = dateOnly(row.dueDate);
  return {
    id: row.id,
    meetingId: row.meetingId,
    description: row.description,
    ownerName: row.ownerName,
    dueDate: due,
    status: row.status,
    knelpuntId: row.knelpuntId,
    knelpuntTitle: row.knelpunt?.title ?? null,
    version: row.version,
    overdue: row.status !== "AFGEROND" && due < today,
  };
}

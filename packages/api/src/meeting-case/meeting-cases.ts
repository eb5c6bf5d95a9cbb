import type { SessionUser } from "@kk/auth/roles";
import type { Db, Tx } from "@kk/db";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { notFound, staleVersion } from "../errors.ts";
import type { createMeetingCaseInput, deleteMeetingCaseInput, updateMeetingCaseInput } from "./schemas.ts";

const caseSelect = {
  id: true,
  meetingId: true,
  title: true,
  positions: true,
  facts: true,
  weighing: true,
  decision: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  authorId: true,
  author: { select: { name: true } },
} as const;

export interface MeetingCaseView {
  id: string;
  meetingId: string;
  title: string;
  positions: string;
  facts: string;
  weighing: string;
  decision: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  authorName: string | null;
  /** The author and coordinators may edit and remove a case. */
  canEdit: boolean;
}

function mayEdit(actor: SessionUser, authorId: string | null): boolean {
  return actor.role === "COORDINATOR" || (authorId !== null && authorId === actor.id);
}

type CaseRow = { authorId: string | null; author: { name: string } | null } & Omit<MeetingCaseView, "authorName" | "canEdit">;

function view(actor: SessionUser, row: CaseRow): MeetingCaseView {
  const { author, authorId, ...rest } = row;
  return { ...rest, authorName: author?.name ?? null, canEdit: mayEdit(actor, authorId) };
}

/** The meeting a case belongs to (404 when it does not exist). */
async function loadMeeting(db: Db | Tx, meetingId: string) {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { id: true, type: true, title: true, status: true } });
  if (!meeting) throw notFound("Deze bijeenkomst");
  return meeting;
}

export async function listMeetingCases(db: Db, actor: SessionUser, meetingId: string): Promise<MeetingCaseView[]> {
  await loadMeeting(db, meetingId);
  const rows = await db.meetingCase.findMany({ where: { meetingId }, select: caseSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map((row) => view(actor, row));
}

export async function readMeetingCase(db: Db, actor: SessionUser, id: string): Promise<MeetingCaseView> {
  const row = await db.meetingCase.findUnique({ where: { id }, select: caseSelect });
  if (!row) throw notFound("Deze casus");
  return view(actor, row);
}

export async function createMeetingCase(db: Db, actor: SessionUser, input: z.output<typeof createMeetingCaseInput>): Promise<MeetingCaseView> {
  return db.$transaction(async (tx) => {
    const meeting = await loadMeeting(tx, input.meetingId);
    if (meeting.type !== "WERKATELIER") {
      throw new TRPCError({ code: "BAD_REQUEST", message: "Een casus hoort bij een werkatelier. Deze bijeenkomst is geen werkatelier." });
    }
    if (meeting.status === "GEANNULEERD") {
      throw new TRPCError({ code: "BAD_REQUEST", message: "Dit werkatelier is geannuleerd; er kan geen casus meer bij." });
    }
    const { meetingId, ...text } = input;
    const row = await tx.meetingCase.create({ data: { meetingId, authorId: actor.id, ...text }, select: caseSelect });
    await recordAudit(tx, actor, { action: "meetingCase.create", entityType: "MeetingCase", entityId: row.id, after: row });
    return view(actor, row);
  });
}

async function loadForWrite(tx: Tx, actor: SessionUser, id: string) {
  const before = await tx.meetingCase.findUnique({ where: { id }, select: caseSelect });
  if (!before) throw notFound("Deze casus");
  if (!mayEdit(actor, before.authorId)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Alleen de auteur of een coördinator kan deze casus wijzigen." });
  }
  return before;
}

export async function updateMeetingCase(db: Db, actor: SessionUser, input: z.output<typeof updateMeetingCaseInput>): Promise<MeetingCaseView> {
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, actor, input.id);
    const { id, version, ...text } = input;
    const { count } = await tx.meetingCase.updateMany({ where: { id, version }, data: { ...text, version: { increment: 1 } } });
    if (count === 0) throw staleVersion();
    const after = await tx.meetingCase.findUniqueOrThrow({ where: { id }, select: caseSelect });
    await recordAudit(tx, actor, { action: "meetingCase.update", entityType: "MeetingCase", entityId: id, before, after });
    return view(actor, after);
  });
}

export async function deleteMeetingCase(db: Db, actor: SessionUser, input: z.output<typeof deleteMeetingCaseInput>): Promise<{ meetingId: string }> {
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, actor, input.id);
    const { count } = await tx.meetingCase.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw staleVersion();
    await recordAudit(tx, actor, { action: "meetingCase.delete", entityType: "MeetingCase", entityId: input.id, before });
    return { meetingId: before.meetingId };
  });
}

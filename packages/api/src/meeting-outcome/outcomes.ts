import type { SessionUser } from "@kk/auth/roles";
import { Prisma, type Db, type MeetingActionStatus, type MeetingStatus, type MeetingType, type Tx } from "@kk/db";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { amsterdamToday, dateOnly } from "../agreement-reminders/amsterdam-date.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { fieldConflict, notFound, staleVersion } from "../errors.ts";
import { FieldErrorsCause } from "../field-errors.ts";
import type {
  createKnelpuntInput,
  createMeetingActionInput,
  saveMeetingKnelpuntenInput,
  setKnelpuntActiveInput,
  setMeetingActionStatusInput,
  updateMeetingActionInput,
} from "./schemas.ts";

// ---- Views -------------------------------------------------------------------------------------

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

const actionSelect = {
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

function actionView(row: ActionRow, today: string): MeetingActionView {
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

async function loadMeeting(db: Db | Tx, meetingId: string) {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { id: true, title: true, type: true, status: true, startsAt: true } });
  if (!meeting) throw notFound("Deze bijeenkomst");
  return meeting;
}

// ---- Per meeting -------------------------------------------------------------------------------

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

async function assertKnelpuntUsable(tx: Tx, knelpuntId: string | null, currentId: string | null): Promise<void> {
  if (knelpuntId === null) return;
  const knelpunt = await tx.knelpunt.findUnique({ where: { id: knelpuntId }, select: { active: true } });
  if (!knelpunt || (!knelpunt.active && knelpuntId !== currentId)) {
    throw fieldConflict("Kies een actief knelpunt of geen knelpunt.", { knelpuntId: ["Kies een actief knelpunt of geen knelpunt."] });
  }
}

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

// ---- Register across meetings ------------------------------------------------------------------

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

// ---- Catalogue ---------------------------------------------------------------------------------

export interface KnelpuntCatalogueEntry {
  id: string;
  key: string | null;
  title: string;
  description: string;
  remedy: string;
  active: boolean;
  meetings: number;
}

export async function knelpuntCatalogue(db: Db): Promise<KnelpuntCatalogueEntry[]> {
  const rows = await db.knelpunt.findMany({ include: { _count: { select: { meetings: true } } }, orderBy: [{ active: "desc" }, { title: "asc" }] });
  return rows.map(({ _count, createdAt: _createdAt, ...k }) => ({ ...k, meetings: _count.meetings }));
}

export async function createKnelpunt(db: Db, actor: SessionUser, input: z.output<typeof createKnelpuntInput>): Promise<KnelpuntCatalogueEntry> {
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.knelpunt.create({ data: input });
      await recordAudit(tx, actor, { action: "knelpunt.create", entityType: "Knelpunt", entityId: row.id, after: row });
      const { createdAt: _createdAt, ...rest } = row;
      return { ...rest, meetings: 0 };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw fieldConflict("Er is al een knelpunt met deze naam.", { title: ["Er is al een knelpunt met deze naam. Kies een andere naam of zet het bestaande knelpunt weer aan."] });
    }
    throw error;
  }
}

/** Deactivated knelpunten stay on past meetings and in the register, but cannot be chosen anew. */
export async function setKnelpuntActive(db: Db, actor: SessionUser, input: z.output<typeof setKnelpuntActiveInput>): Promise<{ id: string; active: boolean }> {
  return db.$transaction(async (tx) => {
    const before = await tx.knelpunt.findUnique({ where: { id: input.id } });
    if (!before) throw notFound("Dit knelpunt");
    const after = await tx.knelpunt.update({ where: { id: input.id }, data: { active: input.active } });
    await recordAudit(tx, actor, { action: input.active ? "knelpunt.activate" : "knelpunt.deactivate", entityType: "Knelpunt", entityId: input.id, before, after });
    return { id: after.id, active: after.active };
  });
}

import { can } from "@kk/auth/policy";
import type { SessionUser } from "@kk/auth/roles";
import type { Db, MeetingStatus, MeetingType, PlanTheme, Prisma, Sector } from "@kk/db";
import { TRPCError } from "@trpc/server";
import { notFound } from "../errors.ts";
import { SECTORS } from "../directory/schemas.ts";
import { amsterdamMonthRange } from "./amsterdam-time.ts";
import { REGIONAL_MEETINGS, type listMeetingsInput } from "./schemas.ts";
import { canManageMeetingOf } from "./meeting-access.ts";
import type { z } from "zod";

/** Registrations that hold a place (attendance marking keeps the place). */
export const PLACE_HOLDING_STATUSES = ["AANGEMELD", "AANWEZIG", "AFWEZIG"] as const;

export interface MeetingCounts {
  registered: number;
  waitlist: number;
  freePlaces: number;
}

export interface MeetingSummary extends MeetingCounts {
  id: string;
  title: string;
  type: MeetingType;
  theme: PlanTheme;
  status: MeetingStatus;
  startsAt: Date;
  endsAt: Date;
  location: string;
  online: boolean;
  capacity: number;
  /** Ended before `now`. */
  past: boolean;
  /** Issue 18: the municipality of a local meeting (code and name); null = regional. */
  municipality: { code: string; name: string } | null;
}

export interface SectorMixRow {
  sector: Sector;
  target: number;
  registered: number;
  waitlist: number;
  /** Target minus registered, at least 0: places still meant for this sector. */
  shortfall: number;
}

export interface MeetingDetail extends MeetingSummary {
  description: string;
  onlineUrl: string;
  registrationDeadline: Date | null;
  /** Deadline passed, started, or not GEPLAND. */
  registrationClosed: boolean;
  facilitators: string[];
  cancelledReason: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  sectorTargets: Array<{ sector: Sector; places: number }>;
  /** Only for those who may see participants (the coordinator); null otherwise. */
  sectorMix: SectorMixRow[] | null;
  /** The viewer may edit, cancel and complete. */
  canManage: boolean;
}

const summaryFields = {
  id: true,
  title: true,
  type: true,
  theme: true,
  status: true,
  startsAt: true,
  endsAt: true,
  location: true,
  onlineUrl: true,
  capacity: true,
  registrationsReducedAt: true,
  municipality: { select: { code: true, name: true } },
} satisfies Prisma.MeetingSelect;

type SummaryRow = Prisma.MeetingGetPayload<{ select: typeof summaryFields }>;

interface CountRow {
  meetingId: string;
  status: string;
  sector: Sector;
  _count: { _all: number };
}

async function countRows(db: Db, meetingIds: string[]): Promise<CountRow[]> {
  if (meetingIds.length === 0) return [];
  const rows = await db.meetingRegistration.groupBy({
    by: ["meetingId", "status", "sector"],
    where: { meetingId: { in: meetingIds } },
    _count: { _all: true },
  });
  return rows as CountRow[];
}

/** After the retention job only counts per organisation remain; they still show how full it was. */
async function reducedCounts(db: Db, meetingIds: string[]): Promise<Map<string, number>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await db.meetingAttendanceCount.groupBy({ by: ["meetingId"], where: { meetingId: { in: meetingIds } }, _sum: { registered: true } });
  return new Map(rows.map((r) => [r.meetingId, r._sum.registered ?? 0]));
}

function countsFor(row: SummaryRow, counts: CountRow[], reduced: Map<string, number>): MeetingCounts {
  let registered = 0;
  let waitlist = 0;
  for (const c of counts) {
    if (c.meetingId !== row.id) continue;
    if ((PLACE_HOLDING_STATUSES as readonly string[]).includes(c.status)) registered += c._count._all;
    if (c.status === "WACHTLIJST") waitlist += c._count._all;
  }
  if (row.registrationsReducedAt) registered = Math.max(registered, reduced.get(row.id) ?? 0);
  return { registered, waitlist, freePlaces: Math.max(0, row.capacity - registered) };
}

function summaryOf(row: SummaryRow, counts: CountRow[], reduced: Map<string, number>, now: Date): MeetingSummary {
  return {
    id: row.id,
    title: row.title,
    type: row.type,
    theme: row.theme,
    status: row.status,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    location: row.location,
    online: row.onlineUrl !== "",
    capacity: row.capacity,
    past: row.endsAt.getTime() < now.getTime(),
    municipality: row.municipality,
    ...countsFor(row, counts, reduced),
  };
}

export interface MeetingList {
  /** Not yet ended, soonest first. Without a month filter. */
  upcoming: MeetingSummary[];
  /** Ended, most recent first. */
  past: MeetingSummary[];
}

/**
 * Meetings filtered by type and theme. With `month` ("2026-12") only those starting in that
 * Amsterdam month (the month calendar); `upcoming` and `past` then split that month.
 */
export async function listMeetings(db: Db, input: z.output<typeof listMeetingsInput>, now: Date): Promise<MeetingList> {
  const where: Prisma.MeetingWhereInput = {};
  if (input.type.length > 0) where.type = { in: input.type };
  if (input.theme.length > 0) where.theme = { in: input.theme };
  // Issue 18: a municipality's agenda is its own meetings and the regional ones.
  if (input.municipality === REGIONAL_MEETINGS) where.municipalityCode = null;
  else if (input.municipality) where.OR = [{ municipalityCode: null }, { municipalityCode: input.municipality }];
  if (input.month) {
    const range = amsterdamMonthRange(input.month);
    if (!range) throw new TRPCError({ code: "BAD_REQUEST", message: "Kies een maand als jaar-maand, bijvoorbeeld 2026-12." });
    where.startsAt = { gte: range.from, lt: range.to };
  }
  const rows = await db.meeting.findMany({ where, select: summaryFields, orderBy: [{ startsAt: "asc" }, { title: "asc" }] });
  const ids = rows.map((r) => r.id);
  const [counts, reduced] = await Promise.all([countRows(db, ids), reducedCounts(db, rows.filter((r) => r.registrationsReducedAt).map((r) => r.id))]);
  const all = rows.map((r) => summaryOf(r, counts, reduced, now));
  return { upcoming: all.filter((m) => !m.past), past: all.filter((m) => m.past).reverse() };
}

export function splitFacilitators(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

export async function readMeeting(db: Db, actor: SessionUser, id: string, now: Date): Promise<MeetingDetail> {
  const row = await db.meeting.findUnique({
    where: { id },
    select: {
      ...summaryFields,
      description: true,
      registrationDeadline: true,
      facilitators: true,
      cancelledReason: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      sectorTargets: { select: { sector: true, places: true } },
    },
  });
  if (!row) throw notFound("De bijeenkomst");
  const counts = await countRows(db, [row.id]);
  const reduced = row.registrationsReducedAt ? await reducedCounts(db, [row.id]) : new Map<string, number>();
  const summary = summaryOf(row, counts, reduced, now);
  const sectorOrder = (s: Sector) => SECTORS.indexOf(s);
  const sectorTargets = [...row.sectorTargets].sort((a, b) => sectorOrder(a.sector) - sectorOrder(b.sector));
  const sectorMix = can(actor, "meeting.participants") ? sectorMixOf(sectorTargets, counts) : null;
  const registrationClosed =
    row.status !== "GEPLAND" ||
    row.startsAt.getTime() <= now.getTime() ||
    (row.registrationDeadline !== null && row.registrationDeadline.getTime() <= now.getTime());
  return {
    ...summary,
    description: row.description,
    onlineUrl: row.onlineUrl,
    registrationDeadline: row.registrationDeadline,
    registrationClosed,
    facilitators: splitFacilitators(row.facilitators),
    cancelledReason: row.cancelledReason,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    sectorTargets,
    sectorMix,
    canManage: can(actor, "meeting.manage") && canManageMeetingOf(actor, row.municipality?.code ?? null),
  };
}

/** Every sector with a target or a registration: target against registered and waitlisted. */
export function sectorMixOf(targets: ReadonlyArray<{ sector: Sector; places: number }>, counts: readonly CountRow[]): SectorMixRow[] {
  return SECTORS.flatMap((sector) => {
    const target = targets.find((t) => t.sector === sector)?.places ?? 0;
    let registered = 0;
    let waitlist = 0;
    for (const c of counts) {
      if (c.sector !== sector) continue;
      if ((PLACE_HOLDING_STATUSES as readonly string[]).includes(c.status)) registered += c._count._all;
      if (c.status === "WACHTLIJST") waitlist += c._count._all;
    }
    if (target === 0 && registered === 0 && waitlist === 0) return [];
    return [{ sector, target, registered, waitlist, shortfall: Math.max(0, target - registered) }];
  });
}

/** The sector mix on its own (meeting.sectorMix), for the coordinator inviting under-represented sectors. */
export async function meetingSectorMix(db: Db, id: string): Promise<SectorMixRow[]> {
  const row = await db.meeting.findUnique({ where: { id }, select: { sectorTargets: { select: { sector: true, places: true } } } });
  if (!row) throw notFound("De bijeenkomst");
  return sectorMixOf(row.sectorTargets, await countRows(db, [id]));
}

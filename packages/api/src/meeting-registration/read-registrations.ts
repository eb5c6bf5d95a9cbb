import type { SessionUser } from "@kk/auth/roles";
import type { Db, MeetingStatus, MeetingType, RegistrationStatus, Sector } from "@kk/db";
import { notFound } from "../errors.ts";
import { registrationClosesAt, registrationRefusal, waitlistPosition } from "./register.ts";
import { ATTENDANCE_LIST_STATUSES, PLACE_TAKING_STATUSES } from "./schemas.ts";

export interface MyRegistrationState {
  meetingId: string;
  capacity: number;
  /** Places taken (aangemeld + aanwezig). */
  taken: number;
  waitlisted: number;
  closesAt: Date;
  /** Why registering is not possible now (Dutch), or null. */
  closedReason: string | null;
  /** Cancelling is possible until the start. */
  canUnregister: boolean;
  /** The caller has no organisation and must name a sector. */
  needsSector: boolean;
  registration: {
    id: string;
    status: RegistrationStatus;
    position: number;
    remark: string;
    registeredAt: Date;
  } | null;
}

/** The registration panel on a meeting's page: the caller's own registration and the places. */
export async function myRegistrationState(db: Db, actor: SessionUser, meetingId: string, now: Date): Promise<MyRegistrationState> {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: { id: true, status: true, startsAt: true, capacity: true, registrationDeadline: true },
  });
  if (!meeting) throw notFound("De bijeenkomst");
  const [taken, waitlisted, registration, account] = await Promise.all([
    db.meetingRegistration.count({ where: { meetingId, status: { in: [...PLACE_TAKING_STATUSES] } } }),
    db.meetingRegistration.count({ where: { meetingId, status: "WACHTLIJST" } }),
    db.meetingRegistration.findUnique({ where: { meetingId_userId: { meetingId, userId: actor.id } } }),
    db.user.findUnique({ where: { id: actor.id }, select: { organisationId: true } }),
  ]);
  const active = registration && registration.status !== "AFGEMELD";
  return {
    meetingId,
    capacity: meeting.capacity,
    taken,
    waitlisted,
    closesAt: registrationClosesAt(meeting),
    closedReason: registrationRefusal(meeting, now),
    canUnregister: Boolean(active && (registration.status === "AANGEMELD" || registration.status === "WACHTLIJST") && meeting.startsAt > now),
    needsSector: !account?.organisationId,
    registration: registration
      ? {
          id: registration.id,
          status: registration.status,
          position: registration.status === "WACHTLIJST" ? await waitlistPosition(db, registration) : 0,
          remark: registration.remark,
          registeredAt: registration.registeredAt,
        }
      : null,
  };
}

export interface MyRegistrationRow {
  registrationId: string;
  status: RegistrationStatus;
  position: number;
  meeting: { id: string; title: string; type: MeetingType; status: MeetingStatus; startsAt: Date; endsAt: Date; location: string };
}

/** "Mijn aanmeldingen": the caller's registrations (not the cancelled ones), upcoming first by date, then past (newest first). */
export async function myRegistrations(db: Db, actor: SessionUser, now: Date): Promise<{ upcoming: MyRegistrationRow[]; past: MyRegistrationRow[] }> {
  const rows = await db.meetingRegistration.findMany({
    where: { userId: actor.id, status: { not: "AFGEMELD" } },
    include: { meeting: { select: { id: true, title: true, type: true, status: true, startsAt: true, endsAt: true, location: true } } },
    orderBy: { meeting: { startsAt: "asc" } },
  });
  const out: MyRegistrationRow[] = [];
  for (const row of rows) {
    out.push({
      registrationId: row.id,
      status: row.status,
      position: row.status === "WACHTLIJST" ? await waitlistPosition(db, row) : 0,
      meeting: row.meeting,
    });
  }
  return { upcoming: out.filter((r) => r.meeting.endsAt > now), past: out.filter((r) => r.meeting.endsAt <= now).reverse() };
}

export interface ParticipantRow {
  id: string;
  name: string;
  email: string;
  organisationName: string;
  sector: Sector;
  status: RegistrationStatus;
  remark: string;
  registeredAt: Date;
  waitlistedAt: Date | null;
  attendanceMarkedAt: Date | null;
  version: number;
}

export interface ParticipantList {
  meeting: { id: string; title: string; type: MeetingType; status: MeetingStatus; startsAt: Date; endsAt: Date; location: string; capacity: number; reduced: boolean };
  /** Who has a place and whose attendance is marked (aangemeld, aanwezig, afwezig), by name. */
  attendees: ParticipantRow[];
  /** The waitlist in order. */
  waitlist: ParticipantRow[];
  cancelled: ParticipantRow[];
  counts: Record<RegistrationStatus, number>;
}

const byName = (a: ParticipantRow, b: ParticipantRow) => a.name.localeCompare(b.name, "nl") || a.id.localeCompare(b.id);

/** The coordinator's participant list (attendance, print, export). Personal data: coordinators only (router). */
export async function listParticipants(db: Db, meetingId: string): Promise<ParticipantList> {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: { id: true, title: true, type: true, status: true, startsAt: true, endsAt: true, location: true, capacity: true, registrationsReducedAt: true },
  });
  if (!meeting) throw notFound("De bijeenkomst");
  const rows = await db.meetingRegistration.findMany({
    where: { meetingId },
    select: {
      id: true, name: true, email: true, organisationName: true, sector: true, status: true, remark: true,
      registeredAt: true, waitlistedAt: true, attendanceMarkedAt: true, version: true,
    },
    orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }],
  });
  const counts: Record<RegistrationStatus, number> = { AANGEMELD: 0, WACHTLIJST: 0, AFGEMELD: 0, AANWEZIG: 0, AFWEZIG: 0 };
  for (const row of rows) counts[row.status] += 1;
  const { registrationsReducedAt, ...rest } = meeting;
  return {
    meeting: { ...rest, reduced: registrationsReducedAt !== null },
    attendees: rows.filter((r) => (ATTENDANCE_LIST_STATUSES as readonly string[]).includes(r.status)).sort(byName),
    waitlist: rows.filter((r) => r.status === "WACHTLIJST"),
    cancelled: rows.filter((r) => r.status === "AFGEMELD").sort(byName),
    counts,
  };
}

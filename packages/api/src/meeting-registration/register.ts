import type { SessionUser } from "@kk/auth/roles";
import type { Db, MeetingStatus, RegistrationStatus, Sector, Tx } from "@kk/db";
import type { Mailer } from "@kk/mail";
import { TRPCError } from "@trpc/server";
import { recordAudit } from "../audit/record-audit.ts";
import { fieldConflict, notFound } from "../errors.ts";
import { meetingWhen, registrationConfirmedMail, registrationPromotedMail, registrationWaitlistedMail, type RegistrationMailMeeting } from "./registration-mail.ts";
import { PLACE_TAKING_STATUSES, registerForMeetingInput, type RegisterForMeetingInput } from "./schemas.ts";

/*
 * Registration with a waitlist that holds under concurrency (issue 5, docs/werkateliers.md).
 * Every change to who has a place runs in one transaction that first locks the meeting row
 * (SELECT … FOR UPDATE). Registrations for one meeting are therefore serialised: the count of
 * taken places and the insert that follows it cannot interleave with another registration, so
 * 50 people at once for the last 10 places give exactly 10 places and 40 on the waitlist.
 * E-mails go out after the commit (the outbox is written through its own connection).
 */

/** Long enough for 50 simultaneous registrations queueing on one meeting lock on a busy machine. */
const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export interface LockedMeeting extends RegistrationMailMeeting {
  status: MeetingStatus;
  capacity: number;
  endsAt: Date;
  registrationDeadline: Date | null;
  registrationsReducedAt: Date | null;
}

/** Locks the meeting row for the rest of the transaction; null when there is no such meeting. */
export async function lockMeeting(tx: Tx, meetingId: string): Promise<LockedMeeting | null> {
  const rows = await tx.$queryRaw<LockedMeeting[]>`
    SELECT "id", "title", "startsAt", "endsAt", "location", "onlineUrl", "status"::text AS "status", "capacity",
           "registrationDeadline", "registrationsReducedAt"
    FROM "Meeting" WHERE "id" = ${meetingId} FOR UPDATE`;
  return rows[0] ?? null;
}

/** Registration closes at the deadline, or at the start when there is none. */
export function registrationClosesAt(meeting: { startsAt: Date; registrationDeadline: Date | null }): Date {
  return meeting.registrationDeadline && meeting.registrationDeadline < meeting.startsAt ? meeting.registrationDeadline : meeting.startsAt;
}

/** Why registering is not possible now (Dutch), or null when it is. */
export function registrationRefusal(meeting: Pick<LockedMeeting, "status" | "startsAt" | "registrationDeadline">, now: Date): string | null {
  if (meeting.status === "GEANNULEERD") return "Aanmelden kan niet meer: deze bijeenkomst is geannuleerd.";
  if (meeting.status === "AFGEROND") return "Aanmelden kan niet meer: deze bijeenkomst is afgerond.";
  const closesAt = registrationClosesAt(meeting);
  if (now >= closesAt) return `Aanmelden kan niet meer: de aanmelding is gesloten sinds ${meetingWhen(closesAt)}.`;
  return null;
}

async function takenPlaces(tx: Tx, meetingId: string): Promise<number> {
  return tx.meetingRegistration.count({ where: { meetingId, status: { in: [...PLACE_TAKING_STATUSES] } } });
}

/** 1-based position on the waitlist (order waitlistedAt, then id). */
export async function waitlistPosition(tx: Tx | Db, registration: { id: string; meetingId: string; waitlistedAt: Date | null }): Promise<number> {
  if (!registration.waitlistedAt) return 0;
  const ahead = await tx.meetingRegistration.count({
    where: {
      meetingId: registration.meetingId,
      status: "WACHTLIJST",
      OR: [{ waitlistedAt: { lt: registration.waitlistedAt } }, { waitlistedAt: registration.waitlistedAt, id: { lt: registration.id } }],
    },
  });
  return ahead + 1;
}

/**
 * The waitlist time of a registration joining the back of the waitlist, read under the meeting
 * lock. `now` is the caller's clock, read when the request came in, before the lock: a request that
 * waited longer for the lock can carry an earlier `now` than rows already written, and would sort
 * ahead of them (two people told the same position, issue 14 finding 10). So the time is never
 * before the latest one on the waitlist: at least 1 ms after it, which keeps the order of
 * waitlistedAt the order in which the lock was granted.
 */
export async function nextWaitlistTime(tx: Tx, meetingId: string, now: Date): Promise<Date> {
  const latest = await tx.meetingRegistration.aggregate({ where: { meetingId, status: "WACHTLIJST" }, _max: { waitlistedAt: true } });
  const last = latest._max.waitlistedAt;
  return last && last.getTime() >= now.getTime() ? new Date(last.getTime() + 1) : now;
}

export interface PromotedRegistration {
  id: string;
  name: string;
  email: string;
  meeting: RegistrationMailMeeting;
}

/**
 * Fills free places from the waitlist, first come first served (waitlistedAt, then id). Call it
 * inside the transaction that freed places or raised the capacity; it locks the meeting row
 * itself (a second FOR UPDATE in the same transaction is a no-op). Nothing is promoted for a
 * meeting that is not GEPLAND or has started. Send the mails after the commit with
 * sendPromotionMails.
 */
export async function promoteFromWaitlist(tx: Tx, meetingId: string, options: { now: Date; actor?: SessionUser | null }): Promise<PromotedRegistration[]> {
  const now = options.now;
  const meeting = await lockMeeting(tx, meetingId);
  if (!meeting || meeting.status !== "GEPLAND" || meeting.startsAt <= now || meeting.registrationsReducedAt) return [];
  const free = meeting.capacity - (await takenPlaces(tx, meetingId));
  if (free <= 0) return [];
  const next = await tx.meetingRegistration.findMany({
    where: { meetingId, status: "WACHTLIJST" },
    orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }],
    take: free,
    select: { id: true, name: true, email: true, waitlistedAt: true, version: true },
  });
  const promoted: PromotedRegistration[] = [];
  for (const registration of next) {
    await tx.meetingRegistration.update({
      where: { id: registration.id },
      data: { status: "AANGEMELD", promotedAt: now, version: { increment: 1 } },
    });
    await recordAudit(tx, options.actor ?? null, {
      action: "meetingRegistration.promote",
      entityType: "MeetingRegistration",
      entityId: registration.id,
      before: { status: "WACHTLIJST", waitlistedAt: registration.waitlistedAt, version: registration.version },
      after: { status: "AANGEMELD", promotedAt: now, meetingId },
    });
    promoted.push({ id: registration.id, name: registration.name, email: registration.email, meeting });
  }
  return promoted;
}

/** The "u bent van de wachtlijst geplaatst" mails, after the transaction committed. */
export async function sendPromotionMails(mailer: Mailer, promoted: readonly PromotedRegistration[], baseUrl: string): Promise<void> {
  for (const p of promoted) {
    await mailer.send(registrationPromotedMail({ to: p.email, name: p.name, meeting: p.meeting, baseUrl }));
  }
}

export interface RegistrationOutcome {
  registrationId: string;
  status: RegistrationStatus;
  /** Position on the waitlist (1 = next), 0 when not waitlisted. */
  position: number;
  /** True when the caller was already registered or waitlisted: nothing changed. */
  unchanged: boolean;
}

export interface RegistrationOptions {
  now: Date;
  baseUrl: string;
}

const ACTIVE_STATUSES: readonly RegistrationStatus[] = ["AANGEMELD", "WACHTLIJST", "AANWEZIG", "AFWEZIG"];

/**
 * The caller registers for a meeting: a place when one is free, else the back of the waitlist.
 * Name, e-mail, organisation and sector are copied from the account (and its organisation);
 * a user without an organisation names a sector. Registering again after cancelling reuses the
 * row. Registering twice is harmless (unchanged).
 */
export async function registerForMeeting(db: Db, mailer: Mailer, actor: SessionUser, rawInput: RegisterForMeetingInput, options: RegistrationOptions): Promise<RegistrationOutcome> {
  const input = registerForMeetingInput.parse(rawInput);
  const now = options.now;
  const account = await db.user.findUnique({
    where: { id: actor.id },
    select: { name: true, email: true, organisation: { select: { id: true, name: true, sector: true } } },
  });
  if (!account) throw new TRPCError({ code: "UNAUTHORIZED", message: "U bent niet ingelogd." });
  const sector: Sector | null = account.organisation?.sector ?? (input.sector === "" ? null : input.sector);
  if (!sector) throw fieldConflict("Kies de sector waarin u werkt.", { sector: ["Kies de sector waarin u werkt."] });

  const result = await db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (!meeting) throw notFound("De bijeenkomst");
    const existing = await tx.meetingRegistration.findUnique({ where: { meetingId_userId: { meetingId: meeting.id, userId: actor.id } } });
    if (existing && ACTIVE_STATUSES.includes(existing.status)) {
      return { meeting, outcome: { registrationId: existing.id, status: existing.status, position: await waitlistPosition(tx, existing), unchanged: true } };
    }
    const refusal = registrationRefusal(meeting, now);
    if (refusal) throw new TRPCError({ code: "BAD_REQUEST", message: refusal });

    // Anyone already waiting goes first, should a place be free (e.g. the capacity was raised).
    const promoted = await promoteFromWaitlist(tx, meeting.id, { now, actor });
    const full = (await takenPlaces(tx, meeting.id)) >= meeting.capacity;
    const status: RegistrationStatus = full ? "WACHTLIJST" : "AANGEMELD";
    const waitlistedAt = full ? await nextWaitlistTime(tx, meeting.id, now) : null;
    const copied = {
      name: account.name,
      email: account.email,
      organisationId: account.organisation?.id ?? null,
      organisationName: account.organisation?.name ?? "",
      sector,
      status,
      remark: input.remark,
      registeredAt: now,
      waitlistedAt,
      promotedAt: null,
      cancelledAt: null,
      attendanceMarkedAt: null,
      reminderSentAt: null,
    };
    const row = existing
      ? await tx.meetingRegistration.update({ where: { id: existing.id }, data: { ...copied, version: { increment: 1 } } })
      : await tx.meetingRegistration.create({ data: { ...copied, meetingId: meeting.id, userId: actor.id } });
    await recordAudit(tx, actor, {
      action: existing ? "meetingRegistration.reregister" : "meetingRegistration.register",
      entityType: "MeetingRegistration",
      entityId: row.id,
      before: existing ? { status: existing.status, version: existing.version } : undefined,
      after: { meetingId: meeting.id, status, sector, organisationName: copied.organisationName, remark: input.remark, version: row.version },
    });
    const position = await waitlistPosition(tx, row);
    return { meeting, promoted, outcome: { registrationId: row.id, status, position, unchanged: false } };
  }, TX_OPTIONS);

  if (!result.outcome.unchanged) {
    if ("promoted" in result && result.promoted) await sendPromotionMails(mailer, result.promoted, options.baseUrl);
    const mail = { to: account.email, name: account.name, meeting: result.meeting, baseUrl: options.baseUrl };
    await mailer.send(
      result.outcome.status === "WACHTLIJST" ? registrationWaitlistedMail({ ...mail, position: result.outcome.position }) : registrationConfirmedMail(mail),
    );
  }
  return result.outcome;
}

export interface UnregisterOutcome {
  registrationId: string;
  status: "AFGEMELD";
  /** Registrations that moved from the waitlist into the freed place. */
  promoted: number;
}

/**
 * The caller cancels. A freed place goes to the first on the waitlist in the same transaction,
 * who gets an e-mail. Cancelling is possible after the registration deadline, not once the
 * meeting has started.
 */
export async function unregisterFromMeeting(db: Db, mailer: Mailer, actor: SessionUser, meetingId: string, options: RegistrationOptions): Promise<UnregisterOutcome> {
  const now = options.now;
  const result = await db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting) throw notFound("De bijeenkomst");
    const existing = await tx.meetingRegistration.findUnique({ where: { meetingId_userId: { meetingId, userId: actor.id } } });
    if (!existing || (existing.status !== "AANGEMELD" && existing.status !== "WACHTLIJST")) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "U bent niet aangemeld voor deze bijeenkomst." });
    }
    if (meeting.startsAt <= now) throw new TRPCError({ code: "BAD_REQUEST", message: "Afmelden kan niet meer: de bijeenkomst is al begonnen." });
    const row = await tx.meetingRegistration.update({
      where: { id: existing.id },
      data: { status: "AFGEMELD", cancelledAt: now, waitlistedAt: null, version: { increment: 1 } },
    });
    await recordAudit(tx, actor, {
      action: "meetingRegistration.unregister",
      entityType: "MeetingRegistration",
      entityId: row.id,
      before: { status: existing.status, version: existing.version },
      after: { meetingId, status: row.status, version: row.version },
    });
    const promoted = existing.status === "AANGEMELD" ? await promoteFromWaitlist(tx, meetingId, { now, actor }) : [];
    return { row, promoted };
  }, TX_OPTIONS);
  await sendPromotionMails(mailer, result.promoted, options.baseUrl);
  return { registrationId: result.row.id, status: "AFGEMELD", promoted: result.promoted.length };
}

import { createHash, randomBytes } from "node:crypto";
import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { recordAudit } from "../audit/record-audit.ts";
import { notFound } from "../errors.ts";
import { amsterdamDay } from "../meeting/amsterdam-time.ts";
import { meetingFileName, meetingsCalendar, type CalendarMeeting } from "./meeting-ics.ts";

/** Registrations that put a meeting in the personal feed (a cancelled registration does not). */
export const FEED_REGISTRATION_STATUSES = ["AANGEMELD", "WACHTLIJST", "AANWEZIG", "AFWEZIG"] as const;

/** Path of the public feed; the token is the only credential (apps/web/src/app/api/agenda/[token]/route.ts). */
export const FEED_PATH = "/api/agenda";

const calendarMeetingSelect = {
  id: true,
  type: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  location: true,
  onlineUrl: true,
  status: true,
  cancelledReason: true,
  version: true,
  updatedAt: true,
} as const;

export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** 32 random bytes, base64url: 43 characters, unguessable. */
function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function feedUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${FEED_PATH}/${token}.ics`;
}

export interface CalendarFeedStatus {
  /** The active feed (at most one per user), without its token: that is shown only once. */
  active: { id: string; createdAt: Date; lastUsedAt: Date | null } | null;
}

export async function getCalendarFeedStatus(db: Db, user: SessionUser): Promise<CalendarFeedStatus> {
  const active = await db.calendarFeedToken.findFirst({
    where: { userId: user.id, revokedAt: null },
    select: { id: true, createdAt: true, lastUsedAt: true },
    orderBy: { createdAt: "desc" },
  });
  return { active };
}

/**
 * A new personal feed: any earlier feed of the user is revoked in the same transaction (one
 * secret URL at a time), only the SHA-256 of the new token is stored, and the token itself is
 * returned once, inside the URL.
 */
export async function createCalendarFeed(db: Db, user: SessionUser, baseUrl: string, now: Date): Promise<{ url: string; createdAt: Date }> {
  const token = newToken();
  const row = await db.$transaction(async (tx) => {
    const revoked = await tx.calendarFeedToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    const created = await tx.calendarFeedToken.create({ data: { userId: user.id, tokenHash: hashFeedToken(token), createdAt: now } });
    await recordAudit(tx, user, {
      action: "calendarFeed.create",
      entityType: "CalendarFeedToken",
      entityId: created.id,
      after: { revokedEarlier: revoked.count },
    });
    return created;
  });
  return { url: feedUrl(baseUrl, token), createdAt: row.createdAt };
}

/** Revokes the user's feed: the URL answers 404 from now on. */
export async function revokeCalendarFeed(db: Db, user: SessionUser, now: Date): Promise<{ revoked: number }> {
  return db.$transaction(async (tx) => {
    const active = await tx.calendarFeedToken.findMany({ where: { userId: user.id, revokedAt: null }, select: { id: true } });
    if (active.length === 0) return { revoked: 0 };
    await tx.calendarFeedToken.updateMany({ where: { id: { in: active.map((row) => row.id) } }, data: { revokedAt: now } });
    for (const row of active) {
      await recordAudit(tx, user, { action: "calendarFeed.revoke", entityType: "CalendarFeedToken", entityId: row.id });
    }
    return { revoked: active.length };
  });
}

/**
 * The feed behind a token, or null when the token is unknown, revoked, or its owner's account
 * is no longer active (the route answers 404 alike, so a guess learns nothing). The meetings are
 * those the owner registered for (also on the waitlist), cancelled meetings included so
 * subscribed calendars drop them.
 */
export async function calendarFeedByToken(db: Db, token: string, options: { baseUrl: string; now: Date }): Promise<string | null> {
  const clean = token.replace(/\.ics$/i, "");
  if (!/^[A-Za-z0-9_-]{43}$/.test(clean)) return null;
  const row = await db.calendarFeedToken.findUnique({
    where: { tokenHash: hashFeedToken(clean) },
    select: { id: true, revokedAt: true, user: { select: { id: true, active: true } } },
  });
  if (!row || row.revokedAt || !row.user.active) return null;
  const registrations = await db.meetingRegistration.findMany({
    where: { userId: row.user.id, status: { in: [...FEED_REGISTRATION_STATUSES] } },
    select: { status: true, meeting: { select: calendarMeetingSelect } },
    orderBy: { meeting: { startsAt: "asc" } },
  });
  await db.calendarFeedToken.update({ where: { id: row.id }, data: { lastUsedAt: options.now } });
  return meetingsCalendar(
    registrations.map((registration) => ({ meeting: registration.meeting, registration: registration.status })),
    { name: "Mijn werkateliers – Ketenportaal Kindveiligheid", baseUrl: options.baseUrl },
  );
}

/** One meeting as an .ics file, for anyone who may read meetings. */
export async function meetingIcsFile(db: Db, meetingId: string, baseUrl: string): Promise<{ fileName: string; ics: string }> {
  const meeting: CalendarMeeting | null = await db.meeting.findUnique({ where: { id: meetingId }, select: calendarMeetingSelect });
  if (!meeting) throw notFound("De bijeenkomst");
  return {
    fileName: meetingFileName(meeting, amsterdamDay(meeting.startsAt)),
    ics: meetingsCalendar([{ meeting }], { name: meeting.title, baseUrl }),
  };
}

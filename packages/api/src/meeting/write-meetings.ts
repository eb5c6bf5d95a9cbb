import type { SessionUser } from "@kk/auth/roles";
import type { Db, Prisma, Tx } from "@kk/db";
import type { Mailer } from "@kk/mail";
import { TRPCError } from "@trpc/server";
import { recordAudit } from "../audit/record-audit.ts";
import { notFound, staleVersion } from "../errors.ts";
import { FieldErrorsCause } from "../field-errors.ts";
import { promoteFromWaitlist, sendPromotionMails } from "../meeting-registration/register.ts";
import { formatAmsterdamRange } from "./amsterdam-time.ts";
import { canManageMeetingOf } from "./meeting-access.ts";
import type { CreateMeetingValues, UpdateMeetingValues } from "./schemas.ts";

/** What a meeting's audit snapshot and write paths load. */
export const meetingWriteFields = {
  id: true,
  type: true,
  title: true,
  description: true,
  theme: true,
  startsAt: true,
  endsAt: true,
  location: true,
  onlineUrl: true,
  capacity: true,
  registrationDeadline: true,
  facilitators: true,
  status: true,
  cancelledReason: true,
  municipalityCode: true,
  version: true,
  sectorTargets: { select: { sector: true, places: true }, orderBy: { sector: "asc" } },
} satisfies Prisma.MeetingSelect;

export type MeetingWriteRow = Prisma.MeetingGetPayload<{ select: typeof meetingWriteFields }>;

async function loadMeetingForWrite(tx: Tx, id: string): Promise<MeetingWriteRow> {
  const row = await tx.meeting.findUnique({ where: { id }, select: meetingWriteFields });
  if (!row) throw notFound("De bijeenkomst");
  return row;
}

function meetingData(input: CreateMeetingValues) {
  return {
    type: input.type,
    title: input.title,
    description: input.description,
    theme: input.theme,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    location: input.location,
    onlineUrl: input.onlineUrl,
    capacity: input.capacity,
    registrationDeadline: input.registrationDeadline,
    facilitators: input.facilitators,
  };
}

function assertManages(actor: SessionUser, municipalityCode: string | null): void {
  if (!canManageMeetingOf(actor, municipalityCode)) {
    const message =
      actor.role === "REGIO_COORDINATOR"
        ? "Als regionaal coördinator beheert u de regionale bijeenkomsten; een lokale bijeenkomst beheert de coördinator van die gemeente."
        : "Deze bijeenkomst is van een andere gemeente; die beheert de coördinator van die gemeente.";
    throw new TRPCError({ code: "FORBIDDEN", message, cause: new FieldErrorsCause(message, { municipalityCode: [message] }) });
  }
}

async function assertMunicipalityExists(tx: Tx, code: string | null): Promise<void> {
  if (code === null) return;
  if (!(await tx.municipality.findUnique({ where: { code }, select: { code: true } }))) {
    const message = `Onbekende gemeente: ${code}. Kies een gemeente van deze regio, of regionaal.`;
    throw new TRPCError({ code: "BAD_REQUEST", message, cause: new FieldErrorsCause(message, { municipalityCode: [message] }) });
  }
}

export async function createMeeting(db: Db, actor: SessionUser, input: CreateMeetingValues): Promise<MeetingWriteRow> {
  return db.$transaction(async (tx) => {
    const municipalityCode = input.municipalityCode === undefined ? (actor.role === "REGIO_COORDINATOR" ? null : actor.municipalityCode) : input.municipalityCode;
    assertManages(actor, municipalityCode);
    await assertMunicipalityExists(tx, municipalityCode);
    const created = await tx.meeting.create({
      data: { ...meetingData(input), municipalityCode, createdById: actor.id, sectorTargets: { create: input.sectorTargets } },
      select: meetingWriteFields,
    });
    await recordAudit(tx, actor, { action: "meeting.create", entityType: "Meeting", entityId: created.id, after: created });
    return created;
  });
}

function refuseUnlessPlanned(status: string, what: string): void {
  if (status === "GEANNULEERD") throw new TRPCError({ code: "BAD_REQUEST", message: `Deze bijeenkomst is geannuleerd en kan niet meer ${what}.` });
  if (status === "AFGEROND") throw new TRPCError({ code: "BAD_REQUEST", message: `Deze bijeenkomst is afgerond en kan niet meer ${what}.` });
}

/**
 * Saves the whole form (fields and sector mix) when nobody saved since `version`. Lowering the
 * capacity below the registrations does not remove anyone; it only means no new places free up.
 */
/**
 * Saves the whole form. When the capacity went up, the first people on the waitlist move into
 * the free places in the same transaction (promoteFromWaitlist locks the meeting row, as
 * registering does) and get the promotion e-mail once it is committed.
 */
export async function updateMeeting(db: Db, mailer: Mailer, actor: SessionUser, input: UpdateMeetingValues, baseUrl: string, now: Date): Promise<MeetingWriteRow> {
  const { meeting, promoted } = await db.$transaction(async (tx) => {
    const before = await loadMeetingForWrite(tx, input.id);
    assertManages(actor, before.municipalityCode);
    if (before.version !== input.version) throw staleVersion();
    refuseUnlessPlanned(before.status, "worden gewijzigd");
    const municipalityCode = input.municipalityCode === undefined ? before.municipalityCode : input.municipalityCode;
    assertManages(actor, municipalityCode);
    await assertMunicipalityExists(tx, municipalityCode);
    const { count } = await tx.meeting.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...meetingData(input), municipalityCode, version: { increment: 1 } },
    });
    if (count === 0) throw staleVersion();
    await tx.meetingSectorTarget.deleteMany({ where: { meetingId: input.id } });
    await tx.meetingSectorTarget.createMany({ data: input.sectorTargets.map((t) => ({ ...t, meetingId: input.id })) });
    const after = await loadMeetingForWrite(tx, input.id);
    await recordAudit(tx, actor, { action: "meeting.update", entityType: "Meeting", entityId: input.id, before, after });
    const promoted = after.capacity > before.capacity ? await promoteFromWaitlist(tx, input.id, { actor, now }) : [];
    return { meeting: after, promoted };
  });
  await sendPromotionMails(mailer, promoted, baseUrl);
  return meeting;
}

export interface CancelMeetingResult {
  meeting: MeetingWriteRow;
  /** Cancellation e-mails handed to the mailer (one per registered or waitlisted person). */
  notified: number;
}

function cancellationText(meeting: MeetingWriteRow, name: string, reason: string, link: string): string {
  return [
    `Beste ${name},`,
    "",
    `De bijeenkomst "${meeting.title}" op ${formatAmsterdamRange(meeting.startsAt, meeting.endsAt)} (Nederlandse tijd) gaat niet door.`,
    "",
    `Reden: ${reason}`,
    "",
    "U was voor deze bijeenkomst aangemeld of stond op de wachtlijst. U hoeft niets te doen.",
    `Meer informatie: ${link}`,
    "",
    "Met vriendelijke groet,",
    "Ketenportaal Kindveiligheid",
  ].join("\n");
}

/**
 * GEPLAND → GEANNULEERD with a reason. Everyone registered or on the waitlist gets a
 * cancellation e-mail (one each, so addresses are not shared) after the change is committed;
 * their registrations stay as they were, as the record of who was told.
 */
export async function cancelMeeting(
  db: Db,
  mailer: Mailer,
  actor: SessionUser,
  input: { id: string; version: number; reason: string },
  baseUrl: string,
): Promise<CancelMeetingResult> {
  const { meeting, recipients } = await db.$transaction(async (tx) => {
    const before = await loadMeetingForWrite(tx, input.id);
    assertManages(actor, before.municipalityCode);
    if (before.version !== input.version) throw staleVersion();
    refuseUnlessPlanned(before.status, "worden geannuleerd");
    const { count } = await tx.meeting.updateMany({
      where: { id: input.id, version: input.version, status: "GEPLAND" },
      data: { status: "GEANNULEERD", cancelledReason: input.reason, version: { increment: 1 } },
    });
    if (count === 0) throw staleVersion();
    const after = await loadMeetingForWrite(tx, input.id);
    const registrations = await tx.meetingRegistration.findMany({
      where: { meetingId: input.id, status: { in: ["AANGEMELD", "WACHTLIJST"] } },
      select: { name: true, email: true },
      orderBy: [{ registeredAt: "asc" }, { id: "asc" }],
    });
    await recordAudit(tx, actor, {
      action: "meeting.cancel",
      entityType: "Meeting",
      entityId: input.id,
      before: { status: before.status, version: before.version },
      after: { status: after.status, version: after.version, cancelledReason: after.cancelledReason, notified: registrations.length },
    });
    return { meeting: after, recipients: registrations };
  });
  const link = `${baseUrl}/werkateliers/${meeting.id}`;
  for (const r of recipients) {
    await mailer.send({
      to: r.email,
      subject: `Geannuleerd: ${meeting.title}`,
      text: cancellationText(meeting, r.name, input.reason, link),
      kind: "meeting.cancelled",
    });
  }
  return { meeting, notified: recipients.length };
}

/** GEPLAND → AFGEROND, only once the meeting has started. */
export async function completeMeeting(db: Db, actor: SessionUser, input: { id: string; version: number }, now: Date): Promise<MeetingWriteRow> {
  return db.$transaction(async (tx) => {
    const before = await loadMeetingForWrite(tx, input.id);
    assertManages(actor, before.municipalityCode);
    if (before.version !== input.version) throw staleVersion();
    refuseUnlessPlanned(before.status, "worden afgerond");
    if (before.startsAt.getTime() > now.getTime()) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "Een bijeenkomst kan pas worden afgerond als die begonnen is." });
    }
    const { count } = await tx.meeting.updateMany({
      where: { id: input.id, version: input.version, status: "GEPLAND" },
      data: { status: "AFGEROND", version: { increment: 1 } },
    });
    if (count === 0) throw staleVersion();
    const after = await loadMeetingForWrite(tx, input.id);
    await recordAudit(tx, actor, {
      action: "meeting.complete",
      entityType: "Meeting",
      entityId: input.id,
      before: { status: before.status, version: before.version },
      after: { status: after.status, version: after.version },
    });
    return after;
  });
}

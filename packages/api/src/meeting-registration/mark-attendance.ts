import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { TRPCError } from "@trpc/server";
import { recordAudit } from "../audit/record-audit.ts";
import { notFound } from "../errors.ts";
import { ATTENDANCE_LIST_STATUSES, markAttendanceInput, type MarkAttendanceInput } from "./schemas.ts";

/**
 * The coordinator marks who came (aanwezig) and who did not (afwezig), for people with a place.
 * Marking does not free places: it is done at or after the meeting. Every change is audited;
 * a mark that does not change anything is skipped.
 */
export async function markAttendance(db: Db, actor: SessionUser, rawInput: MarkAttendanceInput, now: Date): Promise<{ changed: number }> {
  const input = markAttendanceInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const meeting = await tx.meeting.findUnique({ where: { id: input.meetingId }, select: { id: true, status: true, registrationsReducedAt: true } });
    if (!meeting) throw notFound("De bijeenkomst");
    if (meeting.status === "GEANNULEERD") throw new TRPCError({ code: "BAD_REQUEST", message: "Deze bijeenkomst is geannuleerd; er is geen aanwezigheid te registreren." });
    if (meeting.registrationsReducedAt) throw new TRPCError({ code: "BAD_REQUEST", message: "De aanmeldingen van deze bijeenkomst zijn na de bewaartermijn teruggebracht tot aantallen." });
    const ids = input.marks.map((m) => m.registrationId);
    const rows = await tx.meetingRegistration.findMany({ where: { id: { in: ids }, meetingId: meeting.id } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    let changed = 0;
    for (const mark of input.marks) {
      const row = byId.get(mark.registrationId);
      if (!row || !(ATTENDANCE_LIST_STATUSES as readonly string[]).includes(row.status)) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "Aanwezigheid kan alleen worden vastgelegd voor deelnemers met een plaats. Laad de pagina opnieuw." });
      }
      if (row.status === mark.status) continue;
      await tx.meetingRegistration.update({
        where: { id: row.id },
        data: { status: mark.status, attendanceMarkedAt: now, version: { increment: 1 } },
      });
      await recordAudit(tx, actor, {
        action: "meetingRegistration.attendance",
        entityType: "MeetingRegistration",
        entityId: row.id,
        before: { status: row.status, version: row.version },
        after: { meetingId: meeting.id, status: mark.status, version: row.version + 1 },
      });
      changed += 1;
    }
    return { changed };
  });
}

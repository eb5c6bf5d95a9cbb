import type { Db, RegistrationStatus, Sector } from "@kk/db";
import { recordAudit } from "../audit/record-audit.ts";
import { getMeetingJobSettings } from "./settings.ts";

/** Registrations that count as "registered" in the counts (they had a place). */
const COUNTED: readonly RegistrationStatus[] = ["AANGEMELD", "AANWEZIG", "AFWEZIG"];

/** Organisation name in the counts for people registered without an organisation. */
export const WITHOUT_ORGANISATION = "Zonder organisatie";

export interface RetentionRun {
  /** Meetings that ended before this instant were due. */
  cutoff: Date;
  retentionYears: number;
  /** Meetings whose registrations were replaced by counts in this run. */
  meetings: number;
  registrationsRemoved: number;
}

/** `now` minus whole years, on the UTC calendar (29 February becomes 1 March). */
export function yearsBefore(now: Date, years: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

/**
 * The daily retention job (privacy, docs/werkateliers.md): for every meeting that ended more
 * than N years ago (setting, default 2) the registrations — names, e-mail addresses, remarks —
 * are replaced by MeetingAttendanceCount rows per organisation and sector (registered: had a
 * place; attended: marked AANWEZIG), and registrationsReducedAt is set. One transaction per
 * meeting; the conditional update of registrationsReducedAt is the claim, so overlapping runs
 * reduce each meeting once. Audited without personal data.
 */
export async function reduceOldRegistrations(db: Db, now: Date): Promise<RetentionRun> {
  const settings = await getMeetingJobSettings(db);
  const cutoff = yearsBefore(now, settings.retentionYears);
  const run: RetentionRun = { cutoff, retentionYears: settings.retentionYears, meetings: 0, registrationsRemoved: 0 };

  const due = await db.meeting.findMany({
    where: { endsAt: { lt: cutoff }, registrationsReducedAt: null },
    select: { id: true },
    orderBy: { endsAt: "asc" },
  });

  for (const { id } of due) {
    await db.$transaction(async (tx) => {
      const claimed = await tx.meeting.updateMany({ where: { id, registrationsReducedAt: null }, data: { registrationsReducedAt: now } });
      if (claimed.count === 0) return;
      const registrations = await tx.meetingRegistration.findMany({
        where: { meetingId: id },
        select: { organisationName: true, sector: true, status: true },
      });
      const counts = new Map<string, { organisationName: string; sector: Sector; registered: number; attended: number }>();
      for (const registration of registrations) {
        if (!COUNTED.includes(registration.status)) continue;
        const organisationName = registration.organisationName.trim() || WITHOUT_ORGANISATION;
        const key = `${organisationName}\u0000${registration.sector}`;
        const count = counts.get(key) ?? { organisationName, sector: registration.sector, registered: 0, attended: 0 };
        count.registered += 1;
        if (registration.status === "AANWEZIG") count.attended += 1;
        counts.set(key, count);
      }
      for (const count of counts.values()) {
        // Add to counts a (partial) earlier reduction may have left.
        await tx.meetingAttendanceCount.upsert({
          where: { meetingId_organisationName_sector: { meetingId: id, organisationName: count.organisationName, sector: count.sector } },
          create: { meetingId: id, ...count },
          update: { registered: { increment: count.registered }, attended: { increment: count.attended } },
        });
      }
      const removed = await tx.meetingRegistration.deleteMany({ where: { meetingId: id } });
      await recordAudit(tx, null, {
        action: "meeting.registrations.reduce",
        entityType: "Meeting",
        entityId: id,
        after: {
          registrationsRemoved: removed.count,
          retentionYears: settings.retentionYears,
          counts: [...counts.values()].map(({ organisationName, sector, registered, attended }) => ({ organisationName, sector, registered, attended })),
        },
      });
      run.meetings += 1;
      run.registrationsRemoved += removed.count;
    });
  }
  return run;
}

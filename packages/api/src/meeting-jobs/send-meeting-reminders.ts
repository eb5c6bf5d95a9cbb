import type { Db } from "@kk/db";
import type { Mailer } from "@kk/mail";
import { addDays } from "../agreement-reminders/amsterdam-date.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { amsterdamDay, fromAmsterdamLocal } from "../meeting/amsterdam-time.ts";
import { meetingReminderMail } from "./reminder-mail.ts";
import { getMeetingJobSettings } from "./settings.ts";

export interface MeetingReminderOptions {
  now: Date;
  /** Public URL of the portal, for the link in the mail (NEXTAUTH_URL). */
  baseUrl: string;
}

export interface MeetingReminderRun {
  today: string;
  daysBefore: number;
  /** Messages handed to the mailer (with SMTP also delivered unless `failed`). */
  sent: number;
  /** SMTP refused or could not be reached; the error is on the outbox record. */
  failed: number;
  /** Registered, but the account is no longer active: no reminder. */
  inactive: number;
}

/**
 * The daily reminder job: everyone AANGEMELD for a planned meeting that starts within N days
 * (setting, Amsterdam calendar days; default 3) gets one e-mail. "Within" rather than "exactly
 * N days before", so someone who registers later, or a day the job did not run, is still
 * reminded. Waitlisted, cancelled and past registrations get none.
 *
 * Once per registration: reminderSentAt is claimed with a conditional update before sending,
 * so a second run, or two instances at once, send one mail. If handing the mail to the mailer
 * throws, the claim is released and the next run tries again.
 */
export async function sendMeetingReminders(db: Db, mailer: Mailer, options: MeetingReminderOptions): Promise<MeetingReminderRun> {
  const { now } = options;
  const settings = await getMeetingJobSettings(db);
  const today = amsterdamDay(now);
  // Start of the Amsterdam day after the last day in the window.
  const until = fromAmsterdamLocal(`${addDays(today, settings.reminderDaysBefore + 1)}T00:00`);
  const base = options.baseUrl.replace(/\/+$/, "");
  const run: MeetingReminderRun = { today, daysBefore: settings.reminderDaysBefore, sent: 0, failed: 0, inactive: 0 };
  if (!until) return run;

  const due = await db.meetingRegistration.findMany({
    where: { status: "AANGEMELD", reminderSentAt: null, meeting: { status: "GEPLAND", startsAt: { gt: now, lt: until } } },
    select: {
      id: true,
      name: true,
      email: true,
      user: { select: { active: true } },
      meeting: { select: { id: true, title: true, startsAt: true, endsAt: true, location: true, onlineUrl: true } },
    },
    orderBy: [{ meeting: { startsAt: "asc" } }, { registeredAt: "asc" }],
  });

  for (const registration of due) {
    if (registration.user && !registration.user.active) {
      run.inactive += 1;
      continue;
    }
    const claimed = await db.meetingRegistration.updateMany({
      where: { id: registration.id, status: "AANGEMELD", reminderSentAt: null },
      data: { reminderSentAt: now },
    });
    if (claimed.count === 0) continue;
    const { meeting } = registration;
    try {
      const result = await mailer.send(
        meetingReminderMail({
          to: registration.email,
          recipientName: registration.name,
          title: meeting.title,
          startsAt: meeting.startsAt,
          endsAt: meeting.endsAt,
          location: meeting.location,
          onlineUrl: meeting.onlineUrl,
          meetingUrl: `${base}/werkateliers/${meeting.id}`,
        }),
      );
      run.sent += 1;
      if (result.error !== null) run.failed += 1;
    } catch (error) {
      await db.meetingRegistration.updateMany({ where: { id: registration.id, reminderSentAt: now }, data: { reminderSentAt: null } });
      throw error;
    }
  }

  if (run.sent > 0) {
    await db.$transaction((tx) =>
      recordAudit(tx, null, { action: "meeting.reminders.send", entityType: "MeetingReminderRun", entityId: today, after: run }),
    );
  }
  return run;
}

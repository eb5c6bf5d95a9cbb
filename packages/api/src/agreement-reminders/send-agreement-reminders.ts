import type { Db } from "@kk/db";
import type { Mailer } from "@kk/mail";
import { recordAudit } from "../audit/record-audit.ts";
import { addDays, amsterdamToday, dateOnly, daysBetween, toDbDate } from "./amsterdam-date.ts";
import { getReminderDays } from "./reminder-days.ts";
import { agreementReminderMail, type AgreementReminderKind } from "./reminder-mail.ts";

export interface AgreementReminderOptions {
  now: Date;
  /** Public URL of the portal, for the link in the mail (NEXTAUTH_URL). */
  baseUrl: string;
}

export interface AgreementReminderRun {
  today: string;
  /** Messages handed to the mailer (recorded; with SMTP also delivered unless `failed`). */
  sent: number;
  /** Due reminders that went out on an earlier run (or a concurrent one). */
  alreadySent: number;
  /** SMTP refused or could not be reached; the error is on the outbox record. */
  failed: number;
  /** Due, but the owner's account is not active: nobody to mail, tried again next run. */
  ownerInactive: number;
}

/**
 * The daily reminder job: the owner of every ACTIEF agreement gets one e-mail when today (in
 * Europe/Amsterdam) lies within N days before the end date, and one within M days before the
 * review date (settings, reminder-days.ts). "Within" rather than "exactly N days before", so a
 * day the job did not run is caught up the next day.
 *
 * Once per (agreement, kind, daysBefore, dueDate): the AgreementReminder row is inserted first
 * and its unique key decides which run sends, so running twice or two instances at once sends
 * one mail. A moved end date, or a changed setting, is a new reminder. The mail goes out after
 * the insert; if handing it to the mailer throws, the row is removed so the next run tries again.
 */
export async function sendAgreementReminders(db: Db, mailer: Mailer, options: AgreementReminderOptions): Promise<AgreementReminderRun> {
  const today = amsterdamToday(options.now);
  const days = await getReminderDays(db);
  const base = options.baseUrl.replace(/\/+$/, "");
  const run: AgreementReminderRun = { today, sent: 0, alreadySent: 0, failed: 0, ownerInactive: 0 };

  const windows: { kind: AgreementReminderKind; daysBefore: number; field: "endDate" | "reviewDate" }[] = [
    { kind: "end", daysBefore: days.beforeEnd, field: "endDate" },
    { kind: "review", daysBefore: days.beforeReview, field: "reviewDate" },
  ];

  for (const window of windows) {
    const due = await db.agreement.findMany({
      where: { status: "ACTIEF", [window.field]: { gte: toDbDate(today), lte: toDbDate(addDays(today, window.daysBefore)) } },
      select: { id: true, title: true, endDate: true, reviewDate: true, owner: { select: { email: true, name: true, active: true } } },
      orderBy: { title: "asc" },
    });
    for (const agreement of due) {
      const dueDate = agreement[window.field];
      if (!dueDate) continue;
      if (!agreement.owner.active) {
        run.ownerInactive += 1;
        continue;
      }
      const claimed = await db.agreementReminder.createMany({
        data: [{ agreementId: agreement.id, kind: window.kind, daysBefore: window.daysBefore, dueDate, sentAt: options.now }],
        skipDuplicates: true,
      });
      if (claimed.count === 0) {
        run.alreadySent += 1;
        continue;
      }
      try {
        const result = await mailer.send(
          agreementReminderMail({
            to: agreement.owner.email,
            recipientName: agreement.owner.name,
            title: agreement.title,
            kind: window.kind,
            dueDate,
            daysLeft: daysBetween(today, dateOnly(dueDate)),
            agreementUrl: `${base}/convenanten/${agreement.id}`,
          }),
        );
        run.sent += 1;
        if (result.error !== null) run.failed += 1;
      } catch (error) {
        await db.agreementReminder.deleteMany({
          where: { agreementId: agreement.id, kind: window.kind, daysBefore: window.daysBefore, dueDate },
        });
        throw error;
      }
    }
  }

  if (run.sent > 0) {
    await db.$transaction((tx) =>
      recordAudit(tx, null, {
        action: "agreement.reminders.send",
        entityType: "AgreementReminderRun",
        entityId: today,
        after: { ...run, daysBeforeEnd: days.beforeEnd, daysBeforeReview: days.beforeReview },
      }),
    );
  }
  return run;
}

import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import type { Mailer } from "@kk/mail";
import { recordAudit } from "../audit/record-audit.ts";
import { confirmationLink, confirmationTokenExpiry, hashConfirmationToken, newConfirmationToken } from "./confirmation-token.ts";
import { freshnessReminderMail } from "./reminder-mail.ts";
import { getStaleAfterMonths, staleBefore } from "./staleness.ts";

export interface FreshnessReminderOptions {
  now: Date;
  /** Public URL of the portal, for the links in the mail (NEXTAUTH_URL). */
  baseUrl: string;
  /** Who pressed "Herinneringen nu versturen"; null for the scheduled job. */
  actor?: SessionUser | null;
}

export interface FreshnessReminderRun {
  staleOrganisations: number;
  /** Messages handed to the mailer (recorded; with SMTP also delivered unless `failed`). */
  sent: number;
  /** Editors who already had this month's reminder. */
  alreadyReminded: number;
  /** SMTP refused or could not be reached; the error is on the outbox record. */
  failed: number;
}

/** Reminders are monthly: one per organisation and editor per calendar month (UTC). */
function startOfMonth(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

/**
 * The monthly freshness job: every active organisation whose entry is stale gets a reminder for
 * each of its active partner users ("editors"), with a one-click confirmation link.
 *
 * Idempotent within a month: a token created for the same organisation and user since the 1st
 * means the reminder went out already. The check and the new token share a transaction holding an
 * advisory lock on that pair, so the scheduled run and the coordinator's "send now" button cannot
 * both send. The mail itself is sent after that commit (an SMTP call does not belong inside a
 * database transaction); if recording it fails, the token is removed so next run tries again.
 */
export async function sendFreshnessReminders(db: Db, mailer: Mailer, options: FreshnessReminderOptions): Promise<FreshnessReminderRun> {
  const { now, baseUrl } = options;
  const months = await getStaleAfterMonths(db);
  const monthStart = startOfMonth(now);
  const organisations = await db.organisation.findMany({
    where: { status: "ACTIVE", OR: [{ verifiedAt: null }, { verifiedAt: { lt: staleBefore(now, months) } }] },
    select: {
      id: true,
      name: true,
      slug: true,
      verifiedAt: true,
      users: { where: { role: "PARTNER", active: true }, select: { id: true, email: true, name: true }, orderBy: { email: "asc" } },
    },
    orderBy: { name: "asc" },
  });

  const run: FreshnessReminderRun = { staleOrganisations: organisations.length, sent: 0, alreadyReminded: 0, failed: 0 };
  for (const organisation of organisations) {
    for (const editor of organisation.users) {
      const token = newConfirmationToken();
      const tokenId = await db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`freshness.reminder:${organisation.id}:${editor.id}`}))`;
        const earlier = await tx.confirmationToken.count({
          where: { organisationId: organisation.id, userId: editor.id, createdAt: { gte: monthStart } },
        });
        if (earlier > 0) return null;
        const created = await tx.confirmationToken.create({
          data: {
            tokenHash: hashConfirmationToken(token),
            organisationId: organisation.id,
            userId: editor.id,
            createdAt: now,
            expiresAt: confirmationTokenExpiry(now),
          },
          select: { id: true },
        });
        return created.id;
      });
      if (tokenId === null) {
        run.alreadyReminded += 1;
        continue;
      }
      try {
        const result = await mailer.send({
          ...freshnessReminderMail({
            to: editor.email,
            recipientName: editor.name,
            organisationName: organisation.name,
            verifiedAt: organisation.verifiedAt,
            confirmUrl: confirmationLink(baseUrl, token),
            editUrl: `${baseUrl.replace(/\/+$/, "")}/sociale-kaart/${organisation.slug}/bewerken`,
          }),
          // The one-click token is not kept in the stored copy of the mail (issue 14, finding 5).
          secrets: [token],
        });
        run.sent += 1;
        if (result.error !== null) run.failed += 1;
      } catch (error) {
        await db.confirmationToken.delete({ where: { id: tokenId } });
        throw error;
      }
    }
  }

  await db.$transaction((tx) =>
    recordAudit(tx, options.actor ?? null, {
      action: "freshness.reminders.send",
      entityType: "FreshnessReminderRun",
      entityId: now.toISOString(),
      after: { ...run, staleAfterMonths: months },
    }),
  );
  return run;
}

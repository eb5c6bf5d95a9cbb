import type { Db } from "@kk/db";
import nodemailer from "nodemailer";

/** One e-mail, as every part of the portal hands it to the mailer. */
export interface MailMessage {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  /** What triggered the message, e.g. "freshness.reminder"; shown and filtered in the outbox. */
  kind: string;
  /**
   * Secrets in the text (one-click confirmation tokens). With SMTP the stored copy has each one
   * replaced by SECRET_NOT_KEPT: the recipient gets the link, whoever reads the outbox table does
   * not. With the outbox transport (development) the outbox is the delivery, so it keeps them.
   */
  secrets?: string[];
}

export const SECRET_NOT_KEPT = "[verwijderd]";

function withoutSecrets(text: string, secrets: readonly string[]): string {
  return secrets.filter((secret) => secret !== "").reduce((out, secret) => out.split(secret).join(SECRET_NOT_KEPT), text);
}

export type MailTransport = "outbox" | "smtp";

/** What happened to a message: always recorded; `error` is set when SMTP delivery failed. */
export interface MailResult {
  id: string;
  transport: MailTransport;
  sentAt: Date | null;
  error: string | null;
}

/**
 * The one way the portal sends e-mail. Every message lands in the OutboxMessage table, so there
 * is a record of what was sent (and the dev outbox page can show it); with SMTP it is also
 * delivered. `send` does not throw on a delivery failure: the error is stored on the record and
 * returned, so a batch (the monthly reminders) carries on and the failure stays visible.
 */
export interface Mailer {
  readonly transport: MailTransport;
  send(message: MailMessage): Promise<MailResult>;
}

export interface SmtpSettings {
  /** smtp://user:pass@host:587 or smtps://…:465, as nodemailer accepts it. */
  url: string;
  from: string;
}

export type MailerSettings = { transport: "outbox" } | { transport: "smtp"; smtp: SmtpSettings };

function recipients(to: string | string[]): string[] {
  return (Array.isArray(to) ? to : [to]).map((address) => address.trim()).filter((address) => address !== "");
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createMailer(db: Db, settings: MailerSettings): Mailer {
  const smtp = settings.transport === "smtp" ? nodemailer.createTransport(settings.smtp.url) : null;
  const from = settings.transport === "smtp" ? settings.smtp.from : null;

  return {
    transport: settings.transport,
    async send(message) {
      const to = recipients(message.to);
      if (to.length === 0) throw new Error("An e-mail needs at least one recipient.");
      const secrets = settings.transport === "smtp" ? (message.secrets ?? []) : [];
      const record = await db.outboxMessage.create({
        data: {
          to,
          subject: message.subject,
          text: withoutSecrets(message.text, secrets),
          html: message.html === undefined ? null : withoutSecrets(message.html, secrets),
          kind: message.kind,
          transport: settings.transport,
        },
      });
      if (!smtp || !from) return { id: record.id, transport: settings.transport, sentAt: null, error: null };

      try {
        await smtp.sendMail({ from, to, subject: message.subject, text: message.text, html: message.html });
        const sentAt = new Date();
        await db.outboxMessage.update({ where: { id: record.id }, data: { sentAt } });
        return { id: record.id, transport: settings.transport, sentAt, error: null };
      } catch (error) {
        const description = describeError(error).slice(0, 2000);
        await db.outboxMessage.update({ where: { id: record.id }, data: { error: description } });
        return { id: record.id, transport: settings.transport, sentAt: null, error: description };
      }
    },
  };
}

/**
 * Settings from the environment (validated at start-up in apps/web/src/env.ts): MAIL_TRANSPORT=smtp
 * with SMTP_URL and MAIL_FROM delivers; anything else (development, tests, e2e) records only.
 */
export function mailerSettingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): MailerSettings {
  if (env.MAIL_TRANSPORT !== "smtp") return { transport: "outbox" };
  if (!env.SMTP_URL || !env.MAIL_FROM) {
    throw new Error("MAIL_TRANSPORT=smtp needs SMTP_URL and MAIL_FROM (see .env.example).");
  }
  return { transport: "smtp", smtp: { url: env.SMTP_URL, from: env.MAIL_FROM } };
}

export function createMailerFromEnvironment(db: Db, env: NodeJS.ProcessEnv = process.env): Mailer {
  return createMailer(db, mailerSettingsFromEnvironment(env));
}

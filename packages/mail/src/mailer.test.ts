import net from "node:net";
import type { Db } from "@kk/db";
import { createTestDatabase } from "@kk/db/testing";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailer, mailerSettingsFromEnvironment, SECRET_NOT_KEPT } from "./mailer.ts";

interface ReceivedMail {
  from: string | undefined;
  to: string[];
  raw: string;
}

/** A real SMTP server in this process: nodemailer talks the protocol to it over TCP. */
async function startSmtpServer(options: { rejectRecipient?: string } = {}) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === options.rejectRecipient) {
        callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as net.AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port nothing listens on: connecting is refused at once. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

let db: Db;
let drop: () => Promise<void>;

beforeAll(async () => {
  const serverUrl = process.env.KK_TEST_SERVER_URL;
  if (!serverUrl) throw new Error("KK_TEST_SERVER_URL is not set: run the tests through the root vitest config.");
  ({ db, drop } = await createTestDatabase(serverUrl, "mail"));
});

afterAll(async () => {
  await drop();
});

describe("outbox transport", () => {
  it("records the message and delivers nothing", async () => {
    const mailer = createMailer(db, { transport: "outbox" });
    const result = await mailer.send({ to: " editor@example.nl ", subject: "Onderwerp", text: "Tekst", kind: "test.outbox" });

    expect(result).toMatchObject({ transport: "outbox", sentAt: null, error: null });
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ to: ["editor@example.nl"], subject: "Onderwerp", text: "Tekst", html: null, kind: "test.outbox", transport: "outbox", sentAt: null, error: null });
  });

  it("refuses a message without recipients", async () => {
    const mailer = createMailer(db, { transport: "outbox" });
    await expect(mailer.send({ to: [" "], subject: "x", text: "x", kind: "test.none" })).rejects.toThrow(/recipient/);
    expect(await db.outboxMessage.count({ where: { kind: "test.none" } })).toBe(0);
  });
});

describe("smtp transport", () => {
  it("delivers to a real SMTP server and records sentAt", async () => {
    const smtp = await startSmtpServer();
    try {
      const mailer = createMailer(db, { transport: "smtp", smtp: { url: smtp.url, from: "portaal@gemeente.example" } });
      const result = await mailer.send({
        to: ["a@example.nl", "b@example.nl"],
        subject: "Controleer uw gegevens",
        text: "Klopt alles nog?",
        html: "<p>Klopt alles nog?</p>",
        kind: "test.smtp",
      });

      expect(result.error).toBeNull();
      expect(result.sentAt).toBeInstanceOf(Date);
      expect(smtp.received).toHaveLength(1);
      const mail = smtp.received[0]!;
      expect(mail.from).toBe("portaal@gemeente.example");
      expect(mail.to).toEqual(["a@example.nl", "b@example.nl"]);
      expect(mail.raw).toMatch(/^Subject: Controleer uw gegevens\r?$/m);
      expect(mail.raw).toMatch(/^To: a@example\.nl, b@example\.nl\r?$/m);
      expect(mail.raw).toContain("Klopt alles nog?");

      const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: result.id } });
      expect(row.transport).toBe("smtp");
      expect(row.sentAt).not.toBeNull();
      expect(row.error).toBeNull();
    } finally {
      await smtp.close();
    }
  });

  it("delivers a one-click link but stores the mail with its token replaced (issue 14, finding 5)", async () => {
    const smtp = await startSmtpServer();
    try {
      const mailer = createMailer(db, { transport: "smtp", smtp: { url: smtp.url, from: "portaal@gemeente.example" } });
      const token = "Tok3nSecretXyz";
      const result = await mailer.send({
        to: "editor@example.nl",
        subject: "Kloppen uw gegevens nog?",
        text: `Klik: https://portaal.example/bevestigen/${token}`,
        html: `<a href="https://portaal.example/bevestigen/${token}">Bevestigen</a>`,
        kind: "test.secret",
        secrets: [token],
      });
      expect(result.error).toBeNull();
      expect(smtp.received[0]!.raw).toContain(token);
      const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: result.id } });
      expect(row.text).toBe(`Klik: https://portaal.example/bevestigen/${SECRET_NOT_KEPT}`);
      expect(row.html).toBe(`<a href="https://portaal.example/bevestigen/${SECRET_NOT_KEPT}">Bevestigen</a>`);
    } finally {
      await smtp.close();
    }
  });

  it("records a refused recipient as an error instead of throwing", async () => {
    const smtp = await startSmtpServer({ rejectRecipient: "weg@example.nl" });
    try {
      const mailer = createMailer(db, { transport: "smtp", smtp: { url: smtp.url, from: "portaal@gemeente.example" } });
      const result = await mailer.send({ to: "weg@example.nl", subject: "Onbestelbaar", text: "x", kind: "test.smtp-refused" });

      expect(result.sentAt).toBeNull();
      expect(result.error).toMatch(/550|Mailbox unavailable|recipients/i);
      expect(smtp.received).toHaveLength(0);
      const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: result.id } });
      expect(row.sentAt).toBeNull();
      expect(row.error).toBe(result.error);
    } finally {
      await smtp.close();
    }
  });

  it("records an unreachable server as an error", async () => {
    const port = await closedPort();
    const mailer = createMailer(db, { transport: "smtp", smtp: { url: `smtp://127.0.0.1:${port}`, from: "portaal@gemeente.example" } });
    const result = await mailer.send({ to: "x@example.nl", subject: "Geen server", text: "x", kind: "test.smtp-down" });

    expect(result.sentAt).toBeNull();
    expect(result.error).toMatch(/ECONNREFUSED|connect/i);
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(row.error).toBe(result.error);
  });
});

describe("settings from the environment", () => {
  it("defaults to the outbox and needs SMTP_URL and MAIL_FROM for smtp", () => {
    expect(mailerSettingsFromEnvironment({})).toEqual({ transport: "outbox" });
    expect(mailerSettingsFromEnvironment({ MAIL_TRANSPORT: "outbox", SMTP_URL: "smtp://x" })).toEqual({ transport: "outbox" });
    expect(() => mailerSettingsFromEnvironment({ MAIL_TRANSPORT: "smtp", SMTP_URL: "smtp://x" })).toThrow(/MAIL_FROM/);
    expect(mailerSettingsFromEnvironment({ MAIL_TRANSPORT: "smtp", SMTP_URL: "smtp://h:25", MAIL_FROM: "a@b.nl" })).toEqual({
      transport: "smtp",
      smtp: { url: "smtp://h:25", from: "a@b.nl" },
    });
  });
});

import { describe, expect, it } from "vitest";
import { problemsOf } from "./testing/env";

const base = { NODE_ENV: "test", DATABASE_URL: "postgresql://u:p@localhost:5432/kk" } as const;

describe("mail and job settings", () => {
  it("accepts the defaults and a complete SMTP configuration", () => {
    expect(problemsOf(base)).toEqual([]);
    expect(problemsOf({ ...base, MAIL_TRANSPORT: "outbox", KK_JOBS: "off" })).toEqual([]);
    expect(problemsOf({ ...base, MAIL_TRANSPORT: "smtp", SMTP_URL: "smtp://mail.example.nl:587", MAIL_FROM: "noreply@example.nl" })).toEqual([]);
  });

  it("names what is missing or wrong", () => {
    expect(problemsOf({ ...base, MAIL_TRANSPORT: "smtp" })).toEqual([
      "SMTP_URL is required when MAIL_TRANSPORT=smtp",
      "MAIL_FROM is required when MAIL_TRANSPORT=smtp",
    ]);
    expect(problemsOf({ ...base, MAIL_TRANSPORT: "sendmail" })).toEqual(['MAIL_TRANSPORT must be "outbox" (record only, the default) or "smtp"']);
    expect(problemsOf({ ...base, KK_JOBS: "nee" })).toEqual(['KK_JOBS must be "on" or "off"']);
  });
});

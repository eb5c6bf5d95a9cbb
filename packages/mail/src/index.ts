export {
  createMailer,
  SECRET_NOT_KEPT,
  createMailerFromEnvironment,
  mailerSettingsFromEnvironment,
  type MailMessage,
  type Mailer,
  type MailerSettings,
  type MailResult,
  type MailTransport,
  type SmtpSettings,
} from "./mailer.ts";

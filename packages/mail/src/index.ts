export {
  createMailer,
  createMailerFromEnvironment,
  mailerSettingsFromEnvironment,
  type MailMessage,
  type Mailer,
  type MailerSettings,
  type MailResult,
  type MailTransport,
  type SmtpSettings,
} from "./mailer.ts";

import type { MailMessage } from "@kk/mail";
import { RESET_TOKEN_MINUTES } from "./reset-token.ts";

export const PASSWORD_RESET_MAIL_KIND = "password.reset";
export const PASSWORD_CHANGED_MAIL_KIND = "password.changed";

const SIGNATURE = ["Met vriendelijke groet,", "Ketenportaal Kindveiligheid"];

function portal(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${path}`;
}

/** The link to choose a new password. The token is listed as a secret: the SMTP outbox copy does not keep it. */
export function passwordResetMail(input: { to: string; name: string; link: string; token: string }): MailMessage {
  const text = [
    `Beste ${input.name},`,
    "",
    "Iemand heeft gevraagd om een nieuw wachtwoord voor uw account op het Ketenportaal Kindveiligheid.",
    `Kies een nieuw wachtwoord via deze link. De link werkt ${RESET_TOKEN_MINUTES} minuten en één keer:`,
    input.link,
    "",
    "Heeft u dit niet zelf gevraagd? Dan hoeft u niets te doen: uw wachtwoord blijft zoals het is.",
    "",
    ...SIGNATURE,
  ].join("\n");
  return { to: input.to, subject: "Nieuw wachtwoord kiezen", text, kind: PASSWORD_RESET_MAIL_KIND, secrets: [input.token] };
}

/**
 * The notice after a change or reset. It carries no link that changes anything: only where to
 * ask for a new password should the change not be the owner's.
 */
export function passwordChangedMail(input: { to: string; name: string; how: "changed" | "reset"; baseUrl: string }): MailMessage {
  const what =
    input.how === "changed"
      ? "Uw wachtwoord voor het Ketenportaal Kindveiligheid is gewijzigd."
      : "Uw wachtwoord voor het Ketenportaal Kindveiligheid is opnieuw ingesteld via de link 'Wachtwoord vergeten'.";
  const text = [
    `Beste ${input.name},`,
    "",
    what,
    "U bent op al uw apparaten uitgelogd. Log opnieuw in met uw nieuwe wachtwoord.",
    "",
    "Heeft u dit niet zelf gedaan? Vraag dan direct een nieuw wachtwoord aan op",
    portal(input.baseUrl, "/wachtwoord-vergeten"),
    "en meld het aan de beheerder van het portaal.",
    "",
    ...SIGNATURE,
  ].join("\n");
  return { to: input.to, subject: "Uw wachtwoord is gewijzigd", text, kind: PASSWORD_CHANGED_MAIL_KIND };
}

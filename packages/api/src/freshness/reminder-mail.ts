import type { MailMessage } from "@kk/mail";

export const FRESHNESS_REMINDER_KIND = "freshness.reminder";

const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });

export interface ReminderMailInput {
  to: string;
  recipientName: string;
  organisationName: string;
  verifiedAt: Date | null;
  confirmUrl: string;
  editUrl: string;
}

/** The monthly reminder in plain Dutch: one link that confirms, one that leads to the edit form. */
export function freshnessReminderMail(input: ReminderMailInput): MailMessage {
  const lastChecked = input.verifiedAt
    ? `De gegevens zijn voor het laatst gecontroleerd op ${dateFormat.format(input.verifiedAt)}.`
    : "De gegevens zijn nog nooit gecontroleerd.";
  const text = [
    `Beste ${input.recipientName},`,
    "",
    `Professionals zoeken op de sociale kaart van het Ketenportaal Kindveiligheid wie ze kunnen bellen bij zorgen over een kind. Daarom vragen we u elke maand of de gegevens van ${input.organisationName} nog kloppen. ${lastChecked}`,
    "",
    "Kloppen de gegevens nog? Bevestig dat met één klik:",
    input.confirmUrl,
    "",
    "Klopt er iets niet? Log in en wijzig de gegevens:",
    input.editUrl,
    "",
    "De bevestigingslink is 30 dagen geldig en werkt één keer.",
    "",
    "Met vriendelijke groet,",
    "Ketenportaal Kindveiligheid",
  ].join("\n");
  return {
    to: input.to,
    subject: `Kloppen de gegevens van ${input.organisationName} nog?`,
    text,
    kind: FRESHNESS_REMINDER_KIND,
  };
}

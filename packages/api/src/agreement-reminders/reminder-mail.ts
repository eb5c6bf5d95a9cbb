import type { MailMessage } from "@kk/mail";

export const AGREEMENT_REMINDER_KIND = "agreement.reminder";

export type AgreementReminderKind = "end" | "review";

const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export interface AgreementReminderMailInput {
  to: string;
  recipientName: string;
  title: string;
  kind: AgreementReminderKind;
  /** The end or review date (a @db.Date, UTC midnight). */
  dueDate: Date;
  daysLeft: number;
  agreementUrl: string;
}

function inDays(days: number): string {
  if (days === 0) return "vandaag";
  if (days === 1) return "morgen";
  return `over ${days} dagen`;
}

/** The owner's reminder in plain Dutch: what, when, and where to act. */
export function agreementReminderMail(input: AgreementReminderMailInput): MailMessage {
  const date = dateFormat.format(input.dueDate);
  const what =
    input.kind === "end"
      ? `De afspraak "${input.title}" loopt af op ${date} (${inDays(input.daysLeft)}).`
      : `De afspraak "${input.title}" moet op ${date} (${inDays(input.daysLeft)}) worden geëvalueerd.`;
  const todo =
    input.kind === "end"
      ? "Bespreek met de partijen of de afspraak wordt verlengd of vernieuwd. Na de einddatum zet het portaal de afspraak op verlopen; de paren die zij dekt, tellen dan als gat in de dekking."
      : "Plan de evaluatie met de partijen en leg de nieuwe evaluatiedatum vast in het portaal.";
  const text = [
    `Beste ${input.recipientName},`,
    "",
    `U bent eigenaar van een samenwerkingsafspraak in het Ketenportaal Kindveiligheid. ${what}`,
    "",
    todo,
    "",
    "Bekijk de afspraak:",
    input.agreementUrl,
    "",
    "Met vriendelijke groet,",
    "Ketenportaal Kindveiligheid",
  ].join("\n");
  return {
    to: input.to,
    subject: input.kind === "end" ? `Afspraak loopt af op ${date}: ${input.title}` : `Evaluatie op ${date}: ${input.title}`,
    text,
    kind: AGREEMENT_REMINDER_KIND,
  };
}

import type { MailMessage } from "@kk/mail";
import { formatAmsterdamRange } from "../meeting/amsterdam-time.ts";

export const MEETING_REMINDER_KIND = "meeting.reminder";

export interface MeetingReminderMailInput {
  to: string;
  recipientName: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  onlineUrl: string;
  meetingUrl: string;
}

/** The reminder a few days before a meeting, in plain Dutch: what, when, where, and how to cancel. */
export function meetingReminderMail(input: MeetingReminderMailInput): MailMessage {
  const when = formatAmsterdamRange(input.startsAt, input.endsAt);
  const where = [input.location && `Locatie: ${input.location}`, input.onlineUrl && `Online: ${input.onlineUrl}`].filter(Boolean);
  const text = [
    `Beste ${input.recipientName},`,
    "",
    `U bent aangemeld voor "${input.title}".`,
    `Wanneer: ${when}`,
    ...where,
    "",
    "Zet de bijeenkomst in uw agenda:",
    `${input.meetingUrl}/ics`,
    "",
    "Kunt u niet komen? Meld u dan af, zodat iemand van de wachtlijst uw plaats krijgt:",
    input.meetingUrl,
    "",
    "Neem geen gegevens mee waarmee een gezin of kind te herkennen is.",
    "",
    "Met vriendelijke groet,",
    "Ketenportaal Kindveiligheid",
  ].join("\n");
  return { to: input.to, subject: `Herinnering: ${input.title} op ${when}`, text, kind: MEETING_REMINDER_KIND };
}

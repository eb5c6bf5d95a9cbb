import type { MailMessage } from "@kk/mail";

export const REGISTRATION_CONFIRMED_KIND = "meeting.registration.confirmed";
export const REGISTRATION_WAITLISTED_KIND = "meeting.registration.waitlisted";
export const REGISTRATION_PROMOTED_KIND = "meeting.registration.promoted";

const whenFormat = new Intl.DateTimeFormat("nl-NL", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Amsterdam",
});

/** "dinsdag 9 maart 2027 om 14:00", Amsterdam time (what the participant's calendar shows). */
export function meetingWhen(startsAt: Date): string {
  const parts = whenFormat.formatToParts(startsAt);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("weekday")} ${get("day")} ${get("month")} ${get("year")} om ${get("hour")}:${get("minute")}`;
}

export interface RegistrationMailMeeting {
  id: string;
  title: string;
  startsAt: Date;
  location: string;
  onlineUrl: string;
}

export interface RegistrationMailInput {
  to: string;
  name: string;
  meeting: RegistrationMailMeeting;
  baseUrl: string;
}

function where(meeting: RegistrationMailMeeting): string[] {
  const lines: string[] = [];
  if (meeting.location) lines.push(`Locatie: ${meeting.location}`);
  if (meeting.onlineUrl) lines.push(`Online: ${meeting.onlineUrl}`);
  return lines;
}

function compose(input: RegistrationMailInput, subject: string, kind: string, body: string[]): MailMessage {
  const url = `${input.baseUrl.replace(/\/+$/, "")}/werkateliers/${input.meeting.id}`;
  const text = [
    `Beste ${input.name},`,
    "",
    ...body,
    "",
    `Wanneer: ${meetingWhen(input.meeting.startsAt)}`,
    ...where(input.meeting),
    "",
    "Bekijk de bijeenkomst of meld u af:",
    url,
    "",
    "Met vriendelijke groet,",
    "Ketenportaal Kindveiligheid",
  ].join("\n");
  return { to: input.to, subject, text, kind };
}

/** Confirmation: a place is reserved. */
export function registrationConfirmedMail(input: RegistrationMailInput): MailMessage {
  return compose(input, `Aanmelding bevestigd: ${input.meeting.title}`, REGISTRATION_CONFIRMED_KIND, [
    `U bent aangemeld voor "${input.meeting.title}". Er is een plaats voor u gereserveerd.`,
    "Kunt u toch niet komen? Meld u dan af, dan gaat uw plaats naar de eerste op de wachtlijst.",
  ]);
}

/** The meeting is full: on the waitlist, at this position. */
export function registrationWaitlistedMail(input: RegistrationMailInput & { position: number }): MailMessage {
  return compose(input, `Op de wachtlijst (positie ${input.position}): ${input.meeting.title}`, REGISTRATION_WAITLISTED_KIND, [
    `De bijeenkomst "${input.meeting.title}" is vol. U staat op de wachtlijst, op positie ${input.position}.`,
    "Komt er een plaats vrij, dan wordt u automatisch aangemeld en krijgt u daarover een e-mail.",
  ]);
}

/** A place freed up: promoted from the waitlist. */
export function registrationPromotedMail(input: RegistrationMailInput): MailMessage {
  return compose(input, `U bent van de wachtlijst geplaatst: ${input.meeting.title}`, REGISTRATION_PROMOTED_KIND, [
    `Goed nieuws: er is een plaats vrijgekomen. U bent van de wachtlijst geplaatst en nu aangemeld voor "${input.meeting.title}".`,
    "Kunt u toch niet komen? Meld u dan af, dan gaat uw plaats naar de volgende op de wachtlijst.",
  ]);
}

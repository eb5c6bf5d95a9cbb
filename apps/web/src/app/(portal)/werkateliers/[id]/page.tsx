import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { loadMeeting } from "@/components/meetings/load-meeting";
import { MeetingManageForms } from "@/components/meetings/meeting-manage-forms";
import { isoInstant, meetingDateTime, meetingWhen } from "@/components/meetings/meeting-time";
import { SectorMixTable } from "@/components/meetings/sector-mix-table";
import { DetailRow } from "@/components/organisation/contact-details";
import { ButtonLink } from "@/components/ui/button-link";
import { FactsSection } from "@/components/ui/facts-section";
import { Notice } from "@/components/ui/notice";
import { SavedNotice } from "@/components/ui/saved-notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
// ── Section imports for the other werkateliers parts (E registration, F calendar, G cases and outcomes): one line each, below. ──
import { CasesOutcomesSection } from "@/components/meeting-outcomes/cases-outcomes-section";
import { RegistrationPanel } from "@/components/meeting-registration/registration-panel";
import { MeetingCalendarSection } from "@/components/meeting-calendar/meeting-calendar-section";

const t = messages.werkateliers.detail;
const labels = messages.werkateliers;

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ opgeslagen?: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  if (!can(user, "meeting.read")) return {};
  const { id } = await params;
  const meeting = await loadMeeting(id);
  return { title: meeting.title };
}

function textOrNone(text: string) {
  return text ? <span className="whitespace-pre-line">{text}</span> : <span className="text-ink-muted">{t.notFilled}</span>;
}

/**
 * A meeting's detail page. Other parts add their own section in the marked slots below: each
 * section is a component that takes `meeting` (what meeting.byId returns) and loads the rest itself.
 */
export default async function MeetingPage({ params, searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "meeting.read")) forbidden();
  const { id } = await params;
  const { opgeslagen } = await searchParams;
  const meeting = await loadMeeting(id);
  const started = meeting.startsAt.getTime() <= Date.now();

  return (
    <article className="[&_h1]:break-words [&_h1]:hyphens-auto">
      <p className="mb-4">
        <Link href="/werkateliers">{t.backToList}</Link>
      </p>
      <PageHeader
        caption={labels.types[meeting.type]}
        title={meeting.title}
        intro={
          <p data-testid="meeting-status">
            <time dateTime={isoInstant(meeting.startsAt)}>{meetingWhen(meeting.startsAt, meeting.endsAt)}</time>
            <span className="block text-base text-ink-muted">
              {format(t.status, { status: labels.statuses[meeting.status] })}
            </span>
          </p>
        }
        actions={
          meeting.canManage && meeting.status === "GEPLAND" ? (
            <ButtonLink href={`/werkateliers/${meeting.id}/bewerken`} variant="primary">
              {t.edit}
              <span className="sr-only">: {meeting.title}</span>
            </ButtonLink>
          ) : null
        }
      />

      <SavedNotice opgeslagen={opgeslagen} created={t.created} saved={t.saved} />

      {meeting.status === "GEANNULEERD" ? (
        <Notice tone="warning" title={t.cancelledHeading}>
          <p className="whitespace-pre-line">{format(t.cancelledReason, { reason: meeting.cancelledReason })}</p>
        </Notice>
      ) : null}
      {meeting.status === "AFGEROND" ? (
        <Notice tone="info">
          <p>{t.completedNote}</p>
        </Notice>
      ) : null}

      <FactsSection heading={t.factsHeading}>
        <DetailRow term={t.when}>
          <time dateTime={isoInstant(meeting.startsAt)}>{meetingWhen(meeting.startsAt, meeting.endsAt)}</time>{" "}
          <span className="text-ink-muted">({t.timeZoneNote})</span>
        </DetailRow>
        <DetailRow term={t.type}>{labels.types[meeting.type]}</DetailRow>
        <DetailRow term={messages.regioGedeeld.meetings.for}>
          <span data-testid="meeting-municipality">
            {meeting.municipality
              ? format(messages.regioGedeeld.meetings.localOpen, { name: meeting.municipality.name })
              : messages.regioGedeeld.meetings.regional}
          </span>
        </DetailRow>
        <DetailRow term={t.theme}>{labels.themes[meeting.theme]}</DetailRow>
        <DetailRow term={t.location} show={meeting.location !== ""}>
          <span className="whitespace-pre-line">{meeting.location}</span>
        </DetailRow>
        <DetailRow term={t.onlineUrl} show={meeting.onlineUrl !== ""}>
          <a href={meeting.onlineUrl} className="break-all" rel="noopener noreferrer">
            {meeting.onlineUrl}
          </a>
        </DetailRow>
        <DetailRow term={t.capacity}>
          <span data-testid="meeting-places">
            {format(t.placesLeft, { free: String(meeting.freePlaces), capacity: String(meeting.capacity) })}
          </span>
        </DetailRow>
        <DetailRow term={t.registered}>{meeting.registered}</DetailRow>
        <DetailRow term={t.waitlist}>{meeting.waitlist}</DetailRow>
        <DetailRow term={t.deadline}>
          {meeting.registrationDeadline ? (
            <time dateTime={isoInstant(meeting.registrationDeadline)}>{meetingDateTime(meeting.registrationDeadline)}</time>
          ) : (
            t.noDeadline
          )}
          {meeting.registrationClosed && meeting.status === "GEPLAND" ? <span className="block">{t.registrationClosed}</span> : null}
        </DetailRow>
        <DetailRow term={t.facilitators}>
          {meeting.facilitators.length > 0 ? (
            <ul className="list-none p-0">
              {meeting.facilitators.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <span className="text-ink-muted">{t.notFilled}</span>
          )}
        </DetailRow>
        <DetailRow term={t.description}>{textOrNone(meeting.description)}</DetailRow>
      </FactsSection>

      {/* ── SLOT E: registration panel (register / unregister / waitlist position, participants link) ── */}
      <RegistrationPanel meeting={meeting} user={user} />

      {/* ── SLOT F: calendar (.ics download for this meeting, link to the personal feed) ── */}
      <MeetingCalendarSection meeting={meeting} user={user} />

      {meeting.sectorMix ? <SectorMixTable rows={meeting.sectorMix} /> : null}

      {/* ── SLOT G: cases (anonymised, four steps) ── */}
      <CasesOutcomesSection meeting={meeting} user={user} />

      {/* ── SLOT G: outcomes (knelpunten and actions) ── */}

      {meeting.canManage ? (
        <MeetingManageForms meetingId={meeting.id} version={meeting.version} status={meeting.status} started={started} />
      ) : null}
    </article>
  );
}

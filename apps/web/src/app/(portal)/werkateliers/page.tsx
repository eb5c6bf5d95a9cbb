import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { MeetingFilterForm } from "@/components/meetings/meeting-filter-form";
import { MeetingList } from "@/components/meetings/meeting-list";
import { MeetingMunicipalityFilter, meetingMunicipalityFromParam } from "@/components/meetings/meeting-municipality-filter";
import { meetingListHref, parseMeetingSearchParams } from "@/components/meetings/meeting-search-params";
import { MonthCalendar } from "@/components/meetings/month-calendar";
import { ButtonLink } from "@/components/ui/button-link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliers.list;

export const metadata: Metadata = { title: t.title };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Upcoming and past meetings as a list, or one month as a calendar; filters in the URL. */
export default async function WerkateliersPage({ searchParams }: Props) {
  const user = await requireUser();
  // The menu's area and the right to read meetings are the same roles; both are checked.
  if (!can(user, "area.werkateliers") || !can(user, "meeting.read")) forbidden();
  const params = await searchParams;
  const search = parseMeetingSearchParams(params, new Date());
  const api = await serverApi();
  const region = await api.directory.region();
  const municipality = meetingMunicipalityFromParam(params.gemeente, region.municipalities);
  const meetings = await api.meeting.list({
    type: search.types,
    theme: search.themes,
    municipality,
    month: search.view === "maand" ? search.month : undefined,
  });
  const related = [
    { href: "/werkateliers/aanmeldingen", label: t.related.registrations, allowed: can(user, "meeting.register") },
    { href: "/werkateliers/agenda", label: t.related.agenda, allowed: can(user, "calendarFeed.manage") },
    { href: "/werkateliers/uitkomsten", label: t.related.outcomes, allowed: can(user, "meetingOutcome.read") },
    { href: "/werkateliers/instellingen", label: t.related.settings, allowed: can(user, "meeting.manage") },
  ].filter((link) => link.allowed);
  const views = [
    { view: "lijst" as const, label: t.viewList },
    { view: "maand" as const, label: t.viewMonth },
  ];

  return (
    <div className="[&_h1]:break-words [&_h1]:hyphens-auto">
      <PageHeader
        title={t.title}
        intro={<p>{t.intro}</p>}
        actions={
          can(user, "meeting.manage") ? (
            <ButtonLink href="/werkateliers/nieuw" variant="primary">
              {t.create}
            </ButtonLink>
          ) : null
        }
      />

      <nav aria-label={t.relatedLabel} className="mb-6">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {related.map((link) => (
            <li key={link.href}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
        </ul>
      </nav>

      <nav aria-label={t.viewsLabel} className="mb-6">
        <ul className="flex flex-wrap gap-6 border-b-2 border-line">
          {views.map(({ view, label }) => (
            <li key={view}>
              <Link
                href={meetingListHref(search, { view })}
                aria-current={search.view === view ? "page" : undefined}
                className={`inline-block py-2 ${search.view === view ? "border-b-4 border-brand font-semibold no-underline" : ""}`}
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <MeetingMunicipalityFilter municipalities={region.municipalities} selected={municipality} />
      <MeetingFilterForm search={search} />

      {search.badMonth ? (
        <Notice tone="warning" role="status">
          <p>{messages.werkateliers.calendar.badMonth}</p>
        </Notice>
      ) : null}

      {search.view === "maand" ? (
        <MonthCalendar search={search} meetings={[...meetings.past].reverse().concat(meetings.upcoming)} />
      ) : (
        <>
          <section aria-labelledby="komend" className="mb-10">
            <h2 id="komend" className="mb-4 text-2xl">
              {t.upcomingHeading}
            </h2>
            {meetings.upcoming.length === 0 ? <p>{t.upcomingEmpty}</p> : <MeetingList meetings={meetings.upcoming} />}
          </section>
          <section aria-labelledby="eerder">
            <h2 id="eerder" className="mb-4 text-2xl">
              {t.pastHeading}
            </h2>
            {meetings.past.length === 0 ? <p>{t.pastEmpty}</p> : <MeetingList meetings={meetings.past} />}
          </section>
        </>
      )}
    </div>
  );
}

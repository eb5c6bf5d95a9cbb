import { can } from "@kk/auth/policy";
import type { SessionUser } from "@kk/auth/roles";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersAgenda.section;

interface MeetingCalendarSectionProps {
  meeting: { id: string; title: string };
  user: SessionUser;
}

/** The detail page's calendar section: this meeting as an .ics file, and the way to the personal feed. */
export function MeetingCalendarSection({ meeting, user }: MeetingCalendarSectionProps) {
  return (
    <section aria-labelledby="agenda" className="mt-8 max-w-3xl">
      <h2 id="agenda" className="mb-2 text-2xl">
        {t.heading}
      </h2>
      <p className="mb-4">{t.downloadHint}</p>
      <p className="mb-4">
        {/* A file download, not a page: prefetching it would be wasted work. */}
        <ButtonLink href={`/werkateliers/${meeting.id}/ics`} prefetch={false} download>
          {t.download}
          <span className="sr-only">: {meeting.title}</span>
        </ButtonLink>
      </p>
      {can(user, "calendarFeed.manage") ? (
        <p>
          <Link href="/werkateliers/agenda">{t.feedLink}</Link>
        </p>
      ) : null}
    </section>
  );
}

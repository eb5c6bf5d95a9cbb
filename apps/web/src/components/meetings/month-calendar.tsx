import { formatAmsterdamTime } from "@kk/api/schemas";
import Link from "next/link";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import type { MeetingListItem } from "./meeting-list";
import { meetingListHref, shiftMonth, type MeetingListSearch } from "./meeting-search-params";
import { dayLabel, monthGrid, monthLabel } from "./month-grid";

const t = messages.werkateliers.calendar;
const labels = messages.werkateliers;

function MeetingLink({ meeting }: { meeting: MeetingListItem }) {
  const cancelled = meeting.status === "GEANNULEERD";
  return (
    <Link href={`/werkateliers/${meeting.id}`} className={`break-words ${cancelled ? "line-through" : ""}`}>
      <span className="font-semibold">{formatAmsterdamTime(meeting.startsAt)}</span> {meeting.title}
      {cancelled ? <span className="sr-only"> ({labels.statuses.GEANNULEERD})</span> : null}
    </Link>
  );
}

/**
 * A month as a real table (weekday column headers, one row per week) on wider screens; on a
 * phone the same meetings as a list by day, since seven columns do not fit 390 px.
 */
export function MonthCalendar({ search, meetings }: { search: MeetingListSearch; meetings: readonly MeetingListItem[] }) {
  const weeks = monthGrid(search.month, meetings);
  const label = monthLabel(search.month);
  const days = weeks.flat().filter((d): d is NonNullable<typeof d> => d !== null && d.items.length > 0);
  return (
    <section aria-labelledby="maand-kop">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <h2 id="maand-kop" className="text-2xl first-letter:uppercase">
          {label}
        </h2>
        <nav aria-label={format(t.caption, { month: label })}>
          <ul className="flex flex-wrap gap-4">
            <li>
              <Link href={meetingListHref(search, { month: shiftMonth(search.month, -1) })} rel="prev">
                {t.previousMonth}
                <span className="sr-only">: {monthLabel(shiftMonth(search.month, -1))}</span>
              </Link>
            </li>
            <li>
              <Link href={meetingListHref(search, { month: shiftMonth(search.month, 1) })} rel="next">
                {t.nextMonth}
                <span className="sr-only">: {monthLabel(shiftMonth(search.month, 1))}</span>
              </Link>
            </li>
          </ul>
        </nav>
      </div>

      {meetings.length === 0 ? <p className="mb-4">{t.empty}</p> : null}

      <div className="hidden md:block" data-testid="month-table">
        <table className="w-full table-fixed border-collapse">
          <caption className="sr-only">{format(t.caption, { month: label })}</caption>
          <thead>
            <tr>
              {t.weekdays.map((day, i) => (
                <th key={day} scope="col" className="border-b-2 border-line-strong px-1 py-2 text-left">
                  <abbr title={day} className="no-underline">
                    {t.weekdaysShort[i]}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, w) => (
              <tr key={w}>
                {week.map((day, d) =>
                  day ? (
                    <td key={day.date} className="h-24 border border-line p-1 align-top text-sm">
                      <span className="block font-semibold" aria-hidden="true">
                        {day.day}
                      </span>
                      <span className="sr-only">{dayLabel(day.date)}</span>
                      {day.items.length > 0 ? (
                        <ul className="grid gap-1">
                          {day.items.map((m) => (
                            <li key={m.id}>
                              <MeetingLink meeting={m} />
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  ) : (
                    <td key={`leeg-${w}-${d}`} className="border border-line bg-surface" />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="md:hidden" data-testid="month-list">
        <h3 className="sr-only">{format(t.listHeading, { month: label })}</h3>
        <ul className="grid gap-3">
          {days.map((day) => (
            <li key={day.date} className="border-l-4 border-brand pl-3">
              <p className="font-semibold first-letter:uppercase">{dayLabel(day.date)}</p>
              <ul>
                {day.items.map((m) => (
                  <li key={m.id}>
                    <MeetingLink meeting={m} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

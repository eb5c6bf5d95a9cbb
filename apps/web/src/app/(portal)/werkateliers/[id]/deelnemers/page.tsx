import { can } from "@kk/auth/policy";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { AttendanceForm } from "@/components/meeting-registration/attendance-form";
import { isoInstant, meetingWhen } from "@/components/meetings/meeting-time";
import { PrintButton } from "@/components/organisation/print-button";
import { ButtonLink } from "@/components/ui/button-link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersAanmelding;
const p = t.participants;
const c = p.columns;

export const metadata: Metadata = { title: p.title };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ opgeslagen?: string; fout?: string }>;
}

async function loadParticipants(id: string) {
  try {
    return await (await serverApi()).meetingRegistration.participants({ meetingId: id });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

/**
 * The coordinator's participant list: attendance (one form, radios per person), the waitlist in
 * order, who cancelled, counts, CSV/XLSX export, and a printable sign-in sheet (print stylesheet:
 * the interactive parts are hidden, the sheet has a signature column).
 */
export default async function ParticipantsPage({ params, searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "meeting.participants")) forbidden();
  const { id } = await params;
  const { opgeslagen, fout } = await searchParams;
  const list = await loadParticipants(id);
  const { meeting, counts } = list;
  const taken = counts.AANGEMELD + counts.AANWEZIG;

  return (
    <>
      <p className="mb-4 print:hidden">
        <Link href={`/werkateliers/${meeting.id}`}>{p.backToMeeting}</Link>
      </p>
      <PageHeader
        caption={meeting.title}
        title={p.title}
        intro={
          <p>
            <time dateTime={isoInstant(meeting.startsAt)}>{meetingWhen(meeting.startsAt, meeting.endsAt)}</time>
            {meeting.location ? <span className="block">{meeting.location}</span> : null}
            <span className="block print:hidden">{p.intro}</span>
          </p>
        }
      />

      {opgeslagen !== undefined ? (
        <Notice tone="success" role="status">
          <p className="font-semibold">{format(p.saved, { changed: Number(opgeslagen) || 0 })}</p>
        </Notice>
      ) : null}
      {fout ? (
        <Notice tone="error" role="alert">
          <p className="font-semibold">{fout === "leeg" ? p.nothingChosen : fout === "toegang" ? messages.forms.forbidden : p.saveFailed}</p>
        </Notice>
      ) : null}
      {meeting.reduced ? (
        <Notice tone="info">
          <p>{p.reduced}</p>
        </Notice>
      ) : null}

      <section aria-labelledby="aantallen" className="mb-10 max-w-3xl print:hidden">
        <h2 id="aantallen" className="mb-2 text-2xl">
          {p.countsHeading}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1" data-testid="participant-counts">
          <dt className="font-semibold">{p.countsPlaces}</dt>
          <dd>
            {taken} / {meeting.capacity}
          </dd>
          {(["AANGEMELD", "AANWEZIG", "AFWEZIG", "WACHTLIJST", "AFGEMELD"] as const).map((status) => (
            <div key={status} className="contents">
              <dt className="font-semibold">{t.statuses[status]}</dt>
              <dd>{counts[status]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="aanwezigheid" className="mb-10 print:hidden">
        <h2 id="aanwezigheid" className="mb-2 text-2xl">
          {p.attendanceHeading}
        </h2>
        {list.attendees.length === 0 ? (
          <p>{p.attendanceEmpty}</p>
        ) : (
          <>
            <p className="mb-3">{p.attendanceIntro}</p>
            <AttendanceForm meetingId={meeting.id} attendees={list.attendees} />
          </>
        )}
      </section>

      <section aria-labelledby="wachtlijst" className="mb-10 print:hidden">
        <h2 id="wachtlijst" className="mb-2 text-2xl">
          {p.waitlistHeading}
        </h2>
        {list.waitlist.length === 0 ? (
          <p>{p.waitlistEmpty}</p>
        ) : (
          <Table
            caption={p.waitlistHeading}
            captionHidden
            head={
              <>
                <Th>{c.position}</Th>
                <Th>{c.name}</Th>
                <Th>{c.organisation}</Th>
                <Th>{c.sector}</Th>
                <Th>{c.remark}</Th>
              </>
            }
          >
            {list.waitlist.map((r, index) => (
              <tr key={r.id}>
                <Td>{index + 1}</Td>
                <Td>{r.name}</Td>
                <Td>{r.organisationName || p.noOrganisation}</Td>
                <Td>{messages.socialeKaart.sectors[r.sector]}</Td>
                <Td className="whitespace-pre-line">{r.remark}</Td>
              </tr>
            ))}
          </Table>
        )}
      </section>

      <section aria-labelledby="afgemeld" className="mb-10 print:hidden">
        <h2 id="afgemeld" className="mb-2 text-2xl">
          {p.cancelledHeading}
        </h2>
        {list.cancelled.length === 0 ? (
          <p>{p.cancelledEmpty}</p>
        ) : (
          <ul className="list-disc pl-6">
            {list.cancelled.map((r) => (
              <li key={r.id}>
                {r.name}
                {r.organisationName ? `, ${r.organisationName}` : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="exporteren" className="mb-10 max-w-3xl print:hidden">
        <h2 id="exporteren" className="mb-2 text-2xl">
          {p.exportHeading}
        </h2>
        <p className="mb-3">{p.exportNote}</p>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href={`/werkateliers/${meeting.id}/deelnemers/export?formaat=csv`} prefetch={false}>
            {p.exportCsv}
          </ButtonLink>
          <ButtonLink href={`/werkateliers/${meeting.id}/deelnemers/export?formaat=xlsx`} prefetch={false}>
            {p.exportXlsx}
          </ButtonLink>
          <PrintButton label={p.print} />
        </div>
      </section>

      {/* The sign-in sheet: only on paper. */}
      <section aria-labelledby="presentielijst" className="hidden print:block">
        <h2 id="presentielijst" className="mb-2 text-2xl">
          {p.signInSheet}
        </h2>
        <table className="w-full border-collapse text-left">
          <thead>
            <tr>
              <th scope="col" className="border border-line-strong px-2 py-2">{c.name}</th>
              <th scope="col" className="border border-line-strong px-2 py-2">{c.organisation}</th>
              <th scope="col" className="border border-line-strong px-2 py-2">{c.sector}</th>
              <th scope="col" className="w-1/3 border border-line-strong px-2 py-2">{c.signature}</th>
            </tr>
          </thead>
          <tbody>
            {list.attendees.map((r) => (
              <tr key={r.id} className="break-inside-avoid">
                <td className="border border-line-strong px-2 py-4">{r.name}</td>
                <td className="border border-line-strong px-2 py-4">{r.organisationName}</td>
                <td className="border border-line-strong px-2 py-4">{messages.socialeKaart.sectors[r.sector]}</td>
                <td className="border border-line-strong px-2 py-4" />
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

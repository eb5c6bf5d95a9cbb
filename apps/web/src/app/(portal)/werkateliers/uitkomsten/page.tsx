import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ActionsTable } from "@/components/meeting-outcomes/actions-table";
import { formatDutchDate } from "@/components/organisation/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersUitkomsten.register;

export const metadata: Metadata = { title: t.title };

/**
 * The outcomes register across meetings: knelpunten by how often they were discussed (a table;
 * the bar beside each number is decoration, the number says the same) and open and overdue actions.
 */
export default async function OutcomeRegisterPage() {
  const user = await requireUser();
  if (!can(user, "meetingOutcome.read")) forbidden();
  const register = await (await serverApi()).meetingOutcome.register();
  const max = Math.max(1, ...register.knelpunten.map((k) => k.meetings));

  return (
    <>
      <p className="mb-4">
        <Link href="/werkateliers">{messages.werkateliersUitkomsten.backToMeetings}</Link>
      </p>
      <PageHeader
        title={t.title}
        intro={<p>{t.intro}</p>}
        actions={
          can(user, "meetingOutcome.manage") ? (
            <Link href="/werkateliers/uitkomsten/knelpunten" className="font-semibold">
              {t.catalogueLink}
            </Link>
          ) : null
        }
      />

      <section aria-labelledby="frequentie" className="mb-12">
        <h2 id="frequentie" className="mb-2 text-2xl">
          {t.frequencyHeading}
        </h2>
        <p className="mb-4">{format(t.meetingsWithOutcomes, { count: register.meetingsWithOutcomes })}</p>
        <Table
          caption={t.frequencyCaption}
          captionHidden
          head={
            <>
              <Th>{t.colKnelpunt}</Th>
              <Th>{t.colMeetings}</Th>
              <Th>{t.colLast}</Th>
              <Th className="text-right">{t.colOpenActions}</Th>
            </>
          }
        >
          {register.knelpunten.map((k) => (
            <tr key={k.id} data-testid="knelpunt-frequency">
              <Td className="min-w-48">
                {k.title}
                {k.active ? null : <span className="text-ink-muted"> ({t.inactive})</span>}
              </Td>
              <Td>
                {/* The number is the table alternative; the bar beside it only shows the proportion. */}
                <span className="flex items-center gap-2">
                  <span className="w-8 shrink-0 text-right tabular-nums">{k.meetings}</span>
                  <span aria-hidden="true" className="block h-4 w-24 sm:w-40">
                    <span className="block h-4 bg-brand" style={{ width: `${Math.round((k.meetings / max) * 100)}%` }} />
                  </span>
                </span>
              </Td>
              <Td className="whitespace-nowrap">
                {k.lastDiscussedAt ? <time dateTime={k.lastDiscussedAt.toISOString()}>{formatDutchDate(k.lastDiscussedAt)}</time> : t.never}
              </Td>
              <Td className="text-right tabular-nums">{k.openActions}</Td>
            </tr>
          ))}
        </Table>
      </section>

      <section aria-labelledby="open-acties" className="mb-12">
        <h2 id="open-acties" className="mb-2 text-2xl">
          {t.actionsHeading}
        </h2>
        <p className="mb-4">{format(t.actionsSummary, { open: register.openActions.length, overdue: register.overdueCount })}</p>
        {register.openActions.length === 0 ? (
          <p>{t.actionsNone}</p>
        ) : (
          <ActionsTable
            caption={t.actionsCaption}
            showMeeting
            rows={register.openActions.map((a) => ({ ...a, meeting: { id: a.meetingId, title: a.meetingTitle } }))}
          />
        )}
      </section>
    </>
  );
}

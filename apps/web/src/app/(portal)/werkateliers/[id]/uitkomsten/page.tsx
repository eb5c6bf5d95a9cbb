import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ActionsTable } from "@/components/meeting-outcomes/actions-table";
import { loadMeetingForOutcomes } from "@/components/meeting-outcomes/load";
import { MeetingActionForm } from "@/components/meeting-outcomes/meeting-action-form";
import { MeetingKnelpuntenForm } from "@/components/meeting-outcomes/meeting-knelpunten-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersUitkomsten.outcomes;

export const metadata: Metadata = { title: t.title };

interface Props {
  params: Promise<{ id: string }>;
}

/** Outcomes of one meeting: the coordinator records knelpunten and actions; content readers read them. */
export default async function MeetingOutcomesPage({ params }: Props) {
  const user = await requireUser();
  if (!can(user, "meetingOutcome.read")) forbidden();
  const { id } = await params;
  const meeting = await loadMeetingForOutcomes(id);
  const outcome = await (await serverApi()).meetingOutcome.forMeeting({ meetingId: id });
  const manage = can(user, "meetingOutcome.manage");
  const discussed = outcome.knelpunten.filter((k) => k.discussed);

  return (
    <>
      <p className="mb-4">
        <Link href={`/werkateliers/${meeting.id}`}>{messages.werkateliersUitkomsten.backToMeeting}</Link>
      </p>
      <PageHeader caption={meeting.title} title={t.title} intro={manage ? <p>{t.intro}</p> : undefined} />

      <section aria-labelledby="knelpunten" className="mb-12 max-w-3xl">
        <h2 id="knelpunten" className="mb-2 text-2xl">
          {t.knelpuntenHeading}
        </h2>
        {manage ? (
          <>
            <p className="mb-4">{t.knelpuntenIntro}</p>
            <MeetingKnelpuntenForm meetingId={meeting.id} lines={outcome.knelpunten} />
          </>
        ) : discussed.length === 0 ? (
          <p>{t.knelpuntenNone}</p>
        ) : (
          <ul className="list-disc pl-6">
            {discussed.map((k) => (
              <li key={k.knelpuntId} className="mb-2">
                <span className="font-semibold">{k.title}</span>
                {k.note ? <span className="block whitespace-pre-line">{k.note}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="acties" className="mb-12">
        <h2 id="acties" className="mb-2 text-2xl">
          {t.actionsHeading}
        </h2>
        {outcome.actions.length === 0 ? (
          <p className="mb-4">{t.actionsNone}</p>
        ) : (
          <div className="mb-8">
            <ActionsTable caption={t.actionsCaption} rows={outcome.actions} editable={manage} />
          </div>
        )}
        {manage ? (
          <div className="max-w-3xl">
            <h3 className="mb-4 text-xl">{t.newActionHeading}</h3>
            <MeetingActionForm
              meetingId={meeting.id}
              knelpunten={outcome.knelpunten.filter((k) => k.active).map((k) => ({ id: k.knelpuntId, title: k.title }))}
            />
          </div>
        ) : null}
      </section>
    </>
  );
}

import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { loadMeetingForOutcomes } from "@/components/meeting-outcomes/load";
import { MeetingCaseForm } from "@/components/meeting-outcomes/meeting-case-form";
import { CaseWarning, MeetingCaseArticle } from "@/components/meeting-outcomes/meeting-case-article";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersUitkomsten.cases;

export const metadata: Metadata = { title: t.title };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ opgeslagen?: string }>;
}

/** The cases of a werkatelier and the form for a new one (content readers; author or coordinator edits). */
export default async function MeetingCasesPage({ params, searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "meeting.read")) forbidden();
  const { id } = await params;
  const { opgeslagen } = await searchParams;
  const meeting = await loadMeetingForOutcomes(id);
  const cases = await (await serverApi()).meetingCase.list({ meetingId: id });
  const mayWrite = can(user, "meetingCase.write") && meeting.type === "WERKATELIER" && meeting.status !== "GEANNULEERD";

  return (
    <>
      <p className="mb-4">
        <Link href={`/werkateliers/${meeting.id}`}>{messages.werkateliersUitkomsten.backToMeeting}</Link>
      </p>
      <PageHeader caption={meeting.title} title={t.title} intro={<p>{t.intro}</p>} />

      {opgeslagen ? (
        <Notice tone="success" role="status">
          <p className="font-semibold">{opgeslagen === "nieuw" ? t.created : opgeslagen === "verwijderd" ? t.removed : t.saved}</p>
        </Notice>
      ) : null}
      {meeting.type !== "WERKATELIER" ? (
        <Notice>
          <p>{t.notWerkatelier}</p>
        </Notice>
      ) : null}

      <section aria-labelledby="casussen" className="mb-12 max-w-3xl">
        <h2 id="casussen" className="mb-4 text-2xl">
          {t.listHeading}
        </h2>
        {cases.length === 0 ? <p>{t.none}</p> : cases.map((c) => <MeetingCaseArticle key={c.id} meetingId={meeting.id} item={c} />)}
      </section>

      {mayWrite ? (
        <section aria-labelledby="nieuwe-casus" className="max-w-3xl">
          <h2 id="nieuwe-casus" className="mb-4 text-2xl">
            {t.newHeading}
          </h2>
          <CaseWarning />
          <MeetingCaseForm meetingId={meeting.id} />
        </section>
      ) : null}
    </>
  );
}

import { can } from "@kk/auth/policy";
import type { SessionUser } from "@kk/auth/roles";
import type { MeetingStatus, MeetingType } from "@kk/db";
import Link from "next/link";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersUitkomsten;

interface Props {
  meeting: { id: string; type: MeetingType; status: MeetingStatus };
  user: SessionUser;
}

/** The detail page's section on cases (werkateliers only) and outcomes: counts and links to the sub pages. */
export async function CasesOutcomesSection({ meeting, user }: Props) {
  if (!can(user, "meetingOutcome.read")) return null;
  const api = await serverApi();
  const [cases, outcome] = await Promise.all([
    meeting.type === "WERKATELIER" ? api.meetingCase.list({ meetingId: meeting.id }) : Promise.resolve(null),
    api.meetingOutcome.forMeeting({ meetingId: meeting.id }),
  ]);
  const discussed = outcome.knelpunten.filter((k) => k.discussed);
  const open = outcome.actions.filter((a) => a.status !== "AFGEROND").length;

  return (
    <>
      {cases ? (
        <section aria-labelledby="casussen" className="mt-12 max-w-3xl">
          <h2 id="casussen" className="mb-2 text-2xl">
            {t.cases.sectionHeading}
          </h2>
          <p className="mb-2">{t.cases.sectionIntro}</p>
          <p className="mb-2">{cases.length === 0 ? t.cases.sectionNone : format(t.cases.sectionCount, { count: cases.length })}</p>
          <p>
            <Link href={`/werkateliers/${meeting.id}/casus`}>{t.cases.sectionLink}</Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="uitkomsten" className="mt-12 max-w-3xl">
        <h2 id="uitkomsten" className="mb-2 text-2xl">
          {t.outcomes.sectionHeading}
        </h2>
        <h3 className="mb-1 text-lg">{t.outcomes.sectionKnelpunten}</h3>
        {discussed.length === 0 ? (
          <p className="mb-2">{t.outcomes.sectionNoKnelpunten}</p>
        ) : (
          <ul className="mb-2 list-disc pl-6">
            {discussed.map((k) => (
              <li key={k.knelpuntId}>{k.title}</li>
            ))}
          </ul>
        )}
        <p className="mb-2">
          {outcome.actions.length === 0 ? t.outcomes.sectionNoActions : format(t.outcomes.sectionActions, { count: outcome.actions.length, open })}
        </p>
        <p>
          <Link href={`/werkateliers/${meeting.id}/uitkomsten`}>
            {can(user, "meetingOutcome.manage") ? t.outcomes.sectionLinkManage : t.outcomes.sectionLinkRead}
          </Link>
        </p>
        <p>
          <Link href="/werkateliers/uitkomsten">{t.outcomes.sectionLinkRegister}</Link>
        </p>
      </section>
    </>
  );
}

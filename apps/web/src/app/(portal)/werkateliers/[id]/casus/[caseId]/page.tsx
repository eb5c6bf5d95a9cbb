import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { loadCase, loadMeetingForOutcomes } from "@/components/meeting-outcomes/load";
import { CaseWarning } from "@/components/meeting-outcomes/meeting-case-article";
import { MeetingCaseForm } from "@/components/meeting-outcomes/meeting-case-form";
import { RemoveCaseButton } from "@/components/meeting-outcomes/remove-case-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersUitkomsten.cases;

export const metadata: Metadata = { title: t.editTitle };

interface Props {
  params: Promise<{ id: string; caseId: string }>;
}

/** Editing a case: its author or a coordinator. */
export default async function EditMeetingCasePage({ params }: Props) {
  const user = await requireUser();
  if (!can(user, "meetingCase.write")) forbidden();
  const { id, caseId } = await params;
  const meeting = await loadMeetingForOutcomes(id);
  const item = await loadCase(caseId);
  if (item.meetingId !== meeting.id) notFound();
  if (!item.canEdit) forbidden();

  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href={`/werkateliers/${meeting.id}/casus`}>{t.title}</Link>
      </p>
      <PageHeader caption={meeting.title} title={t.editTitle} />
      <CaseWarning />
      <MeetingCaseForm
        meetingId={meeting.id}
        existing={{
          id: item.id,
          version: item.version,
          title: item.title,
          positions: item.positions,
          facts: item.facts,
          weighing: item.weighing,
          decision: item.decision,
        }}
      />
      <RemoveCaseButton meetingId={meeting.id} id={item.id} version={item.version} />
    </div>
  );
}

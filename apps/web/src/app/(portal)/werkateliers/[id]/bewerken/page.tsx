import { toAmsterdamLocal } from "@kk/api/schemas";
import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { loadMeeting } from "@/components/meetings/load-meeting";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { localMeetingChoices } from "@/components/meetings/meeting-municipality";
import { sectorTargetValues } from "@/components/meetings/sector-target-values";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliers.form;

export const metadata: Metadata = { title: t.editTitle };

interface Props {
  params: Promise<{ id: string }>;
}

export default async function EditMeetingPage({ params }: Props) {
  const user = await requireUser();
  if (!can(user, "meeting.manage")) forbidden();
  const { id } = await params;
  const meeting = await loadMeeting(id);
  // A cancelled or completed meeting is no longer edited: back to its page, which says why.
  if (meeting.status !== "GEPLAND") redirect(`/werkateliers/${meeting.id}`);
  const region = await (await serverApi()).directory.region();
  return (
    <div className="[&_h1]:break-words [&_h1]:hyphens-auto">
      <p className="mb-4">
        <Link href={`/werkateliers/${meeting.id}`}>{meeting.title}</Link>
      </p>
      <PageHeader title={t.editTitle} />
      <MeetingForm
        localChoices={localMeetingChoices(user, region.municipalities)}
        meeting={{
          municipalityCode: meeting.municipality?.code ?? "",
          id: meeting.id,
          version: meeting.version,
          title: meeting.title,
          type: meeting.type,
          theme: meeting.theme,
          description: meeting.description,
          startsAt: toAmsterdamLocal(meeting.startsAt),
          endsAt: toAmsterdamLocal(meeting.endsAt),
          location: meeting.location,
          onlineUrl: meeting.onlineUrl,
          capacity: String(meeting.capacity),
          registrationDeadline: meeting.registrationDeadline ? toAmsterdamLocal(meeting.registrationDeadline) : "",
          facilitators: meeting.facilitators.join("\n"),
          sectorTargets: sectorTargetValues(meeting.sectorTargets),
        }}
      />
    </div>
  );
}

import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { localMeetingChoices } from "@/components/meetings/meeting-municipality";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliers.form;

export const metadata: Metadata = { title: t.newTitle };

export default async function NewMeetingPage() {
  const user = await requireUser();
  if (!can(user, "meeting.manage")) forbidden();
  const region = await (await serverApi()).directory.region();
  return (
    <div className="[&_h1]:break-words [&_h1]:hyphens-auto">
      <p className="mb-4">
        <Link href="/werkateliers">{messages.werkateliers.detail.backToList}</Link>
      </p>
      <PageHeader title={t.newTitle} />
      <MeetingForm localChoices={localMeetingChoices(user, region.municipalities)} />
    </div>
  );
}

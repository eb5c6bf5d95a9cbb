import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { MyRegistrations } from "@/components/meeting-registration/my-registrations";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersAanmelding.mine;

export const metadata: Metadata = { title: t.heading };

/** "Mijn aanmeldingen": the meetings the signed-in user registered for (upcoming, then past). */
export default async function MyRegistrationsPage() {
  const user = await requireUser();
  if (!can(user, "meeting.register")) forbidden();
  return (
    <>
      <p className="mb-4">
        <Link href="/werkateliers">{t.backToList}</Link>
      </p>
      <PageHeader title={t.heading} intro={<p>{t.intro}</p>} />
      <MyRegistrations user={user} showHeading={false} />
    </>
  );
}

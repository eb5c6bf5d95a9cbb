import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

const t = messages.convenantenRegistry.form;

export const metadata: Metadata = { title: t.createTitle };

export default async function NewAgreementPage() {
  const user = await requireUser();
  if (!can(user, "agreement.manage")) forbidden();
  const api = await serverApi();
  const [organisations, owners, region] = await Promise.all([api.organisation.options(), api.agreement.owners(), api.directory.region()]);
  return (
    // Long Dutch compounds in the title must wrap on a phone.
    <div className="[&_h1]:break-words [&_h1]:hyphens-auto">
      <p className="mb-4">
        <Link href="/convenanten">{messages.convenantenRegistry.detail.backToList}</Link>
      </p>
      <PageHeader title={t.createTitle} intro={t.createIntro} />
      <AgreementForm region={region} defaultMunicipalityCode={user.municipalityCode} organisations={organisations} owners={owners} />
    </div>
  );
}

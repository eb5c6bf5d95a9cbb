import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { CreateOrganisationForm } from "@/components/organisation-admin/organisation-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

const t = messages.socialeKaartBeheer;

export const metadata: Metadata = { title: t.create.title };

export default async function NewOrganisationPage() {
  const user = await requireUser();
  if (!can(user, "organisation.create")) forbidden();
  const region = await (await serverApi()).directory.region();
  return (
    <>
      <p className="mb-4">
        <Link href="/sociale-kaart">{t.create.backToMap}</Link>
      </p>
      <PageHeader title={t.create.title} intro={t.create.intro} />
      <CreateOrganisationForm region={region} defaultMunicipalityCode={user.municipalityCode} />
    </>
  );
}

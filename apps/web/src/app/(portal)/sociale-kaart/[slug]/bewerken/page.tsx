import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { ContactsSummary, EscalationRouteSummary } from "@/components/organisation-admin/edit-sections";
import { loadOrganisationForEdit } from "@/components/organisation-admin/load-organisation-for-edit";
import { OrganisationEditor } from "@/components/organisation-admin/organisation-editor";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.socialeKaartBeheer;

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ nieuw?: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const organisation = await loadOrganisationForEdit(slug);
  return { title: format(t.edit.title, { name: organisation.name }) };
}

export default async function EditOrganisationPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { slug } = await params;
  const { nieuw } = await searchParams;
  const organisation = await loadOrganisationForEdit(slug);
  const region = await (await serverApi()).directory.region();
  return (
    <>
      <p className="mb-4">
        <Link href={`/sociale-kaart/${organisation.slug}`}>{t.edit.viewPage}</Link>
      </p>
      <PageHeader
        caption={t.edit.caption}
        title={format(t.edit.title, { name: organisation.name })}
        intro={format(t.edit.status, { status: messages.socialeKaart.organisationStatus[organisation.status] })}
      />
      {nieuw === "1" ? (
        <Notice tone="success" role="status">
          <p className="font-semibold">{format(t.edit.created, { name: organisation.name })}</p>
        </Notice>
      ) : null}
      <OrganisationEditor
        organisation={organisation}
        region={region}
        canEditIdentity={can(user, "organisation.updateIdentity")}
        canArchive={can(user, "organisation.archive")}
        actorName={user.name}
      >
        <ContactsSummary organisation={organisation} />
        <EscalationRouteSummary organisation={organisation} />
      </OrganisationEditor>
    </>
  );
}

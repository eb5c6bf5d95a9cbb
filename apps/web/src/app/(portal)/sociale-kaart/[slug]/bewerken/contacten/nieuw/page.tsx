import type { Metadata } from "next";
import Link from "next/link";
import { CreateContactForm } from "@/components/organisation-admin/contact-form";
import { loadOrganisationForEdit } from "@/components/organisation-admin/load-organisation-for-edit";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import * as messages from "@/messages/catalogue";

const t = messages.socialeKaartBeheer.contacts;

export const metadata: Metadata = { title: t.addTitle };

export default async function NewContactPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireUser();
  const organisation = await loadOrganisationForEdit((await params).slug);
  return (
    <>
      <p className="mb-4">
        <Link href={`/sociale-kaart/${organisation.slug}/bewerken/contacten`}>{t.backToContacts}</Link>
      </p>
      <PageHeader caption={organisation.name} title={t.addTitle} />
      <CreateContactForm organisationId={organisation.id} slug={organisation.slug} />
    </>
  );
}

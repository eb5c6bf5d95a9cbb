import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditContactForm } from "@/components/organisation-admin/contact-form";
import { loadOrganisationForEdit } from "@/components/organisation-admin/load-organisation-for-edit";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import * as messages from "@/messages/catalogue";

const t = messages.socialeKaartBeheer.contacts;

export const metadata: Metadata = { title: t.editTitle };

export default async function EditContactPage({ params }: { params: Promise<{ slug: string; contactId: string }> }) {
  await requireUser();
  const { slug, contactId } = await params;
  const organisation = await loadOrganisationForEdit(slug);
  const contact = organisation.contacts.find((c) => c.id === contactId);
  if (!contact) notFound();
  return (
    <>
      <p className="mb-4">
        <Link href={`/sociale-kaart/${organisation.slug}/bewerken/contacten`}>{t.backToContacts}</Link>
      </p>
      <PageHeader caption={organisation.name} title={t.editTitle} />
      <EditContactForm contact={contact} slug={organisation.slug} />
    </>
  );
}

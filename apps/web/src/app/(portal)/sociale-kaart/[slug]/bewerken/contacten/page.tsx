import type { Metadata } from "next";
import Link from "next/link";
import { BackToEdit } from "@/components/organisation-admin/edit-sections";
import { loadOrganisationForEdit } from "@/components/organisation-admin/load-organisation-for-edit";
import { ButtonLink } from "@/components/ui/button-link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/session";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.socialeKaartBeheer.contacts;
const roleLabels = messages.socialeKaart.contactRoles;

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ toegevoegd?: string; verwijderd?: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organisation = await loadOrganisationForEdit((await params).slug);
  return { title: format(t.title, { name: organisation.name }) };
}

export default async function ContactsPage({ params, searchParams }: Props) {
  await requireUser();
  const { slug } = await params;
  const { toegevoegd, verwijderd } = await searchParams;
  const organisation = await loadOrganisationForEdit(slug);
  const base = `/sociale-kaart/${organisation.slug}/bewerken/contacten`;
  return (
    <>
      <BackToEdit organisation={organisation} />
      <PageHeader
        title={format(t.title, { name: organisation.name })}
        intro={t.intro}
        actions={<ButtonLink href={`${base}/nieuw`} variant="primary">{t.add}</ButtonLink>}
      />
      {toegevoegd === "1" || verwijderd === "1" ? (
        <Notice tone="success" role="status">
          <p className="font-semibold">{toegevoegd === "1" ? t.created : t.removed}</p>
        </Notice>
      ) : null}
      {organisation.contacts.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <Table
          caption={t.tableCaption}
          captionHidden
          head={
            <>
              <Th>{t.columns.name}</Th>
              <Th>{t.columns.roles}</Th>
              <Th>{t.columns.reach}</Th>
              <Th>{t.columns.visibility}</Th>
              <Th>{t.columns.actions}</Th>
            </>
          }
        >
          {organisation.contacts.map((contact) => (
            <tr key={contact.id}>
              <Td>
                <span className="font-semibold">{contact.name}</span>
                {contact.jobTitle ? <span className="block text-ink-muted">{contact.jobTitle}</span> : null}
              </Td>
              <Td>{contact.roles.map((r) => roleLabels[r]).join(", ")}</Td>
              <Td>
                {contact.phone ? <span className="block whitespace-nowrap">{contact.phone}</span> : null}
                {contact.email ? <span className="block break-all">{contact.email}</span> : null}
              </Td>
              <Td>{t.visibilityShort[contact.visibility]}</Td>
              <Td>
                <Link href={`${base}/${contact.id}`} aria-label={format(t.editLabel, { name: contact.name })}>
                  {t.edit}
                </Link>
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

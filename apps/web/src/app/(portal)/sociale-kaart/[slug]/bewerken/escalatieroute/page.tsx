import type { Metadata } from "next";
import { BackToEdit } from "@/components/organisation-admin/edit-sections";
import { EscalationRouteEditor } from "@/components/organisation-admin/escalation-route-editor";
import { loadOrganisationForEdit } from "@/components/organisation-admin/load-organisation-for-edit";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.socialeKaartBeheer.route;

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organisation = await loadOrganisationForEdit((await params).slug);
  return { title: format(t.title, { name: organisation.name }) };
}

export default async function EscalationRoutePage({ params }: Props) {
  await requireUser();
  const organisation = await loadOrganisationForEdit((await params).slug);
  return (
    <>
      <BackToEdit organisation={organisation} />
      <PageHeader title={format(t.title, { name: organisation.name })} intro={t.intro} />
      <EscalationRouteEditor
        organisationId={organisation.id}
        version={organisation.version}
        steps={organisation.escalationSteps}
        contacts={[
          ...organisation.contacts.map((c) => ({ value: c.id, label: c.jobTitle ? `${c.name} (${c.jobTitle})` : c.name })),
          // Issue 3: the municipal coordinator may close every route.
          ...(organisation.municipalCoordinator
            ? [
                {
                  value: organisation.municipalCoordinator.contactId,
                  label: `${organisation.municipalCoordinator.name} (${organisation.municipalCoordinator.organisationName})`,
                },
              ]
            : []),
        ]}
      />
    </>
  );
}

import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import type { OrganisationForEditPage } from "./load-organisation-for-edit";

const t = messages.socialeKaartBeheer;
const roleLabels = messages.socialeKaart.contactRoles;

/** Contacts at a glance on the edit page, with the way to manage them. */
export function ContactsSummary({ organisation }: { organisation: OrganisationForEditPage }) {
  return (
    <section aria-labelledby="contacts-heading" className="mt-10 border-t-2 border-line pt-6">
      <h2 id="contacts-heading" className="mb-3 text-2xl">
        {t.contacts.heading}
      </h2>
      {organisation.contacts.length === 0 ? (
        <p className="mb-4">{t.contacts.none}</p>
      ) : (
        <ul className="mb-4 list-disc space-y-1 pl-6">
          {organisation.contacts.map((contact) => (
            <li key={contact.id}>
              <span className="font-semibold">{contact.name}</span>
              {contact.jobTitle ? `, ${contact.jobTitle}` : ""}
              {contact.roles.length > 0 ? ` (${contact.roles.map((r) => roleLabels[r]).join(", ")})` : ""}
            </li>
          ))}
        </ul>
      )}
      <ButtonLink href={`/sociale-kaart/${organisation.slug}/bewerken/contacten`}>{t.contacts.manage}</ButtonLink>
    </section>
  );
}

/** The escalation route in order, with the way to edit it. */
export function EscalationRouteSummary({ organisation }: { organisation: OrganisationForEditPage }) {
  const contactName = new Map(organisation.contacts.map((c) => [c.id, c.name]));
  const municipal = organisation.municipalCoordinator;
  if (municipal) contactName.set(municipal.contactId, `${municipal.name} (${municipal.organisationName})`);
  return (
    <section aria-labelledby="route-heading" className="mt-10 border-t-2 border-line pt-6">
      <h2 id="route-heading" className="mb-3 text-2xl">
        {t.route.heading}
      </h2>
      {organisation.escalationSteps.length === 0 ? (
        <p className="mb-4">{t.route.none}</p>
      ) : (
        <ol className="mb-4 list-decimal space-y-1 pl-6" aria-label={t.route.summaryCaption} data-testid="route-summary">
          {organisation.escalationSteps.map((step) => (
            <li key={step.id}>
              <span className="font-semibold">{step.label}</span>
              {step.contactId && contactName.get(step.contactId) ? `: ${contactName.get(step.contactId)}` : ""}
              {step.responseTime ? ` (${step.responseTime})` : ""}
            </li>
          ))}
        </ol>
      )}
      <ButtonLink href={`/sociale-kaart/${organisation.slug}/bewerken/escalatieroute`}>{t.route.edit}</ButtonLink>
    </section>
  );
}

export function BackToEdit({ organisation }: { organisation: { slug: string; name: string } }) {
  return (
    <p className="mb-4">
      <Link href={`/sociale-kaart/${organisation.slug}/bewerken`}>{format(t.contacts.backToOrganisation, { name: organisation.name })}</Link>
    </p>
  );
}

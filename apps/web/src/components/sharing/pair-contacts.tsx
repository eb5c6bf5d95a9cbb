import { pairStatement } from "@kk/legal";
import Link from "next/link";
import { EmailLink, PhoneLink } from "@/components/organisation/contact-details";
import type { RouterOutputs } from "@/lib/trpc/types";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { Statement } from "./legal-statement";

const t = messages.magIkDelenPaar;
const labels = messages.socialeKaart;

type Party = RouterOutputs["sharing"]["compare"]["from"];
type Contact = Party["escalationContacts"][number];

function ContactList({ contacts, empty, showRoles = false }: { contacts: readonly Contact[]; empty: string; showRoles?: boolean }) {
  if (contacts.length === 0) return <p className="text-ink-muted">{empty}</p>;
  return (
    <ul className="mt-2 space-y-3">
      {contacts.map((contact) => (
        <li key={contact.id}>
          <span className="font-semibold">{contact.name}</span>
          {contact.jobTitle ? `, ${contact.jobTitle}` : null}
          {showRoles ? <span className="block text-ink-muted">{contact.roles.map((role) => labels.contactRoles[role]).join(", ")}</span> : null}
          {contact.phone ? (
            <span className="block">
              <PhoneLink phone={contact.phone} />
            </span>
          ) : null}
          {contact.email ? (
            <span className="block">
              <EmailLink email={contact.email} />
            </span>
          ) : null}
          {contact.availability ? <span className="block text-ink-muted">{contact.availability}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function PartyColumn({ party, pick, empty, showRoles }: { party: Party; pick: (p: Party) => readonly Contact[]; empty: string; showRoles?: boolean }) {
  return (
    <div className="min-w-0 border-2 border-line p-4">
      <h4 className="text-lg">{party.name}</h4>
      <ContactList contacts={pick(party)} empty={empty} showRoles={showRoles} />
      <p className="mt-3">
        <Link href={`/sociale-kaart/${party.slug}`}>{format(t.openOrganisation, { name: party.name })}</Link>
      </p>
    </div>
  );
}

/**
 * Whom to call, in three separate groups (issue 13): consultation in doubt (000 §1.2 "doe het nooit
 * alleen"), information requests (001), and escalation, which is for two professionals who disagree.
 */
export function PairContacts({ from, to }: { from: Party; to: Party }) {
  return (
    <section aria-labelledby="contacten-kop" className="mt-10">
      <h2 id="contacten-kop" className="mb-4 text-2xl">
        {t.contactsHeading}
      </h2>

      <div data-testid="overleg">
        <h3 className="text-xl">{t.consultHeading}</h3>
        <Statement statement={pairStatement("pair.never-alone")} className="mb-2" />
        <p className="mb-3 font-semibold">{t.consultVeiligThuis}</p>
        <div className="grid gap-4 md:grid-cols-2">
          <PartyColumn party={from} pick={(p) => p.consultationContacts} empty={t.noConsultContacts} showRoles />
          <PartyColumn party={to} pick={(p) => p.consultationContacts} empty={t.noConsultContacts} showRoles />
        </div>
      </div>

      <div className="mt-8" data-testid="informatieverzoeken">
        <h3 className="text-xl">{t.requestContactsHeading}</h3>
        <Statement statement={pairStatement("pair.contacts.request")} className="mb-3" />
        <div className="grid gap-4 md:grid-cols-2">
          <PartyColumn party={from} pick={(p) => p.requestContacts} empty={t.noRequestContacts} />
          <PartyColumn party={to} pick={(p) => p.requestContacts} empty={t.noRequestContacts} />
        </div>
      </div>

      <div className="mt-8" data-testid="escalatie">
        <h3 className="text-xl">{t.escalationHeading}</h3>
        <Statement statement={pairStatement("pair.contacts.escalation")} className="mb-3" />
        <div className="grid gap-4 md:grid-cols-2">
          <PartyColumn party={from} pick={(p) => p.escalationContacts} empty={t.noEscalationContacts} />
          <PartyColumn party={to} pick={(p) => p.escalationContacts} empty={t.noEscalationContacts} />
        </div>
      </div>
    </section>
  );
}

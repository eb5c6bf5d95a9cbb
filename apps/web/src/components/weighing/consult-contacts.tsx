import type { RouterOutputs } from "@/lib/trpc/types";
import Link from "next/link";
import { EmailLink, PhoneLink } from "@/components/organisation/contact-details";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.afwegen;

type ConsultContacts = RouterOutputs["weighing"]["consultContacts"];
type Contact = NonNullable<ConsultContacts["ownOrganisation"]>["aandachtsfunctionarissen"][number];

function ContactLine({ contact, role }: { contact: Contact; role: string }) {
  return (
    <li className="mb-2">
      <span className="font-semibold">{role}:</span> {contact.name}
      {contact.jobTitle ? `, ${contact.jobTitle}` : ""}
      {contact.phone ? (
        <>
          {" — "}
          <PhoneLink phone={contact.phone} />
        </>
      ) : null}
      {contact.email ? (
        <>
          {" — "}
          <EmailLink email={contact.email} />
        </>
      ) : null}
    </li>
  );
}

/** "Doe het nooit alleen": the people to consult, from the sociale kaart. */
export function ConsultContactsView({ contacts }: { contacts: ConsultContacts }) {
  const own = contacts.ownOrganisation;
  const coordinator = contacts.municipalCoordinator;
  return (
    <section aria-labelledby="consult-heading" className="mb-8 border-2 border-line p-4">
      <h2 id="consult-heading" className="mb-3 text-xl">
        {t.consultHeading}
      </h2>
      {own ? (
        <>
          <h3 className="text-lg">
            <Link href={`/sociale-kaart/${own.slug}`}>{format(t.consultOwn, { name: own.name })}</Link>
          </h3>
          {own.aandachtsfunctionarissen.length + own.privacyOfficers.length === 0 ? (
            <p className="mb-3">{t.consultNoneOwn}</p>
          ) : (
            <ul className="mb-3 list-none">
              {own.aandachtsfunctionarissen.map((c) => (
                <ContactLine key={`a-${c.id}`} contact={c} role={t.consultAandacht} />
              ))}
              {own.privacyOfficers.map((c) => (
                <ContactLine key={`p-${c.id}`} contact={c} role={t.consultPrivacy} />
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="mb-3">{t.consultNoOrganisation}</p>
      )}
      {coordinator?.contact ? (
        <ul className="mb-3 list-none">
          <ContactLine contact={coordinator.contact} role={`${t.consultCoordinator} (${coordinator.organisationName})`} />
        </ul>
      ) : null}
      {contacts.veiligThuis.length > 0 ? (
        <>
          <h3 className="text-lg">{t.consultVeiligThuis}</h3>
          <ul className="list-none">
            {contacts.veiligThuis.map((vt) => (
              <li key={vt.slug} className="mb-2">
                <Link href={`/sociale-kaart/${vt.slug}`}>{vt.name}</Link>
                {vt.phone ? (
                  <>
                    {" — "}
                    <PhoneLink phone={vt.phone} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

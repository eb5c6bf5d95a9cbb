/** @jsxImportSource preact */
import { format, messagesFor } from "../locales.ts";
import type { PublicMunicipality, PublicOrganisation, PublicSnapshot } from "../snapshot.ts";
import { Layout, localHref, type PageContext } from "./layout.tsx";

export interface OrganisationPageProps {
  context: PageContext;
  snapshot: PublicSnapshot;
  organisation: PublicOrganisation;
  /** The municipality the visitor came from (for the back link and the header), if any. */
  municipality: PublicMunicipality | null;
}

/**
 * One public organisation: how to reach it, what it helps with, for whom. Organisation-level data
 * only (never a contact person), and schema.org JSON-LD so search engines can show it.
 */
export function OrganisationPage({ context, snapshot, organisation, municipality }: OrganisationPageProps) {
  const t = messagesFor(context.locale);
  const path = `/hulp/organisatie/${organisation.slug}`;
  const website = safeWebsite(organisation.website);
  const email = safeEmail(organisation.email);
  const worksIn = organisation.regionWide
    ? t.organisation.wholeRegion
    : snapshot.municipalities
        .filter((candidate) => organisation.municipalityCodes.includes(candidate.code))
        .map((candidate) => candidate.name)
        .join(", ");
  const back = municipality
    ? { href: `${localHref(`/hulp/${municipality.slug}`, context.locale)}#hulp`, text: format(t.organisation.back, { municipality: municipality.name }) }
    : { href: localHref("/hulp", context.locale), text: t.organisation.backGeneric };
  return (
    <Layout
      context={context}
      meta={{
        title: organisation.name,
        description: organisation.description || `${organisation.type}. ${organisation.phone}`.trim(),
        path,
        query: municipality ? { gemeente: municipality.slug } : {},
        municipality,
        jsonLd: organisationJsonLd(context, organisation, path, website, email),
      }}
    >
      <a class="back" href={back.href}>
        {back.text}
      </a>
      <h1>{organisation.name}</h1>
      <p class="lead">{organisation.type}</p>
      {organisation.description ? <p>{organisation.description}</p> : null}
      <dl class="facts">
        {organisation.phone ? (
          <>
            <dt>{t.organisation.phone}</dt>
            <dd>
              <a href={`tel:${telephone(organisation.phone)}`}>{format(t.organisation.call, { phone: organisation.phone })}</a>
            </dd>
          </>
        ) : null}
        {organisation.openingHours ? (
          <>
            <dt>{t.organisation.openingHours}</dt>
            <dd>{organisation.openingHours}</dd>
          </>
        ) : null}
        {website ? (
          <>
            <dt>{t.organisation.website}</dt>
            <dd>
              <a href={website}>{website.replace(/^https?:\/\//, "").replace(/\/$/, "")}</a>
            </dd>
          </>
        ) : null}
        {email ? (
          <>
            <dt>{t.organisation.email}</dt>
            <dd>
              <a href={`mailto:${email}`}>{email}</a>
            </dd>
          </>
        ) : null}
        {organisation.address ? (
          <>
            <dt>{t.organisation.address}</dt>
            <dd>{[organisation.address, organisation.postcode].filter(Boolean).join(", ")}</dd>
          </>
        ) : null}
        {organisation.area ? (
          <>
            <dt>{t.organisation.wijk}</dt>
            <dd>{organisation.area}</dd>
          </>
        ) : null}
        {worksIn ? (
          <>
            <dt>{t.organisation.worksIn}</dt>
            <dd>{worksIn}</dd>
          </>
        ) : null}
      </dl>
      {organisation.services.length > 0 ? (
        <>
          <h2>{t.organisation.services}</h2>
          <ul>
            {organisation.services.map((service) => (
              <li key={service}>{service}</li>
            ))}
          </ul>
        </>
      ) : null}
      {organisation.targetGroups.length > 0 ? (
        <>
          <h2>{t.organisation.targetGroups}</h2>
          <ul>
            {organisation.targetGroups.map((group) => (
              <li key={group}>{group}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}

/** schema.org Organization, for search engines (https://schema.org/Organization). */
function organisationJsonLd(context: PageContext, organisation: PublicOrganisation, path: string, website: string | null, email: string | null): object {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: organisation.name,
    description: organisation.description || organisation.type,
    url: `${context.origin}${path}`,
    ...(organisation.phone ? { telephone: organisation.phone } : {}),
    ...(email ? { email } : {}),
    ...(website ? { sameAs: [website] } : {}),
    ...(organisation.address
      ? { address: { "@type": "PostalAddress", streetAddress: organisation.address, postalCode: organisation.postcode, addressCountry: "NL" } }
      : {}),
    ...(organisation.phone && organisation.openingHours
      ? { contactPoint: { "@type": "ContactPoint", telephone: organisation.phone, contactType: "customer support", description: organisation.openingHours } }
      : {}),
  };
}

/** Only http(s) addresses become links: a partner's free text never becomes a javascript: link. */
export function safeWebsite(value: string): string | null {
  const text = value.trim();
  if (text === "") return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

function safeEmail(value: string): string | null {
  const text = value.trim();
  return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(text) ? text : null;
}

function telephone(phone: string): string {
  return phone.replace(/[^0-9+]/g, "");
}

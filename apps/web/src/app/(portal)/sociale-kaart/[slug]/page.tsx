import { can } from "@kk/auth/policy";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { cache } from "react";
import { AgreementSummaryList } from "@/components/agreement-coverage/agreement-summary-list";
import { DetailRow, EmailLink, PhoneLink } from "@/components/organisation/contact-details";
import { EscalationRouteList } from "@/components/organisation/escalation-route-list";
import { formatDutchDate } from "@/components/organisation/format-date";
import { PrintButton } from "@/components/organisation/print-button";
import { workingAreaText } from "@/components/region/working-area-text";
import { ButtonLink } from "@/components/ui/button-link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.organisationRead.page;
const labels = messages.socialeKaart;

interface Props {
  params: Promise<{ slug: string }>;
}

/** One read per request, shared by generateMetadata and the page. */
const loadOrganisation = cache(async (slug: string) => {
  const api = await serverApi();
  return api.organisation.bySlug({ slug }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    if (error instanceof TRPCError && error.code === "FORBIDDEN") forbidden();
    throw error;
  });
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const user = await requireUser();
  if (!can(user, "organisation.read")) return {};
  const organisation = await loadOrganisation(slug);
  return { title: organisation.name };
}

/** Links typed without a scheme ("www.example.nl") still have to open the site, not a path here. */
function websiteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

export default async function OrganisationPage({ params }: Props) {
  const user = await requireUser();
  if (!can(user, "organisation.read")) forbidden();
  const { slug } = await params;
  const org = await loadOrganisation(slug);
  const canEdit = can(user, "organisation.update", { organisationId: org.id });
  // Agreements this organisation is party to, as far as the reader may see them (agreement-access.ts).
  const agreements = can(user, "agreementCoverage.read") ? await (await serverApi()).agreementCoverage.ofOrganisation({ organisationId: org.id }) : null;
  const region = await (await serverApi()).directory.region();
  const hasContactDetails = Boolean(org.address || org.postcode || org.phone || org.email || org.website || org.openingHours);

  return (
    <article className="organisation-page">
      <p className="mb-4 print:hidden">
        <Link href="/sociale-kaart">{t.backToSearch}</Link>
      </p>
      <PageHeader
        caption={org.type}
        title={org.name}
        intro={org.description || undefined}
        actions={
          <>
            {canEdit ? (
              <ButtonLink href={`/sociale-kaart/${org.slug}/bewerken`} variant="primary" className="print:hidden">
                {t.edit}
              </ButtonLink>
            ) : null}
            <PrintButton label={t.print} />
          </>
        }
      />

      {org.status === "CLOSED" ? <Notice tone="error">{t.closed}</Notice> : null}
      {org.status === "INACTIVE" ? <Notice tone="warning">{t.inactive}</Notice> : null}

      {org.stale ? (
        <Notice tone="warning" title={t.staleTitle}>
          <p>{format(t.staleBody, { months: org.staleAfterMonths })}</p>
          <p>{org.verifiedAt ? format(t.staleLastVerified, { date: formatDutchDate(org.verifiedAt) }) : t.neverVerified}</p>
        </Notice>
      ) : org.verifiedAt ? (
        <p className="mb-6 font-semibold">
          {org.verifiedBy
            ? format(t.verifiedOn, { date: formatDutchDate(org.verifiedAt), name: org.verifiedBy.name })
            : format(t.verifiedOnNoName, { date: formatDutchDate(org.verifiedAt) })}
        </p>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="kader-kop" className="border-4 border-brand p-4 sm:p-6 break-inside-avoid">
          <h2 id="kader-kop" className="text-2xl">
            {t.legalFrameHeading}
          </h2>
          <p className="mt-2 text-lg font-bold">{labels.legalFrames[org.legalFrame]}</p>
          <p className="mt-1">{labels.legalFrameExplanations[org.legalFrame]}</p>
          <dl className="mt-4">
            <DetailRow term={t.legalBasis}>{org.legalBasis || <span className="text-ink-muted">{t.noLegalBasis}</span>}</DetailRow>
            <DetailRow term={t.meldcode}>
              {org.meldcodeApplies ? t.meldcodeApplies : t.meldcodeNotApplies}
              {org.keurmerkMeldcode ? ` ${t.keurmerk}` : null}
            </DetailRow>
          </dl>
        </section>

        <section aria-labelledby="gegevens-kop">
          <h2 id="gegevens-kop" className="text-2xl">
            {t.facts}
          </h2>
          <dl className="mt-2">
            <DetailRow term={t.sector}>{labels.sectors[org.sector]}</DetailRow>
            <DetailRow term={t.type}>{org.type}</DetailRow>
            <DetailRow term={t.status}>{labels.organisationStatus[org.status]}</DetailRow>
            <DetailRow term={messages.regioGedeeld.workingArea.worksIn}>
              <span data-testid="working-area">
                {workingAreaText(
                  org.regionWide,
                  org.municipalities.map((m) => m.municipality.name),
                  region.regionName,
                )}
              </span>
            </DetailRow>
            <DetailRow term={t.area} show={org.area !== ""}>
              {org.area}
            </DetailRow>
          </dl>
          {!org.isPublic ? <p className="mt-2 text-ink-muted">{t.notPublic}</p> : null}
        </section>
      </div>

      <section aria-labelledby="contact-kop" className="mt-10">
        <h2 id="contact-kop" className="text-2xl">
          {t.contactHeading}
        </h2>
        {hasContactDetails ? (
          <dl className="mt-2">
            <DetailRow term={t.address} show={Boolean(org.address || org.postcode)}>
              {[org.address, org.postcode].filter(Boolean).join(", ")}
            </DetailRow>
            <DetailRow term={t.phone} show={org.phone !== ""}>
              <PhoneLink phone={org.phone} />
            </DetailRow>
            <DetailRow term={t.email} show={org.email !== ""}>
              <EmailLink email={org.email} />
            </DetailRow>
            <DetailRow term={t.website} show={org.website !== ""}>
              <a href={websiteHref(org.website)} className="break-all" rel="noopener noreferrer" data-print-url="no">
                {org.website}
              </a>
            </DetailRow>
            <DetailRow term={t.openingHours} show={org.openingHours !== ""}>
              <span className="whitespace-pre-line">{org.openingHours}</span>
            </DetailRow>
          </dl>
        ) : (
          <p className="mt-2 text-ink-muted">{t.noContactDetails}</p>
        )}
      </section>

      {org.services.length > 0 || org.targetGroups.length > 0 ? (
        <section aria-labelledby="aanbod-kop" className="mt-10">
          <h2 id="aanbod-kop" className="text-2xl">
            {t.servicesHeading}
          </h2>
          <TagList title={t.services} tags={org.services} />
          <TagList title={t.targetGroups} tags={org.targetGroups} />
        </section>
      ) : null}

      <section aria-labelledby="contactpersonen-kop" className="mt-10">
        <h2 id="contactpersonen-kop" className="text-2xl">
          {t.contactsHeading}
        </h2>
        {org.contactGroups.length === 0 ? <p className="mt-2 text-ink-muted">{t.noContacts}</p> : null}
        {org.contactGroups.map((group) => (
          <div key={group.role} className="mt-6">
            <h3 className="text-xl">{labels.contactRoles[group.role]}</h3>
            <ul className="mt-2 grid gap-4 md:grid-cols-2">
              {group.contacts.map((contact) => (
                <li key={contact.id} className="border-2 border-line p-4 break-inside-avoid">
                  <p className="font-bold">
                    {contact.name}
                    {contact.visibility === "COORDINATORS" ? (
                      <span className="ml-2 inline-block bg-surface px-2 text-sm font-semibold">{t.restrictedBadge}</span>
                    ) : null}
                  </p>
                  {contact.jobTitle ? <p>{contact.jobTitle}</p> : null}
                  <dl className="mt-1">
                    {contact.phone ? (
                      <div>
                        <dt className="inline font-semibold">{t.phone}: </dt>
                        <dd className="inline">
                          <PhoneLink phone={contact.phone} />
                        </dd>
                      </div>
                    ) : null}
                    {contact.email ? (
                      <div>
                        <dt className="inline font-semibold">{t.email}: </dt>
                        <dd className="inline">
                          <EmailLink email={contact.email} />
                        </dd>
                      </div>
                    ) : null}
                    {contact.availability ? (
                      <div>
                        <dt className="inline font-semibold">{t.availability}: </dt>
                        <dd className="inline">{contact.availability}</dd>
                      </div>
                    ) : null}
                  </dl>
                  <p className="mt-2 print:hidden">
                    <a href={`/sociale-kaart/${org.slug}/vcard/${contact.id}`} download>
                      {t.vcard}
                      <span className="sr-only"> {format(t.vcardOf, { name: contact.name })}</span>
                    </a>
                  </p>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby="escalatie-kop" className="mt-10">
        <h2 id="escalatie-kop" className="text-2xl">
          {t.escalationHeading}
        </h2>
        <p className="mt-2 mb-4 max-w-3xl">{t.escalationIntro}</p>
        <EscalationRouteList steps={org.escalationRoute} />
      </section>

      {agreements ? (
        <section aria-labelledby="afspraken-kop" className="mt-10">
          <h2 id="afspraken-kop" className="text-2xl">
            {messages.convenantenDekking.organisation.heading}
          </h2>
          <p className="mt-2 mb-4 max-w-3xl">{messages.convenantenDekking.organisation.intro}</p>
          {agreements.length === 0 ? (
            <p className="text-ink-muted">{messages.convenantenDekking.organisation.none}</p>
          ) : (
            <AgreementSummaryList agreements={agreements} />
          )}
          <p className="mt-4 print:hidden">
            <Link href="/convenanten/dekking">{messages.convenantenDekking.organisation.toMatrix}</Link>
          </p>
        </section>
      ) : null}
    </article>
  );
}

function TagList({ title, tags }: { title: string; tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <div className="mt-3">
      <h3 className="text-lg">{title}</h3>
      <ul className="mt-1 flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag} className="border border-line-strong bg-surface px-2 py-0.5">
            {tag}
          </li>
        ))}
      </ul>
    </div>
  );
}

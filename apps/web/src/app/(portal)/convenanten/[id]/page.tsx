import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { AgreementDocuments } from "@/components/agreement-documents/agreement-documents";
import { AgreementHistory } from "@/components/agreements/agreement-history";
import { AgreementStatusBadge } from "@/components/agreements/agreement-status-badge";
import { AgreementTransitionForms } from "@/components/agreements/agreement-transition-forms";
import { formatCalendarDate } from "@/components/agreements/calendar-date";
import { ClauseCoverageLabel } from "@/components/agreements/clause-coverage-label";
import { coverageSummary } from "@/components/agreements/coverage-summary";
import { loadAgreement } from "@/components/agreements/load-agreement";
import { StatementSource } from "@/components/legal/source-refs";
import { DetailRow } from "@/components/organisation/contact-details";
import { workingAreaText } from "@/components/region/working-area-text";
import { ButtonLink } from "@/components/ui/button-link";
import { FactsSection } from "@/components/ui/facts-section";
import { SavedNotice } from "@/components/ui/saved-notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.convenantenRegistry.detail;
const labels = messages.convenanten;

/** A row header that looks like the row's other cells (the shared Th is styled as a column header). */
const ROW_HEADER = "border-b border-line px-2 py-3 text-left align-top font-semibold";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ opgeslagen?: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  if (!can(user, "agreement.read")) return {};
  const { id } = await params;
  const agreement = await loadAgreement(id);
  return { title: agreement.title };
}

function dateOrNone(date: Date | null) {
  return date ? formatCalendarDate(date) : <span className="text-ink-muted">{t.noDate}</span>;
}

function textOrNone(text: string) {
  return text ? <span className="whitespace-pre-line">{text}</span> : <span className="text-ink-muted">{t.notFilled}</span>;
}

export default async function AgreementPage({ params, searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "agreement.read")) forbidden();
  const { id } = await params;
  const { opgeslagen } = await searchParams;
  const agreement = await loadAgreement(id);
  const api = await serverApi();
  const [history, region] = await Promise.all([api.agreement.history({ id }), api.directory.region()]);
  const canManage = can(user, "agreement.manage");

  return (
    // Titles are often long Dutch compounds ("Samenwerkingsafspraak"): they must wrap on a phone.
    <article className="[&_h1]:break-words [&_h1]:hyphens-auto">
      <p className="mb-4">
        <Link href="/convenanten">{t.backToList}</Link>
      </p>
      <PageHeader
        caption={labels.kinds[agreement.kind]}
        title={agreement.title}
        intro={
          <p>
            <span className="sr-only">{format(t.status, { status: labels.statuses[agreement.status] })}</span>
            <span aria-hidden="true">
              <AgreementStatusBadge status={agreement.status} />
            </span>
          </p>
        }
        actions={
          canManage ? (
            <ButtonLink href={`/convenanten/${agreement.id}/bewerken`} variant="primary">
              {t.edit}
              <span className="sr-only">: {agreement.title}</span>
            </ButtonLink>
          ) : null
        }
      />

      <SavedNotice opgeslagen={opgeslagen} created={t.created} saved={t.saved} />

      <FactsSection heading={t.factsHeading}>
        <DetailRow term={t.kind}>{labels.kinds[agreement.kind]}</DetailRow>
        <DetailRow term={messages.regioGedeeld.agreementScope.appliesIn}>
          <span data-testid="agreement-scope">
            {workingAreaText(
              agreement.regionWide,
              agreement.municipalities.map((m) => m.municipality.name),
              region.regionName,
            )}
          </span>
        </DetailRow>
        <DetailRow term={t.startDate}>{dateOrNone(agreement.startDate)}</DetailRow>
        <DetailRow term={t.endDate}>{dateOrNone(agreement.endDate)}</DetailRow>
        <DetailRow term={t.reviewDate}>{dateOrNone(agreement.reviewDate)}</DetailRow>
        <DetailRow term={t.owner}>{agreement.owner.name}</DetailRow>
        <DetailRow term={t.municipalityRole}>{labels.municipalityRoles[agreement.municipalityRole]}</DetailRow>
        <DetailRow term={t.informationExchange}>
          {agreement.coversInformationExchange ? t.informationExchangeYes : t.informationExchangeNo}
        </DetailRow>
        <DetailRow term={t.responseWorkingDays}>
          {agreement.responseWorkingDays === null
            ? t.responseWorkingDaysNone
            : agreement.responseWorkingDays === 1
              ? t.responseWorkingDaysOne
              : format(t.responseWorkingDaysValue, { days: agreement.responseWorkingDays })}
        </DetailRow>
        <DetailRow term={t.purpose}>{textOrNone(agreement.purpose)}</DetailRow>
        <DetailRow term={t.scope}>{textOrNone(agreement.scope)}</DetailRow>
        <DetailRow term={t.legalBasis}>{textOrNone(agreement.legalBasisNotes)}</DetailRow>
      </FactsSection>

      <section aria-labelledby="partijen" className="mt-10">
        <h2 id="partijen" className="mb-2 text-2xl">
          {t.partiesHeading}
        </h2>
        <Table
          caption={t.partiesCaption}
          captionHidden
          head={
            <>
              <Th>{t.partyColumns.organisation}</Th>
              <Th>{t.partyColumns.signatory}</Th>
              <Th>{t.partyColumns.function}</Th>
              <Th>{t.partyColumns.signedAt}</Th>
            </>
          }
        >
          {agreement.parties.map((party) => (
            <tr key={party.organisationId} data-testid="agreement-party">
              <th scope="row" className={ROW_HEADER}>
                <Link href={`/sociale-kaart/${party.organisation.slug}`}>{party.organisation.name}</Link>
              </th>
              <Td>{party.signatoryName || <span className="text-ink-muted">{t.notFilled}</span>}</Td>
              <Td>{party.signatoryFunction || <span className="text-ink-muted">{t.notFilled}</span>}</Td>
              <Td className="whitespace-nowrap">
                {party.signedAt ? formatCalendarDate(party.signedAt) : <span className="text-ink-muted">{t.notSigned}</span>}
              </Td>
            </tr>
          ))}
        </Table>
      </section>

      <section aria-labelledby="bepalingen" className="mt-10">
        <h2 id="bepalingen" className="mb-2 text-2xl">
          {t.checklistHeading}
        </h2>
        <p className="mb-2 max-w-3xl">{t.checklistIntro}</p>
        <p className="mb-4 font-semibold" data-testid="agreement-coverage">
          {coverageSummary(agreement.coverage)}
        </p>
        <Table
          caption={t.checklistCaption}
          captionHidden
          head={
            <>
              <Th>{t.clauseColumns.clause}</Th>
              <Th>{t.clauseColumns.coverage}</Th>
              <Th>{t.clauseColumns.reference}</Th>
            </>
          }
        >
          {agreement.checklist.map((clause) => (
            <tr key={clause.key} data-testid={`clause-${clause.key}`}>
              <th scope="row" className={`${ROW_HEADER} font-normal`}>
                <span className="font-semibold">
                  {/^\d/.test(clause.code) ? `${clause.code}. ` : null}
                  {clause.title}
                </span>
                <span className="block max-w-prose text-sm text-ink-muted">{clause.description}</span>
                {"statementId" in clause ? <StatementSource id={clause.statementId} /> : null}
              </th>
              <Td className="whitespace-nowrap">
                <ClauseCoverageLabel coverage={clause.coverage} />
              </Td>
              <Td className="whitespace-pre-line">{clause.reference || t.noReference}</Td>
            </tr>
          ))}
        </Table>
      </section>

      <AgreementDocuments agreementId={agreement.id} canUpload={can(user, "agreementDocument.upload")} />

      {canManage ? (
        <AgreementTransitionForms
          agreementId={agreement.id}
          version={agreement.version}
          status={agreement.status}
          allowed={agreement.allowedTransitions}
        />
      ) : null}

      <AgreementHistory entries={history} />
    </article>
  );
}

import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { AgreementForm, type EditableAgreement } from "@/components/agreements/agreement-form";
import { isoCalendarDate } from "@/components/agreements/calendar-date";
import { loadAgreement } from "@/components/agreements/load-agreement";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.convenantenRegistry.form;

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  if (!can(user, "agreement.manage")) return {};
  const { id } = await params;
  const agreement = await loadAgreement(id);
  return { title: format(t.editTitle, { title: agreement.title }) };
}

export default async function EditAgreementPage({ params }: Props) {
  const user = await requireUser();
  if (!can(user, "agreement.manage")) forbidden();
  const { id } = await params;
  const agreement = await loadAgreement(id);
  const api = await serverApi();
  const [organisations, owners, region] = await Promise.all([api.organisation.options(), api.agreement.owners(), api.directory.region()]);

  const editable: EditableAgreement = {
    id: agreement.id,
    version: agreement.version,
    title: agreement.title,
    kind: agreement.kind,
    purpose: agreement.purpose,
    scope: agreement.scope,
    legalBasisNotes: agreement.legalBasisNotes,
    startDate: isoCalendarDate(agreement.startDate),
    endDate: isoCalendarDate(agreement.endDate),
    reviewDate: isoCalendarDate(agreement.reviewDate),
    municipalityRole: agreement.municipalityRole,
    coversInformationExchange: agreement.coversInformationExchange,
    responseWorkingDays: agreement.responseWorkingDays === null ? "" : String(agreement.responseWorkingDays),
    ownerId: agreement.owner.id,
    regionWide: agreement.regionWide,
    municipalityCodes: agreement.municipalities.map((m) => m.municipality.code),
    parties: agreement.parties.map((p) => ({
      organisationId: p.organisationId,
      signatoryName: p.signatoryName,
      signatoryFunction: p.signatoryFunction,
      signedAt: isoCalendarDate(p.signedAt),
    })),
    clauses: agreement.checklist.map((c) => ({ clauseKey: c.key, coverage: c.coverage ?? "", reference: c.reference })),
  };
  // A closed organisation is not in the picker, but a party that closed later must stay choosable.
  const missing = agreement.parties.filter((p) => !organisations.some((o) => o.id === p.organisationId)).map((p) => p.organisation);
  const organisationOptions = [...organisations, ...missing].sort((a, b) => a.name.localeCompare(b.name, "nl"));
  // Likewise an owner who is no longer an active coordinator stays visible until someone else is chosen.
  const ownerOptions = owners.some((o) => o.id === agreement.owner.id) ? owners : [...owners, agreement.owner];

  return (
    // Long Dutch compounds in the title must wrap on a phone.
    <div className="[&_h1]:break-words [&_h1]:hyphens-auto">
      <p className="mb-4">
        <Link href={`/convenanten/${agreement.id}`}>{t.backToAgreement}</Link>
      </p>
      <PageHeader caption={t.editCaption} title={format(t.editTitle, { title: agreement.title })} />
      <AgreementForm region={region} organisations={organisationOptions} owners={ownerOptions} agreement={editable} />
    </div>
  );
}

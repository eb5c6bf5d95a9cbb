import { can } from "@kk/auth/policy";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { EmailLink, PhoneLink } from "@/components/organisation/contact-details";
import { OrganisationPairForm } from "@/components/organisation/organisation-pair-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import type { RouterOutputs } from "@/lib/trpc/types";
import { format, messages } from "@/messages";

const t = messages.organisationRead.sharing;
const labels = messages.socialeKaart;

export const metadata: Metadata = { title: t.title };

type Comparison = RouterOutputs["sharing"]["compare"];
type Party = Comparison["from"];

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

export default async function MagIkDelenPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "sharing.read")) forbidden();
  const params = await searchParams;
  const submitted = params.van !== undefined || params.met !== undefined;
  const from = single(params.van) || (submitted ? "" : (user.organisationId ?? ""));
  const to = single(params.met);
  const api = await serverApi();
  const options = (await api.organisation.options()).map((o) => ({ value: o.id, label: o.name }));

  let comparison: Comparison | null = null;
  let problem: string | null = null;
  if (from && to) {
    if (from === to) {
      problem = t.sameOrganisation;
    } else {
      comparison = await api.sharing.compare({ fromOrganisationId: from, toOrganisationId: to }).catch((error: unknown) => {
        if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
        throw error;
      });
      if (!comparison) problem = t.unknownOrganisation;
    }
  }

  return (
    <>
      <p className="mb-4"><Link href="/mag-ik-delen/afwegen">{messages.afwegen.fromSharing}</Link></p>
      <PageHeader title={t.title} intro={t.intro} />
      <Notice tone="warning">
        <p className="font-semibold">{t.noClientData}</p>
      </Notice>
      {problem ? (
        <Notice tone="error" role="alert">
          {problem}
        </Notice>
      ) : null}
      <OrganisationPairForm
        action="/mag-ik-delen"
        heading={t.formHeading}
        fields={[
          { name: "van", label: t.from, value: from },
          { name: "met", label: t.to, value: to },
        ]}
        options={options}
        placeholder={t.choose}
        submitLabel={t.submit}
      />
      {comparison ? <Answer comparison={comparison} /> : null}
    </>
  );
}

function Answer({ comparison }: { comparison: Comparison }) {
  const { advice } = comparison;
  const remindMeldrecht = advice.meldrechtVeiligThuis && !advice.cases.some((c) => c.verdict === "MELDRECHT_VEILIG_THUIS");
  return (
    <section aria-labelledby="antwoord-kop">
      <h2 id="antwoord-kop" className="mb-4 text-2xl sm:text-3xl">
        {t.answerHeading}
      </h2>

      <h3 className="sr-only">{t.framesHeading}</h3>
      <div className="grid gap-4 md:grid-cols-2">
        <FrameCard caption={t.yours} party={comparison.from} />
        <FrameCard caption={t.theirs} party={comparison.to} />
      </div>

      <div className="mt-8 border-l-8 border-brand bg-info-bg p-4 sm:p-6">
        <h3 className="text-xl">{t.adviceHeading}</h3>
        {advice.cases.map((c) => {
          const verdict = t.verdicts[c.verdict];
          return (
            <div key={c.condition} className="mt-4">
              {c.condition !== "ALWAYS" ? <h4 className="border-t-2 border-brand pt-2 text-lg font-bold">{t.conditions[c.condition]}</h4> : null}
              <p className="text-lg font-bold">{verdict.title}</p>
              <p className="max-w-3xl">{verdict.body}</p>
              {c.recordWeighing ? <p className="mt-1 font-semibold">{t.recordWeighing}</p> : null}
            </div>
          );
        })}
        {remindMeldrecht ? <p className="mt-4 max-w-3xl">{t.meldrechtReminder}</p> : null}
        <p className="mt-4 max-w-3xl text-ink-muted">{t.source}</p>
      </div>

      <div className="mt-10">
        <Table
          caption={t.consentCaption}
          head={
            <>
              <Th>{t.consentAge}</Th>
              <Th>{t.consentWho}</Th>
            </>
          }
        >
          {comparison.consentByAge.map((row) => (
            <tr key={row.ageGroup}>
              <Td className="font-semibold whitespace-nowrap">{t.consentAges[row.ageGroup]}</Td>
              <Td>{t.consentGivers[row.whoConsents]}</Td>
            </tr>
          ))}
        </Table>
        <p className="mt-2 max-w-3xl">{t.consentNote}</p>
      </div>

      <div className="mt-10">
        <h3 className="text-xl">{t.escalationHeading}</h3>
        <p className="mb-4">{t.escalationIntro}</p>
        <div className="grid gap-4 md:grid-cols-2">
          <EscalationContacts party={comparison.from} />
          <EscalationContacts party={comparison.to} />
        </div>
      </div>
    </section>
  );
}

function FrameCard({ caption, party }: { caption: string; party: Party }) {
  return (
    <div className="border-2 border-line-strong p-4">
      <p className="text-ink-muted">{caption}</p>
      <p className="text-xl font-bold">
        <Link href={`/sociale-kaart/${party.slug}`}>{party.name}</Link>
      </p>
      <p>{party.type}</p>
      <p className="mt-2 font-semibold">{labels.legalFrames[party.legalFrame]}</p>
      <p>{labels.legalFrameExplanations[party.legalFrame]}</p>
      {party.legalBasis ? (
        <p className="mt-2">
          <span className="font-semibold">{t.legalBasis}: </span>
          {party.legalBasis}
        </p>
      ) : null}
    </div>
  );
}

function EscalationContacts({ party }: { party: Party }) {
  return (
    <div className="border-2 border-line p-4">
      <h4 className="text-lg">{party.name}</h4>
      {party.escalationContacts.length === 0 ? (
        <p className="text-ink-muted">{t.noEscalationContact}</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {party.escalationContacts.map((contact) => (
            <li key={contact.id}>
              <span className="font-semibold">{contact.name}</span>
              {contact.jobTitle ? `, ${contact.jobTitle}` : null}
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
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3">
        <Link href={`/sociale-kaart/${party.slug}`}>{format(t.openOrganisation, { name: party.name })}</Link>
      </p>
    </div>
  );
}

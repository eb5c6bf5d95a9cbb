import { can } from "@kk/auth/policy";
import { CONSENT_BY_AGE, pairStatement } from "@kk/legal";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import type { PickerChoice, PickerProps } from "@/components/sharing/organisation-picker";
import { Statement } from "@/components/sharing/legal-statement";
import { AcuteDanger, PairVerdicts } from "@/components/sharing/pair-advice";
import { PairAgreement } from "@/components/sharing/pair-agreement";
import { PairContacts } from "@/components/sharing/pair-contacts";
import { PairPickerForm } from "@/components/sharing/pair-picker-form";
import { decidePicker, readPickerParams, type PickerParams } from "@/components/sharing/picker-state";
import { ButtonLink } from "@/components/ui/button-link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import type { RouterOutputs } from "@/lib/trpc/types";
import * as messages from "@/messages/catalogue";

const t = messages.magIkDelenPaar;
const labels = messages.socialeKaart;

export const metadata: Metadata = { title: t.title };

type Api = Awaited<ReturnType<typeof serverApi>>;
type Comparison = RouterOutputs["sharing"]["compare"];
type Party = Comparison["from"];

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

interface Side {
  picker: PickerProps;
  chosen: PickerChoice | null;
  unknown: boolean;
}

async function resolveSide(api: Api, field: string, label: string, params: PickerParams, known: Map<string, PickerChoice>): Promise<Side> {
  const decision = decidePicker(params, known.get(params.id) ?? null);
  switch (decision.kind) {
    case "empty":
      return { picker: { field, label, query: "", selected: null, results: null }, chosen: null, unknown: false };
    case "unknown":
      return { picker: { field, label, query: "", selected: null, results: null }, chosen: null, unknown: true };
    case "chosen":
      return { picker: { field, label, query: decision.choice.name, selected: decision.choice, results: null }, chosen: decision.choice, unknown: false };
    case "search": {
      const found = await api.sharing.findOrganisations({ q: decision.text });
      const items = found.results.map(({ id, name, type }) => ({ id, name, type }));
      // Exactly one match: that is the choice (the box then shows its name).
      if (found.total === 1 && items[0]) {
        return { picker: { field, label, query: items[0].name, selected: items[0], results: null }, chosen: items[0], unknown: false };
      }
      const keep = decision.keep && items.some((i) => i.id === decision.keep?.id) ? decision.keep : null;
      return { picker: { field, label, query: decision.text, selected: keep, results: { total: found.total, items } }, chosen: null, unknown: false };
    }
  }
}

export default async function MagIkDelenPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "sharing.read")) forbidden();
  const params = await searchParams;
  const submitted = ["van", "vanzoek", "met", "metzoek"].some((key) => params[key] !== undefined);
  const fromParams = readPickerParams(params, "van");
  // "Mijn organisatie" defaults to the user's own organisation until the form is submitted.
  if (!submitted && user.organisationId) fromParams.id = user.organisationId;
  const toParams = readPickerParams(params, "met");
  const api = await serverApi();
  const ids = [fromParams.id, toParams.id].filter((id) => id !== "");
  const known = new Map((await api.sharing.organisationsById({ ids })).map((o) => [o.id, { id: o.id, name: o.name, type: o.type }]));
  const [from, to] = await Promise.all([resolveSide(api, "van", t.from, fromParams, known), resolveSide(api, "met", t.to, toParams, known)]);

  let comparison: Comparison | null = null;
  let problem: string | null = from.unknown || to.unknown ? t.unknownOrganisation : null;
  if (from.chosen && to.chosen) {
    if (from.chosen.id === to.chosen.id) {
      problem = t.sameOrganisation;
    } else {
      comparison = await api.sharing.compare({ fromOrganisationId: from.chosen.id, toOrganisationId: to.chosen.id }).catch((error: unknown) => {
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
      {comparison ? null : <AcuteDanger />}
      <PairPickerForm action="/mag-ik-delen" pickers={[from.picker, to.picker]} />
      {comparison ? <Answer comparison={comparison} /> : null}
    </>
  );
}

function Answer({ comparison }: { comparison: Comparison }) {
  const { from, to } = comparison;
  return (
    <section aria-labelledby="antwoord-kop">
      <h2 id="antwoord-kop" className="mb-4 text-2xl sm:text-3xl">
        {t.answerHeading}
      </h2>
      <AcuteDanger headingLevel={3} />

      <h3 className="sr-only">{t.framesHeading}</h3>
      <div className="grid gap-4 md:grid-cols-2">
        <FrameCard caption={t.yours} party={from} />
        <FrameCard caption={t.theirs} party={to} />
      </div>

      <PairVerdicts advice={comparison.advice} />

      <div className="mt-6">
        <ButtonLink href={`/mag-ik-delen/informatieverzoek?van=${encodeURIComponent(from.id)}&aan=${encodeURIComponent(to.id)}`} variant="secondary">
          {t.requestLink}
        </ButtonLink>
      </div>

      <PairAgreement agreement={comparison.agreement} answerTerm={comparison.answerTerm} names={{ a: from.name, b: to.name }} />
      <PairContacts from={from} to={to} />

      <section aria-labelledby="toestemming-kop" className="mt-10">
        <h2 id="toestemming-kop" className="mb-4 text-2xl">
          {t.consentHeading}
        </h2>
        <Table
          caption={t.consentCaption}
          captionHidden
          head={
            <>
              <Th>{t.consentAge}</Th>
              <Th>{t.consentWho}</Th>
            </>
          }
        >
          {CONSENT_BY_AGE.map((row) => (
            <tr key={row.ageGroup}>
              <Td className="font-semibold whitespace-nowrap">{t.consentAges[row.ageGroup]}</Td>
              <Td>
                <Statement statement={pairStatement(row.statement)} />
              </Td>
            </tr>
          ))}
        </Table>
        <Statement statement={pairStatement("pair.consent.both-parents")} className="mt-3" />
      </section>
    </section>
  );
}

function FrameCard({ caption, party }: { caption: string; party: Party }) {
  return (
    <div className="min-w-0 border-2 border-line-strong p-4">
      <p className="text-ink-muted">{caption}</p>
      <p className="text-xl font-bold">
        <Link href={`/sociale-kaart/${party.slug}`}>{party.name}</Link>
      </p>
      <p>{party.type}</p>
      <p className="mt-2 font-semibold">{labels.legalFrames[party.legalFrame]}</p>
      {party.legalBasis ? (
        <p className="mt-2">
          <span className="font-semibold">{t.legalBasis}: </span>
          {party.legalBasis}
        </p>
      ) : null}
    </div>
  );
}

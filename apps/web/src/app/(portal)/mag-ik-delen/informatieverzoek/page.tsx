import { can } from "@kk/auth/policy";
import { ANSWER_CHECKLIST, dutchLongDate, REQUEST_RULES, requestStatement, type AnswerDate } from "@kk/legal";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { LegalStatementText } from "@/components/information-request/legal-statement";
import { RequestBuilder } from "@/components/information-request/request-builder";
import { OrganisationPairForm } from "@/components/organisation/organisation-pair-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.informatieverzoek;

export const metadata: Metadata = { title: t.title };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

function Statements({ ids }: { ids: readonly Parameters<typeof requestStatement>[0][] }) {
  return (
    <ul className="grid gap-3">
      {ids.map((id) => (
        <li key={id}>
          <LegalStatementText statement={requestStatement(id)} />
        </li>
      ))}
    </ul>
  );
}

/**
 * "Informatieverzoek opstellen" (issue 13, part C; toolKID 001 "Hoe kan informatie worden
 * opgevraagd?"). The server computes the answer date from the two organisations in the URL
 * (?van=&aan=: organisation ids, never case data) so `date-holidays` stays on the server; the
 * request text itself is composed in the browser and never sent (RequestBuilder).
 */
export default async function InformatieverzoekPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "informationRequest.answerDate")) forbidden();
  const params = await searchParams;
  const submitted = params.van !== undefined || params.aan !== undefined;
  const from = single(params.van) || (submitted ? "" : (user.organisationId ?? ""));
  const to = single(params.aan);
  const api = await serverApi();
  const options = can(user, "organisation.options") ? (await api.organisation.options()).map((o) => ({ value: o.id, label: o.name })) : [];
  const same = from !== "" && from === to;
  const result = await api.informationRequest.answerDate(same ? {} : { fromOrganisationId: from, toOrganisationId: to });
  const unknown = !same && from !== "" && to !== "" && (!result.from || !result.to);
  const answerDate: AnswerDate = {
    day: result.dueOn,
    workingDays: result.term.workingDays,
    source: result.term.source,
    agreementTitle: result.term.agreement?.title,
  };
  const pairChosen = result.from !== null && result.to !== null;

  return (
    <>
      <p className="mb-4 print:hidden">
        <Link href="/mag-ik-delen">← {t.backToSharing}</Link>
      </p>
      <PageHeader title={t.title} intro={t.intro} />
      <Notice tone="warning" title={t.privacyTitle}>
        <p>{t.privacy}</p>
      </Notice>

      <section aria-labelledby="zo-vraagt-u" className="mb-8 max-w-3xl">
        <h2 id="zo-vraagt-u" className="mb-2 text-2xl">
          {t.rulesHeading}
        </h2>
        <Statements ids={REQUEST_RULES.always} />
      </section>

      {same || unknown ? (
        <Notice tone="error" role="alert">
          {same ? t.sameOrganisation : t.unknownOrganisation}
        </Notice>
      ) : null}
      <p className="mb-2 max-w-3xl print:hidden">{t.pairIntro}</p>
      <OrganisationPairForm
        action="/mag-ik-delen/informatieverzoek"
        heading={t.pairHeading}
        fields={[
          { name: "van", label: t.from, value: from },
          { name: "aan", label: t.to, value: to },
        ]}
        options={options}
        placeholder={t.choose}
        submitLabel={t.submitPair}
      />

      <section aria-labelledby="antwoorddatum" className="mb-8 max-w-3xl border-l-8 border-brand bg-info-bg p-4" data-testid="answer-date"
        data-sent={result.sentOn}
        data-due={result.dueOn}
        data-working-days={result.term.workingDays}
        data-skipped={result.skippedHolidays.length}
      >
        <h2 id="antwoorddatum" className="text-xl">
          {t.answerDateHeading}: <span data-testid="answer-date-value">{dutchLongDate(result.dueOn)}</span>
        </h2>
        <p className="mt-1">
          {result.term.source === "AGREEMENT" && result.term.agreement ? (
            <>
              {format(t.answerDateAgreement, { days: result.term.workingDays })}{" "}
              <Link href={`/convenanten/${result.term.agreement.id}`}>“{result.term.agreement.title}”</Link>.
            </>
          ) : pairChosen ? (
            format(t.answerDateDefault, { days: result.term.workingDays })
          ) : (
            format(t.answerDateNoPair, { days: result.term.workingDays })
          )}
        </p>
        <p className="mt-1">{format(t.answerDateSent, { sent: dutchLongDate(result.sentOn) })}</p>
        {result.skippedHolidays.length > 0 ? (
          <p className="mt-1">{format(t.skippedHolidays, { holidays: result.skippedHolidays.map((h) => `${h.name} (${dutchLongDate(h.day)})`).join(", ") })}</p>
        ) : null}
        <div className="mt-3">
          <LegalStatementText statement={requestStatement(result.term.source === "AGREEMENT" ? "request.answer-date.agreement" : "request.answer-date.five-days")} />
        </div>
      </section>

      <div className="grid gap-10 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          <RequestBuilder
            answerDate={answerDate}
            today={result.sentOn}
            consentRules={{
              GIVEN: <Statements ids={REQUEST_RULES.GIVEN} />,
              REFUSED: <Statements ids={REQUEST_RULES.REFUSED} />,
              NOT_ASKED: <Statements ids={REQUEST_RULES.NOT_ASKED} />,
            }}
          />
        </div>
        <aside aria-labelledby="checklist-antwoorder" className="min-w-0 border-t-4 border-brand pt-4 lg:border-t-0 lg:border-l-4 lg:pt-0 lg:pl-6" data-testid="answer-checklist">
          <h2 id="checklist-antwoorder" className="mb-2 text-2xl">
            {t.checklistHeading}
          </h2>
          <p className="mb-4">{t.checklistIntro}</p>
          <Statements ids={ANSWER_CHECKLIST} />
        </aside>
      </div>
    </>
  );
}

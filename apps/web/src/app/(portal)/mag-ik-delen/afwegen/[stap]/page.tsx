import { can } from "@kk/auth/policy";
import {
  answersOnPath,
  consentVerdict,
  currentStep,
  isWeighingStep,
  STEP_CONTENT,
  STEP_PARAM,
  stepAfter,
  stepBefore,
  verdictFor,
  weighingPath,
  weighingStatement,
  type WeighingStatementId,
} from "@kk/legal";
import type { Metadata } from "next";
import { forbidden, notFound, redirect } from "next/navigation";
import { buttonClassName } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { MISSING_PARAM, parseWeighingQuery, WEIGHING_BASE, weighingHref } from "@/components/weighing/answers-query";
import { BackLink } from "@/components/weighing/back-link";
import { ConsultContactsView } from "@/components/weighing/consult-contacts";
import { LegalStatementList } from "@/components/weighing/legal-statement";
import { MotivationNotes } from "@/components/weighing/motivation-notes";
import { firstOptionId, STEP_FORM_ID, StepForm } from "@/components/weighing/step-form";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

const t = messages.afwegen;

interface Props {
  params: Promise<{ stap: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { stap } = await params;
  if (!isWeighingStep(stap)) return { title: t.title };
  // GOV.UK: a page showing an error says so first in its title, so screen readers hear it at once.
  const query = parseWeighingQuery(await searchParams);
  const failed = (query.submitted === stap && stepAfter(stap, query.answers) === null) || (query.missing && STEP_PARAM[stap] !== null);
  return { title: `${failed ? t.errorTitlePrefix : ""}${STEP_CONTENT[stap].short} — ${t.stepCaption}` };
}

const statements = (ids: readonly WeighingStatementId[]) => ids.map(weighingStatement);

/**
 * One step of the weighing aid: GOV.UK "one question per page". The answers so far travel in the
 * query string as choice codes; a submitted step redirects to the next one on the path
 * (packages/legal/src/weighing/flow.ts). The free-text notes never leave the browser.
 */
export default async function WeighingStepPage({ params, searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "sharing.read")) forbidden();
  const { stap: step } = await params;
  if (!isWeighingStep(step) || step === "verslag") notFound();
  const query = parseWeighingQuery(await searchParams);
  const answers = answersOnPath(query.answers);
  const path = weighingPath(query.answers);

  // A step the answers do not reach (an answer before it is missing or invalid): back to the right step.
  if (!path.includes(step)) redirect(weighingHref(currentStep(query.answers), answers, [[MISSING_PARAM, "1"]]));

  const content = STEP_CONTENT[step];
  let error: string | undefined;
  if (query.submitted === step) {
    const next = stepAfter(step, query.answers);
    if (next) redirect(weighingHref(next, answersOnPath(query.answers)));
    error = content.multiple ? t.errorChooseSome : t.errorChoose;
  } else if (query.missing && STEP_PARAM[step] !== null) {
    error = t.errorMissing;
  }

  const previous = stepBefore(step, query.answers);
  const previousMeaning = previous && previous !== "handel-nu" ? verdictFor(previous, query.answers) : [];
  const consent = step === "wie-geeft-toestemming" ? consentVerdict(query.answers) : null;
  const next = STEP_PARAM[step] === null ? stepAfter(step, query.answers) : null;
  const consult = step === "overleg" ? await (await serverApi()).weighing.consultContacts() : null;

  const meaning =
    previousMeaning.length > 0 ? (
      <Notice title={t.meaningHeading}>
        <LegalStatementList statements={statements(previousMeaning)} />
      </Notice>
    ) : null;

  return (
    <>
      <BackLink href={previous ? weighingHref(previous, answers) : WEIGHING_BASE} />
      {error ? <ErrorSummary errors={[{ fieldId: firstOptionId(step, content), message: error }]} /> : null}
      <p className="text-lg text-ink-muted">{t.stepCaption}</p>

      {STEP_PARAM[step] === null ? (
        <>
          <h1 className="mb-4 text-3xl sm:text-4xl">{content.title}</h1>
          {meaning}
        </>
      ) : (
        <StepForm step={step} content={content} answers={answers} error={error}>
          {meaning}
          {consent ? (
            <Notice title={t.consentHeading}>
              <LegalStatementList statements={statements(consent.statements)} />
            </Notice>
          ) : null}
        </StepForm>
      )}

      {content.statements.length > 0 ? (
        <div className="mb-6 max-w-3xl">
          <LegalStatementList statements={statements(content.statements)} />
          {content.alternative ? (
            <details className="mb-4">
              <summary>{t.alternative}</summary>
              <div className="mt-2">
                <LegalStatementList statements={[weighingStatement(content.alternative)]} />
              </div>
            </details>
          ) : null}
        </div>
      ) : null}

      {consult ? <ConsultContactsView contacts={consult} /> : null}

      {content.notes && content.notes.length > 0 ? <MotivationNotes fields={content.notes} /> : null}

      {STEP_PARAM[step] === null ? (
        next ? (
          <ButtonLink variant="primary" href={weighingHref(next, answers)}>
            {next === "verslag" ? t.toRecord : t.continue}
          </ButtonLink>
        ) : null
      ) : (
        <button type="submit" form={STEP_FORM_ID} className={buttonClassName("primary")}>
          {t.continue}
        </button>
      )}
    </>
  );
}
